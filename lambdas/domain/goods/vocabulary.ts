import type { Term } from './term-matcher';

/**
 * The project's own multilingual product vocabulary (ru, kk, en, zh) → HS 2022 headings/subheadings.
 * Written for this project from the HS 2022 nomenclature texts and ordinary trade usage; it is not a
 * legal classification. Each concept names the goods; refinements narrow it to one subheading.
 *
 * Codes: a 6-digit subheading, a 4-digit heading (= all its subheadings), or a list of either
 * (the goods are certainly in one of them, which is what the control-list check needs).
 *
 * Rank decides which noun is the goods when several concepts occur in one description
 * ("bearing grease", "мука пшеничная", "bearing balls"): 3 = forms that override what they are made of or
 * used with (grease, flour, balls, housings, sights); 2 = ordinary goods; 1 = materials and machines
 * that are more often the object than the goods (copper, wheat, computer, cable).
 */
export type Code = string | string[];

export interface Refinement {
  code: Code;
  label: string;
  any: Term[];
  /** Also require one of these (e.g. vertical AND numerically controlled). */
  and?: Term[];
  /** Search the whole description, including "for …" purpose phrases (default: the goods phrase and "with …"). */
  scope?: 'all';
}

export interface Concept {
  id: string;
  label: string;
  code: Code;
  rank?: 1 | 2 | 3;
  terms: Term[];
  /** First matching refinement wins. */
  refine?: Refinement[];
  /** Code when no refinement matches, when narrower than `code` (e.g. a lathe not said to be CNC). */
  defaultCode?: Code;
  /** Parse catalogue designations (bearing numbers) to narrow the code. */
  designations?: 'bearing';
  /** "Parts" of whatever other goods the description names. */
  partsOf?: boolean;
  /** A generic word («станок») that gives way to a more specific concept within its headings («фрезерный»). */
  umbrella?: boolean;
}

const CNC: Term[] = [
  'чпу', 'cnc', 'numerically controlled', 'numerical control', 'nc$', '数控', 'сбб$', 'сандық бағдарламалық',
  'программным управлением', 'программн управлен', /\bc[a-z]?k\d{4}/, /\d{1,2}[а-яa-z]\d{2,3}ф[1-4]/, /ф[234]\b/,
];
const WOOD: Term[] = ['дерев', 'древес', 'wood', '木', 'ағаш', 'мдф', 'фанер', 'mdf$'];
const VERTICAL: Term[] = ['вертикальн', 'карусельн', 'vertical', '立式'];
const IC_MEMORY: Term[] = [
  'памят', 'memory', 'dram$', 'sram$', 'ddr', 'eeprom', 'nand$', 'nor$', 'flash', '存储', '内存', '闪存', 'жад',
  /\b(?:k4[abt]\w+|mt4[01]\w+|w25q\w*|at24c\w*|24c\d{2,3}\b|is42s\w+|h5tq\w+|mt29\w+)/,
];
const IC_AMPLIFIER: Term[] = [
  'операционн усилител', 'усилител', 'operational amplifier', 'op amp', 'opamp', 'amplifier', '运算放大器', '放大器',
  'күшейткіш', /\b(?:lm358|lm324|lm741|ne5532|opa\d{3,4}|ad8\d{3}|tl07\d|tl08\d|mcp60\d\d)\w*/,
];
const IC_OTHER: Term[] = [
  'плис', 'fpga', 'cpld', 'логическ', 'logic', 'таймер', 'timer', 'драйвер', 'driver', 'регулятор напряжен',
  'voltage regulator', 'стабилизатор напряжен', '逻辑', '驱动', /\b(?:xc\d[a-z]\w+|ep[1-4]c\w+|ne555|lm78\d\d|l78\d\d|ams1117|tl431|74(?:hc|ls|hct|lvc)\d+|max232|cd40\d\d|uln200\d)\w*/,
];
const IC_PROCESSOR: Term[] = [
  'процессор', 'микропроцессор', 'микроконтроллер', 'контроллер', 'processor', 'microprocessor', 'microcontroller', 'controller',
  'cpu$', 'mcu$', 'dsp$', 'soc$', '处理器', '单片机', '微控制器', '控制器', 'микроконтроллер',
  /\b(?:stm32\w*|stm8\w*|atmega\w*|attiny\w*|pic1[0268]\w*|pic32\w*|esp32\w*|esp8266|gd32\w*|lpc\d{4}\w*|msp430\w*|tms320\w+|rk3\d{3}|i[3579]-\d{4,5}\w*|xeon)/,
];

const bearing: Concept = {
  id: 'bearing', label: 'ball or roller bearings', code: '8482', designations: 'bearing',
  terms: ['подшипник', 'шарикоподшипник', 'роликоподшипник', 'мойынтіре', 'bearing', '轴承', 'ball bearing', 'roller bearing', 'needle bearing'],
  refine: [
    { code: '848240', label: 'needle roller bearings', any: ['игольчат', 'игольч', 'needle', '滚针', 'инелі'] },
    { code: '848220', label: 'tapered roller bearings', any: ['конич', 'tapered', 'taper', '圆锥', '锥形', 'конустық'] },
    { code: '848230', label: 'spherical roller bearings', any: ['сферическ ролик', 'роликов сферич', 'роликовый сферическ', 'spherical roller', '调心滚子', '球面滚子', 'сфералық ролик'] },
    { code: '848250', label: 'cylindrical roller bearings', any: ['цилиндрич', 'cylindrical', '圆柱', 'цилиндрлік'] },
    { code: '848280', label: 'other (incl. combined ball/roller) bearings', any: ['комбинирован', 'combined'] },
    {
      code: '848210', label: 'ball bearings',
      any: ['шарикоподшипник', 'шариковы', 'шариковая', 'шариковое', 'шарик', 'ball', '球轴承', '滚珠', '深沟球', '角接触球', '推力球', '调心球', 'шарикті', 'шарлы', 'linear bearing', 'линейн подшипник', '直线轴承'],
    },
    { code: ['848220', '848230', '848240', '848250'], label: 'roller bearings (type not stated)', any: ['роликов', 'roller', '滚子', 'роликті'] },
  ],
};

const ic: Concept = {
  // Not 8542.90 (parts): a chip is an integrated circuit, whatever its kind.
  id: 'ic', label: 'electronic integrated circuits', code: ['854231', '854232', '854233', '854239'],
  terms: [
    'микросхем', 'интегральн схем', 'интегральн микросхем', 'микропроцессор', 'микроконтроллер', 'процессор',
    'integrated circuit', 'microchip', 'microcontroller', 'microprocessor', 'processor', 'ic$', 'ics$',
    'cpu$', 'mcu$', 'fpga$', 'плис$', '集成电路', '芯片', '单片机', '处理器', '微控制器', 'интегралдық схема', 'интегралдық микросхема',
    ...IC_MEMORY.filter((t) => t instanceof RegExp), ...IC_AMPLIFIER.filter((t) => t instanceof RegExp),
    ...IC_OTHER.filter((t) => t instanceof RegExp), ...IC_PROCESSOR.filter((t) => t instanceof RegExp),
  ],
  refine: [
    { code: '854232', label: 'memories', any: IC_MEMORY },
    { code: '854233', label: 'amplifiers', any: IC_AMPLIFIER },
    { code: '854239', label: 'other integrated circuits', any: IC_OTHER },
    { code: '854231', label: 'processors and controllers', any: IC_PROCESSOR },
  ],
};

/** "Chip" alone: an integrated circuit unless another goods word says otherwise (chocolate chips, chip capacitors). */
const chip: Concept = { ...ic, id: 'chip', rank: 1, terms: ['чип$', 'чипы$', 'чипов$', 'chip$', 'chips$'] };

const capacitor: Concept = {
  id: 'capacitor', label: 'electrical capacitors', code: '8532',
  terms: ['конденсатор', 'capacitor', '电容', 'mlcc$', 'ионистор', 'supercapacitor'],
  refine: [
    { code: ['841590', '841899', '841950'], label: 'condensers (heat exchangers), not electrical capacitors', scope: 'all', any: ['кондиционер', 'холодил', 'теплообмен', 'air condition', 'refrigerat', 'hvac', 'чиллер', 'chiller', 'пар$', 'steam', '空调', '制冷'] },
    { code: '853221', label: 'fixed tantalum capacitors', any: ['тантал', 'tantalum', '钽', /\bt49[15]\w*/] },
    { code: '853224', label: 'fixed multilayer ceramic capacitors', any: ['многослойн', 'multilayer', 'multi-layer', 'mlcc', '多层', '贴片电容', '片式', 'smd', /\b(?:x7r|x5r|c0g|np0|y5v)\b/, /\b(?:0402|0603|0805|1206|1210)\b/] },
    { code: '853223', label: 'fixed single-layer ceramic capacitors', any: ['керамическ', 'ceramic', '陶瓷', 'керамикалық'] },
    { code: '853222', label: 'fixed aluminium electrolytic capacitors', any: ['электролит', 'alumin', 'алюмин', '电解', 'electrolytic'] },
    { code: '853225', label: 'fixed capacitors, paper or plastic dielectric', any: ['пленочн', 'film', 'polypropylene', 'polyester', 'бумажн', 'paper', '薄膜', 'металлопленочн'] },
    { code: '853230', label: 'variable or adjustable capacitors', any: ['переменн', 'подстроечн', 'variable', 'trimmer', '可变', '微调'] },
    { code: '853210', label: 'power capacitors (50/60 Hz, ≥0.5 kvar)', scope: 'all', any: ['косинус', 'компенсац реактивн', 'power factor', 'квар', 'kvar', '电力电容'] },
    { code: '853229', label: 'other fixed capacitors', any: ['ионистор', 'supercapacitor', 'ultracapacitor', '超级电容'] },
  ],
};

const lathe: Concept = {
  id: 'lathe', label: 'lathes for removing metal', code: ['845811', '845819', '845891', '845899'], defaultCode: '845819',
  terms: ['токарн станок', 'станок токарн', 'станки токарн', 'токарно', 'токарн', 'turret lathe', 'револьверн станок', 'lathe', 'turning cent', 'turning machine', '车床', 'токарлық станок', 'токарлық', 'токарь станог'],
  refine: [
    { code: '846599', label: 'woodworking lathes', scope: 'all', any: WOOD },
    { code: '845891', label: 'NC lathes other than horizontal', scope: 'all', any: VERTICAL, and: CNC },
    { code: '845811', label: 'horizontal NC lathes', scope: 'all', any: CNC },
    { code: '845899', label: 'lathes other than horizontal, not NC', scope: 'all', any: VERTICAL },
  ],
};

const milling: Concept = {
  id: 'milling', label: 'milling machines for metal', code: ['845951', '845959', '845961', '845969'], defaultCode: '845969',
  terms: ['фрезерн станок', 'станок фрезерн', 'станки фрезерн', 'фрезерн', 'milling machine', 'milling center', 'milling centre', '铣床', 'фрезерлік', 'фрезерлеу'],
  refine: [
    { code: '846592', label: 'woodworking milling machines', scope: 'all', any: WOOD },
    { code: '845951', label: 'knee-type NC milling machines', scope: 'all', any: ['консольн', 'knee', '升降台'], and: CNC },
    { code: '845961', label: 'NC milling machines (not knee-type)', scope: 'all', any: CNC },
    { code: '845959', label: 'knee-type milling machines, not NC', scope: 'all', any: ['консольн', 'knee', '升降台'] },
  ],
};

const parts: Concept = {
  id: 'parts', label: 'parts', code: [], partsOf: true,
  terms: [
    'запчаст', 'запасн част', 'комплектующ', 'част$', 'части$', 'деталь$', 'детали$', 'spare part', 'parts$', 'part$',
    'components$', 'accessories', '零件', '配件', '备件', '部件', 'бөлшек', 'қосалқы бөлшек',
  ],
};

/** Heading of the goods → heading/subheading of its parts (HS 2022 parts provisions). */
export const PARTS_OF: Array<{ headings: string[]; code: Code; label: string }> = [
  { headings: ['8456', '8457', '8458', '8459', '8460', '8461'], code: '846693', label: 'parts of machine tools of headings 8456–8461' },
  { headings: ['8462', '8463'], code: '846694', label: 'parts of machines of headings 8462–8463' },
  { headings: ['8465'], code: '846692', label: 'parts of woodworking machines' },
  { headings: ['8802', '8806', '8807'], code: '880730', label: 'other parts of aeroplanes, helicopters or unmanned aircraft' },
  { headings: ['8525', '8526', '8527', '8528'], code: '852990', label: 'parts of apparatus of headings 8524–8528' },
  { headings: ['8517'], code: '851779', label: 'parts of telephone and data-communication apparatus' },
  { headings: ['8471'], code: '847330', label: 'parts of automatic data-processing machines' },
  { headings: ['8482'], code: '848299', label: 'parts of bearings' },
  { headings: ['8701', '8703', '8704'], code: ['870810', '870829', '870830', '870840', '870850', '870870', '870880', '870891', '870893', '870894', '870899'], label: 'parts of motor vehicles' },
  { headings: ['8413'], code: '841391', label: 'parts of pumps' },
  { headings: ['8414'], code: '841490', label: 'parts of compressors and fans' },
  { headings: ['8407', '8408'], code: ['840991', '840999'], label: 'parts of engines' },
  { headings: ['8429', '8430', '8427', '8428'], code: '8431', label: 'parts of earth-moving, lifting and handling machinery' },
  { headings: ['8432', '8433'], code: ['843290', '843390'], label: 'parts of agricultural machinery' },
  { headings: ['8501', '8502'], code: '850300', label: 'parts of electric motors and generators' },
  { headings: ['9030'], code: '903090', label: 'parts of electrical measuring instruments' },
  { headings: ['9013'], code: '901390', label: 'parts of optical devices of heading 9013' },
  { headings: ['9014'], code: '901490', label: 'parts of navigational instruments' },
];

type Opts = Partial<Pick<Concept, 'rank' | 'refine' | 'defaultCode' | 'umbrella'>>;
const c = (id: string, label: string, code: Code, terms: Term[], opts: Opts = {}): Concept => ({ id, label, code, terms, ...opts });

export const CONCEPTS: Concept[] = [
  // ── Bearings and their near misses ──────────────────────────────────────────────────────────────
  bearing,
  c('bearing-balls', 'balls, needles and rollers for bearings', '848291', [
    'шарик$', 'шарики$', 'шариков$', 'шары$', 'шаров$', 'ролики$', 'роликов$', 'иглы$', 'balls$', 'rollers$', 'needles$',
    'steel ball', '钢球', '钢珠', '轴承钢球', '轴承钢珠', 'шарлар', 'болат шар',
  ], { rank: 3 }),
  c('bearing-parts', 'parts of bearings (rings, cages)', '848299', [
    'сепаратор подшипник', 'кольцо подшипник', 'кольца подшипник', 'обойма подшипник', 'bearing cage', 'bearing ring', 'bearing race',
    'inner ring', 'outer ring', 'bearing cages', '内圈', '外圈',
    '轴承保持架', '保持架', '轴承套圈', 'мойынтіре сепаратор',
  ], { rank: 3 }),
  c('housed-bearing', 'housed bearings incorporating ball or roller bearings', '848320', [
    'подшипниковый узел', 'подшипниковые узлы', 'подшипников узл', 'узел подшипник', 'узлы подшипник', 'корпус с подшипник',
    'подшипник в корпус', 'housed bearing', 'bearing unit', 'pillow block bearing', 'flange bearing', 'mounted bearing', '带座轴承',
    '外球面轴承座', '轴承座组件', 'мойынтіре торап', 'мойынтіре түйін', /\buc(?:p|f|fl|t|fc|pa|ha|fa)\s?-?\d{3}\b/, /\bsy\s?\d{2}\s?tf\b/,
  ], { rank: 3 }),
  c('bearing-housing', 'bearing housings; plain shaft bearings', '848330', [
    'корпус подшипник', 'корпуса подшипник', 'bearing housing', 'plummer block', 'pillow block housing', '轴承座', 'мойынтіре корпус',
    'подшипник скольжен', 'подшипники скольжен', 'plain bearing', 'sleeve bearing', 'bushing', 'втулк', 'вкладыш', '滑动轴承', '轴套',
    'шарнирн подшипник', 'rod end', 'spherical plain bearing', 'сырғанау мойынтіре', /\bsnl?\s?\d{3}\b/, /\bge\s?\d{2,3}\s?(?:es|e|do)\b/,
  ], { rank: 3 }),
  c('grease', 'lubricating preparations (grease)', '3403', [
    'смазк', 'смазочн', 'литол', 'солидол', 'циатим', 'grease', 'lubricant', '润滑脂', 'жағармай', 'майлау материал', 'консистентті май', 'майлағыш', 'майы$',
  ], { rank: 3 }),
  c('lubricating-oil', 'lubricating oils', ['271019', '340319', '340399'], [
    'моторн масл', 'масло моторн', 'масло индустриальн', 'масло трансмиссион', 'масло гидравлич', 'motor oil', 'engine oil',
    'lubricating oil', 'hydraulic oil', 'gear oil', '润滑油', '机油', 'мотор май',
  ], { rank: 3 }),
  c('bearing-steel', 'bars of alloy steel (bearing steel)', '7228', ['подшипников стал', 'сталь подшипник', 'bearing steel', '轴承钢', 'шх15', 'gcr15'], { rank: 3 }),
  c('grinding-balls', 'grinding balls (articles of iron or steel)', ['732591', '732611'], [
    'мелющ', 'помольн', 'шары мелющ', 'grinding ball', 'grinding media', '磨球', 'ұнтақтағыш шар',
  ], { rank: 3 }),
  c('ball-mill', 'grinding mills', '8474', ['шаров мельниц', 'мельниц шаров', 'ball mill', '球磨机'], { rank: 3 }),
  c('valve', 'taps, cocks and valves', '8481', [
    'кран шаров', 'шаровой кран', 'шаровые краны', 'задвижк', 'клапан', 'вентиль$', 'вентили$', 'трубопроводн арматур', 'запорн арматур',
    'valve', 'valves', '阀', 'клапан', 'ысырма',
  ], { rank: 3 }),
  c('gear', 'gear boxes, gearing and couplings', ['848340', '848350', '848360', '848390'], ['редуктор', 'шестерн', 'муфт', 'gearbox', 'gear box', 'reducer', 'coupling', '减速机', '齿轮', '联轴器'], { rank: 2 }),

  // ── Integrated circuits and other semiconductors ────────────────────────────────────────────────
  ic,
  chip,
  c('wood-chips', 'wood in chips', ['440121', '440122'], ['щеп', 'wood chip', '木片'], { rank: 3 }),
  c('potato-chips', 'potato crisps', '200520', ['чипсы', 'картофельн чипс', 'potato chip', 'crisps', '薯片'], {
    rank: 3, refine: [{ code: '190410', label: 'prepared foods from swelled or roasted cereals (corn chips)', any: ['кукуруз', 'corn', 'tortilla', '玉米'] }],
  }),
  c('food-processor', 'food processors', '850940', ['кухонн комбайн', 'food processor', '料理机'], { rank: 3 }),
  c('electronic-components', 'electronic components (kind not stated)', ['8532', '8533', '8536', '8541', '8542'], [
    'электронн компонент', 'радиодетал', 'радиокомпонент', 'электрорадиоизделия', 'electronic component', '电子元器件', '电子元件', 'электрондық компонент',
  ], { rank: 1 }),
  c('resistor', 'electrical resistors', '8533', ['резистор', 'resistor', '电阻', 'потенциометр', 'potentiometer'], { rank: 2 }),
  c('diode', 'diodes', '854110', ['диод', 'diode', 'стабилитрон', 'zener', 'шоттки', 'schottky', 'диодн мост', 'bridge rectifier', '二极管'], {
    refine: [
      { code: '854149', label: 'photosensitive semiconductor devices', any: ['фотодиод', 'photodiode', '光电'] },
      { code: '854141', label: 'light-emitting diodes (LED)', any: ['светодиод', 'led$', 'light emitting', 'light-emitting', '发光'] },
    ],
  }),
  c('led', 'light-emitting diodes (LED)', '854141', ['светодиод', 'led$', 'leds$', '发光二极管', 'жарық диод'], { rank: 2 }),
  c('led-lamp', 'LED lamps', '853952', ['светодиодн ламп', 'лампа светодиод', 'лампы светодиод', 'led lamp', 'led bulb', 'led灯泡', 'led灯'], { rank: 3 }),
  c('luminaire', 'luminaires and lighting fittings', '9405', ['светильник', 'прожектор', 'luminaire', 'light fixture', 'floodlight', '灯具', 'шам$'], { rank: 3 }),
  c('transistor', 'transistors', ['854121', '854129'], ['транзистор', 'transistor', 'mosfet', 'igbt', '晶体管', '三极管', '场效应管', 'mos管'], {
    refine: [
      { code: '854129', label: 'transistors with a dissipation rate of 1 W or more', any: ['силов', 'мощн', 'power', 'igbt', '功率', /\bto-?(?:220|247|264|3p)\b/] },
      { code: '854121', label: 'transistors with a dissipation rate below 1 W', any: ['малой мощност', 'маломощн', 'small signal', /\bsot-?23\b/] },
    ],
  }),
  c('thyristor', 'thyristors, diacs and triacs', '854130', ['тиристор', 'симистор', 'динистор', 'thyristor', 'triac', 'diac$', 'scr$', '晶闸管', '可控硅']),
  c('photo-semiconductor', 'photosensitive semiconductor devices', '854149', ['фотодиод', 'фототранзистор', 'photodiode', 'phototransistor', 'оптопар', 'оптрон', 'optocoupler', '光耦', '光电二极管']),
  c('crystal', 'mounted piezo-electric crystals', '854160', ['кварцев резонатор', 'резонатор кварц', 'кварцев генератор', 'crystal oscillator', 'quartz crystal', 'crystal resonator', '晶振', '石英晶体', 'кварц резонатор']),
  c('solar', 'photovoltaic modules and cells', '854143', [
    'солнечн панел', 'солнечн модул', 'солнечн батаре', 'фотоэлектрическ модул', 'solar panel', 'solar module', 'pv module', 'photovoltaic',
    '太阳能电池板', '光伏组件', 'күн панел', 'күн батарея',
  ], { rank: 3, refine: [{ code: '854142', label: 'photovoltaic cells not in modules', any: ['солнечн элемент', 'solar cell', '电池片'] }] }),
  c('pcb', 'printed circuits (bare boards)', '853400', [
    'печатн плат', 'pcb$', 'pcbs$', 'printed circuit', 'bare board', '印刷电路板', '线路板', '电路板', 'pcb板', 'баспа плата', 'баспа платас',
  ], {
    refine: [{ code: ['847330', '851779', '853890', '852990'], label: 'populated boards, classified with the apparatus they belong to', any: ['в сборе', 'с компонент', 'смонтирован', 'pcba', 'assembled', 'populated', 'assembly', '组装', '贴片加工'] }],
  }),
  c('motherboard', 'parts of computers (boards, graphics cards)', '847330', ['материнск плат', 'motherboard', 'mainboard', '主板', 'видеокарт', 'graphics card', '显卡'], { rank: 3 }),

  // ── Capacitors, connectors, power ──────────────────────────────────────────────────────────────
  capacitor,
  c('connector', 'plugs and sockets, ≤1000 V', '853669', [
    'разъем', 'соединител', 'коннектор', 'штекер', 'штепсельн', 'розетк', 'вилка электр', 'электрическ вилк', 'connector', 'plug$', 'plugs$',
    'socket$', 'sockets$', '连接器', '插头', '插座', '接插件', 'жалғағыш',
  ], {
    refine: [
      { code: '853670', label: 'connectors for optical fibres', any: ['оптическ', 'optical fib', 'fiber optic', 'fibre optic', '光纤', 'оптоволок'] },
      { code: '853590', label: 'connectors for a voltage exceeding 1000 V', any: ['высоковольт', 'high voltage', '高压', /\b(?:6|10|35|110)\s?кв\b/] },
      { code: '853690', label: 'other apparatus for connecting electrical circuits (terminals)', any: ['клемм', 'terminal', '端子'] },
    ],
  }),
  c('terminal', 'terminals and terminal blocks, ≤1000 V', '853690', ['клеммник', 'клеммн колодк', 'клемм', 'terminal block', 'terminal', '接线端子', '端子']),
  c('spark-plug', 'spark plugs', '851110', ['свеча зажиган', 'свечи зажиган', 'spark plug', '火花塞'], { rank: 3 }),
  c('socket-wrench', 'socket wrenches', '820420', ['торцев голов', 'socket wrench', 'socket set', '套筒'], { rank: 3 }),
  c('switch', 'switches, relays, fuses and circuit breakers', ['853610', '853620', '853630', '853641', '853649', '853650'], [
    'выключател', 'переключател', 'автоматическ выключател', 'реле$', 'реле ', 'предохранител', 'рубильник', 'switch$', 'switches$', 'relay',
    'circuit breaker', 'fuse$', 'fuses$', '开关', '继电器', '断路器', '保险丝', 'ажыратқыш',
  ], {
    refine: [
      { code: '853620', label: 'automatic circuit breakers', any: ['автоматическ выключател', 'автомат$', 'circuit breaker', '断路器', '空气开关'] },
      { code: '853610', label: 'fuses', any: ['предохранител', 'fuse', '保险丝'] },
      { code: ['853641', '853649'], label: 'relays', any: ['реле', 'relay', '继电器'] },
    ],
  }),
  c('power-supply', 'electrical static converters', '850440', [
    'блок питан', 'источник питан', 'источник бесперебойн', 'ибп$', 'ups$', 'power suppl', 'power adapter', 'ac adapter', 'инвертор',
    'преобразовател напряжен', 'преобразовател частот', 'частотн преобразовател', 'frequency converter', 'frequency inverter',
    'variable frequency drive', 'vfd$', 'inverter', 'выпрямител', 'rectifier', 'зарядн устройств', 'charger', '电源', '开关电源', '逆变器',
    '变频器', '充电器', '整流器', 'қуат көз', 'қуат блог', 'зарядтау құрылғ',
  ]),
  c('welding', 'welding machines', '8515', ['сварочн', 'welding', 'welder', '焊机', '电焊', 'дәнекерлеу'], { rank: 3 }),
  c('transformer', 'electrical transformers', ['850421', '850422', '850423', '850431', '850432', '850433', '850434'], ['трансформатор', 'transformer', '变压器']),
  c('inductor', 'inductors', '850450', ['дроссел', 'индуктивност', 'inductor', 'choke', '电感']),
  c('battery', 'electric accumulators', '8507', ['аккумулятор', 'батаре', 'battery', 'batteries', '电池', '蓄电池'], {
    refine: [{ code: '850760', label: 'lithium-ion accumulators', any: ['литий', 'lithium', 'li-ion', '锂'] }],
  }),
  c('cable', 'insulated wire and cable', '8544', ['кабел', 'провод$', 'провода$', 'cable', 'insulated wire', '电缆', '电线', 'кабель'], { rank: 1 }),
  c('electric-motor', 'electric motors', '8501', [
    'электродвигател', 'электромотор', 'electric motor', 'ac motor', 'dc motor', 'servo motor', 'servomotor', 'серводвигател',
    'шагов двигател', 'stepper motor', 'stepping motor', '电动机', '电机', '伺服电机', 'электр қозғалтқыш',
  ], { rank: 3 }),
  c('engine', 'internal combustion engines', ['8407', '8408'], ['двигател', 'engine', '发动机', 'қозғалтқыш'], {
    rank: 3, refine: [{ code: '8408', label: 'compression-ignition (diesel) engines', any: ['дизел', 'diesel', '柴油'] }],
  }),
  c('genset', 'electric generating sets', '8502', ['генератор$', 'генераторы$', 'генераторн установк', 'generator$', 'generators$', 'genset', 'generating set', '发电机', 'генератор'], { rank: 2 }),

  // ── Machine tools and their parts ──────────────────────────────────────────────────────────────
  c('machining-centre', 'machining centres for working metal', '845710', ['обрабатывающ центр', 'machining cent', '加工中心', 'өңдеу орталығ', 'өңдеу орталық'], {
    refine: [{ code: '846520', label: 'machining centres for wood', scope: 'all', any: WOOD }],
  }),
  lathe,
  milling,
  c('cnc-router', 'CNC routers (woodworking milling machines)', '846592', ['cnc router', 'фрезер$', 'фрезеры$', 'гравировальн станок', '雕刻机'], {
    rank: 2, refine: [{ code: '845961', label: 'NC milling machines for metal', scope: 'all', any: ['металл', 'metal', '金属'] }],
  }),
  c('drilling-machine', 'drilling machines', ['845921', '845929'], ['сверлильн станок', 'станок сверлильн', 'drilling machine', '钻床'], {
    refine: [{ code: '845921', label: 'NC drilling machines', scope: 'all', any: CNC }], defaultCode: '845929',
  }),
  c('grinding-machine', 'grinding machines', '8460', ['шлифовальн станок', 'станок шлифовальн', 'grinding machine', '磨床']),
  c('laser-cutter', 'laser cutting machines', '845611', ['лазерн резк', 'лазерн станок', 'laser cutting', 'laser cutter', '激光切割']),
  c('edm', 'electro-discharge machines', '845630', ['электроэрозион', 'edm$', 'wire edm', '线切割', '电火花']),
  c('press-brake', 'bending and pressing machines', ['8462'], ['листогиб', 'press brake', '折弯机', 'пресс$', 'пресса$', 'press$']),
  c('spindle', 'parts of machine tools (spindles, turrets)', '846693', ['шпиндел', 'spindle', '主轴', 'револьверн голов', 'turret', '刀塔', '刀架'], { rank: 3 }),
  c('chuck', 'work holders (lathe chucks)', '846620', ['патрон токарн', 'токарн патрон', 'кулачков патрон', 'lathe chuck', 'chuck$', 'chucks$', '卡盘'], { rank: 3 }),
  c('tool-holder', 'tool holders', '846610', ['резцедержател', 'tool holder', 'оправк', '刀柄'], { rank: 3 }),
  c('turning-tool', 'interchangeable tools for turning (lathe tools)', '820780', ['резец$', 'резцы$', 'резцов$', 'turning tool', 'cutting tool', '车刀'], { rank: 3 }),
  c('puller', 'hand tools (bearing pullers)', '8205', ['съемник', 'puller', '拉马'], { rank: 3 }),
  c('heat-sink', 'heat sinks (articles of aluminium)', '761699', ['радиатор охлажд', 'радиатор$', 'heatsink', 'heat sink', '散热器'], { rank: 2 }),
  c('cutting-insert', 'plates and tips for tools', '820900', ['пластин твердосплавн', 'твердосплавн пластин', 'carbide insert', 'cutting insert', '刀片'], { rank: 3 }),
  c('cutting-tool', 'interchangeable tools (cutters, drills, taps)', '8207', ['фреза$', 'фрезы$', 'сверл', 'метчик', 'end mill', 'drill bit', '铣刀', '钻头', 'бұрғы'], {
    rank: 3,
    refine: [
      { code: '820770', label: 'tools for milling', any: ['фреза', 'фрезы', 'end mill', 'milling cutter', '铣刀'] },
      { code: '820750', label: 'tools for drilling', any: ['сверл', 'drill', '钻头', 'бұрғы'] },
      { code: '820740', label: 'tools for tapping or threading', any: ['метчик', 'плашк', 'tap$', 'taps$', '丝锥'] },
    ],
  }),
  c('machine-tool', 'machine tools for working metal', ['8456', '8457', '8458', '8459', '8460', '8461'], ['станок$', 'станки$', 'станков$', 'станка$', 'станку$', 'станкам$', 'machine tool', 'machine-tool', '机床', 'станогы', 'станоктар'], {
    rank: 1, umbrella: true, refine: [{ code: '8465', label: 'woodworking machines', scope: 'all', any: WOOD }],
  }),
  parts,

  // ── Radio, navigation, telecom, cameras, optics, instruments ────────────────────────────────────
  c('gnss', 'radio navigational aid apparatus (GNSS receivers)', '852691', [
    'gps', 'глонасс', 'gnss', 'навигационн приемник', 'приемник навигацион', 'спутников навигац', 'навигатор', 'navigation receiver',
    'navigator', 'beidou', '北斗', '导航', 'gps接收', '卫星定位', 'навигациялық қабылдағыш',
  ]),
  c('radar', 'radar apparatus', '852610', ['радар', 'радиолокац', 'radar', '雷达'], { rank: 3 }),
  c('radio-remote', 'radio remote control apparatus', '852692', ['радиоуправлен', 'radio remote control', 'пульт радиоуправлен'], { rank: 3 }),
  c('transceiver', 'apparatus for transmission of voice, images or data (radios, routers, switches)', '851762', [
    'радиостанц', 'рация', 'рации', 'трансивер', 'радиомодем', 'walkie', 'two-way radio', 'transceiver', 'radio station', '对讲机', '电台',
    'маршрутизатор', 'роутер', 'router$', 'routers$', 'точк доступ', 'access point', 'коммутатор', 'network switch', 'ethernet switch',
    'poe switch', 'модем', 'modem', 'шлюз', 'gateway', '路由器', '交换机', '调制解调器', '网关', 'медиаконвертер', 'media converter',
  ]),
  c('phone', 'telephones (smartphones)', ['851711', '851713', '851714', '851718'], [
    'смартфон', 'мобильн телефон', 'сотов телефон', 'телефон$', 'телефоны$', 'smartphone', 'mobile phone', 'cell phone', 'telephone', 'phone$',
    '手机', 'ұялы телефон',
  ], { refine: [{ code: '851713', label: 'smartphones', any: ['смартфон', 'smartphone', '智能手机', 'мобильн', 'mobile', 'сотов', 'ұялы', '手机'] }] }),
  c('base-station', 'base stations', '851761', ['базов станц', 'base station', '基站'], { rank: 3 }),
  c('antenna', 'aerials and aerial reflectors', '852910', ['антенн', 'antenna', 'aerial$', 'aerials$', '天线'], { rank: 3 }),
  c('tv', 'television receivers and monitors', ['852852', '852859', '852872', '852873'], ['телевизор', 'монитор', 'television', 'tv set', 'monitor$', 'monitors$', '电视机', '显示器', 'теледидар']),
  c('camera', 'television and digital cameras, video recorders', '852589', [
    'видеокамер', 'камер видеонаблюд', 'ip камер', 'камера$', 'камеры$', 'веб камер', 'фотоаппарат', 'фотокамер', 'тепловизор', 'camera',
    'camcorder', 'webcam', 'thermal imag', 'видеорегистратор', 'dashcam', 'dash cam', '行车记录仪', '摄像机', '摄像头', '相机', '热像仪', '监控', 'бейнекамера', 'бейнебақылау',
  ], {
    refine: [
      { code: ['401310', '401320', '401390'], label: 'inner tubes of rubber', scope: 'all', any: ['шин', 'колес', 'tyre', 'tire', '轮胎', 'велосипед'] },
      { code: '841869', label: 'cold rooms', any: ['холодильн', 'морозильн', 'cold room', '冷库'] },
      { code: '852583', label: 'night-vision cameras', any: ['ночн видени', 'night vision', '夜视'] },
      { code: '852581', label: 'high-speed cameras', any: ['высокоскоростн', 'high-speed', 'high speed', '高速'] },
      { code: '852582', label: 'radiation-hardened cameras', any: ['радиационно-стойк', 'радиационно стойк', 'radiation-hardened', 'radiation hardened'] },
    ],
  }),
  c('sight', 'telescopic sights for arms; periscopes', '901310', [
    'прицел', 'riflescope', 'rifle scope', 'telescopic sight', 'weapon sight', 'red dot', 'коллиматорн', 'перископ', 'periscope', '瞄准镜',
    '瞄准器', '潜望镜', 'көздеуіш',
  ], { rank: 3 }),
  c('binoculars', 'binoculars and monoculars', ['900510', '900580'], ['бинокл', 'монокуляр', 'binocular', 'monocular', '双筒望远镜', '单筒望远镜', 'дүрбі'], {
    rank: 3,
    refine: [
      { code: '852589', label: 'thermal imaging cameras (not optical telescopes)', any: ['тепловиз', 'thermal', '热成像', '红外', 'жылу'] },
      { code: '852583', label: 'night-vision cameras', any: ['ночн видени', 'night vision', '夜视'] },
      { code: '900510', label: 'binoculars', any: ['бинокл', 'binocular', '双筒', 'дүрбі'] },
      { code: '900580', label: 'monoculars', any: ['монокуляр', 'monocular', '单筒'] },
    ],
  }),
  c('telescope', 'astronomical telescopes', '900580', ['телескоп', 'telescope', '天文望远镜'], { rank: 2 }),
  c('magnifier', 'other optical devices (magnifiers)', '901380', ['лупа$', 'лупы$', 'magnifier', 'magnifying glass', '放大镜'], { rank: 3 }),
  c('rangefinder', 'rangefinders', '901510', ['дальномер', 'rangefinder', 'range finder', '测距仪'], { rank: 3 }),
  c('aero-navigation', 'navigational instruments for aeronautical or space navigation', '901420', [
    'авиационн навигац', 'авиагоризонт', 'бесплатформенн инерциальн', 'бинс$', 'инерциальн навигац', 'inertial navigation', 'aircraft navigation',
    'avionics', 'авионик', 'высотомер', 'altimeter', 'autopilot', 'автопилот', '惯性导航', '航空导航',
  ], {
    rank: 3,
    refine: [
      { code: '901420', label: 'for aeronautical or space navigation', scope: 'all', any: ['авиац', 'самолет', 'вертолет', 'aircraft', 'aeronaut', 'avionic', 'helicopter', '航空', '飞机'] },
      { code: ['901420', '901480'], label: 'inertial navigation systems (aeronautical or other)', any: ['инерциальн', 'inertial', '惯性'] },
    ],
  }),
  c('marine-navigation', 'navigational instruments other than aeronautical', '901480', ['эхолот', 'echo sounder', 'fish finder', 'sonar', 'гидролокатор', '探鱼器', '声呐', 'гирокомпас', 'gyrocompass'], { rank: 3 }),
  c('compass', 'direction-finding compasses', '901410', ['компас', 'compass', '指南针'], { rank: 2 }),
  c('oscilloscope', 'oscilloscopes', '903020', ['осциллограф', 'oscilloscope', '示波器'], { rank: 3 }),
  c('multimeter', 'multimeters', '903031', ['мультиметр', 'multimeter', '万用表', 'тестер$'], {
    rank: 3, refine: [{ code: '903032', label: 'multimeters with a recording device', any: ['регистрир', 'с записью', 'data logg', 'логгер', 'recording', '记录'] }],
  }),
  c('clamp-meter', 'instruments for measuring current (clamp meters)', '903033', ['токоизмерительн клещ', 'clamp meter', '钳形'], { rank: 3 }),
  c('signal-generator', 'signal generators', '854320', [
    'генератор сигнал', 'генераторы сигнал', 'генератор импульс', 'signal generator', 'function generator', 'функциональн генератор',
    'waveform generator', '信号发生器', '函数发生器',
  ], { rank: 3 }),
  c('photometer', 'instruments using optical radiations', '902750', ['фотометр', 'photometer', 'колориметр', 'colorimeter', '光度计', 'рефрактометр', 'refractometer'], { rank: 3 }),
  c('spectrometer', 'spectrometers and spectrophotometers', '902730', ['спектрометр', 'спектрофотометр', 'spectrometer', 'spectrophotometer', '光谱仪'], { rank: 3 }),
  c('gas-analyser', 'gas or smoke analysis apparatus', '902710', ['газоанализатор', 'gas analy', '气体分析'], { rank: 3 }),
  c('semiconductor-equipment', 'machines for manufacturing semiconductor devices', '848620', [
    'оборудован производств полупроводник', 'semiconductor manufactur', 'semiconductor equipment', '光刻', 'lithography', 'фотолитограф',
  ], { rank: 3 }),

  // ── Computers ──────────────────────────────────────────────────────────────────────────────────
  c('laptop', 'portable computers', '847130', ['ноутбук', 'планшет', 'laptop', 'notebook computer', 'tablet', '笔记本电脑', '平板电脑'], { rank: 2 }),
  c('server', 'processing units (servers, system units)', '847150', ['сервер', 'системн блок', 'server', '服务器'], { rank: 2 }),
  c('computer', 'automatic data-processing machines', ['847141', '847149', '847150'], ['компьютер', 'computer', '电脑', '计算机'], { rank: 1 }),
  c('storage', 'storage units (SSD, HDD)', '847170', ['жестк диск', 'hdd$', 'ssd$', 'накопител', 'hard disk', 'hard drive', 'solid state', '硬盘', '固态'], { rank: 3 }),
  c('flash-drive', 'solid-state storage devices (USB flash drives, memory cards)', '852351', ['флеш накопител', 'флешк', 'usb flash', 'flash drive', 'memory card', 'карта памят', 'карты памят', 'sd card', 'u盘', '存储卡'], { rank: 3 }),
  c('keyboard', 'input units (keyboards, mice)', '847160', ['клавиатур', 'мышь$', 'мыши$', 'keyboard', 'mouse$', '键盘', '鼠标'], { rank: 3 }),
  c('printer', 'printers', '8443', ['принтер', 'printer', '打印机'], { rank: 2 }),

  // ── Aircraft and drones ────────────────────────────────────────────────────────────────────────
  c('drone', 'unmanned aircraft', '8806', [
    'беспилотн', 'бпла$', 'дрон', 'квадрокоптер', 'мультикоптер', 'drone', 'uav$', 'uavs$', 'unmanned aerial', 'unmanned aircraft', 'quadcopter',
    'multicopter', 'multirotor', '无人机', '四轴飞行器', 'ұшқышсыз',
  ], { rank: 1 }),
  c('aircraft', 'aeroplanes and helicopters', '8802', ['самолет', 'вертолет', 'aircraft', 'aeroplane', 'airplane', 'helicopter', '飞机', '直升机', 'ұшақ', 'тікұшақ'], { rank: 1 }),
  c('propeller', 'propellers and rotors', '880710', ['пропеллер', 'воздушн винт', 'propeller', 'rotor blade', '螺旋桨'], { rank: 3 }),

  // ── Vehicles and machinery (not on the CHPL) ──────────────────────────────────────────────────
  c('pump', 'pumps for liquids', '8413', ['насос', 'pump$', 'pumps$', '泵', 'сорғы']),
  c('compressor', 'air or gas compressors', '8414', ['компрессор', 'compressor', '压缩机']),
  c('tractor', 'tractors', '8701', ['трактор', 'tractor', '拖拉机'], { rank: 1 }),
  c('truck', 'motor vehicles for goods', '8704', ['грузов автомобил', 'самосвал', 'truck', 'dump truck', '卡车', 'жүк көліг'], { rank: 1 }),
  c('car', 'motor cars', '8703', ['легков автомобил', 'автомобил легков', 'автомобил$', 'автомобили$', 'passenger car', 'car$', 'cars$', 'vehicle', '汽车', '轿车', 'жеңіл автокөлік', 'автокөлік'], { rank: 1 }),
  c('tyre', 'new pneumatic tyres', '4011', ['шин$', 'шины$', 'шина$', 'tyre', 'tyres', 'tire$', 'tires$', '轮胎'], { rank: 2 }),
  c('inner-tube', 'inner tubes', ['401310', '401320', '401390'], ['автокамер', 'inner tube', '内胎'], { rank: 3 }),
  c('conveyor', 'conveyors', '8428', ['конвейер$', 'конвейеры$', 'транспортер', 'conveyor$', 'conveyors$', '输送机'], { rank: 2 }),
  c('conveyor-belt', 'conveyor belts', '4010', ['конвейерн лент', 'лента конвейерн', 'conveyor belt', '输送带'], { rank: 3 }),
  c('excavator', 'excavators and loaders', ['842951', '842952', '842959'], ['экскаватор', 'погрузчик фронтальн', 'фронтальн погрузчик', 'excavator', 'wheel loader', '挖掘机', '装载机']),
  c('forklift', 'fork-lift trucks', '8427', ['вилочн погрузчик', 'погрузчик вилочн', 'forklift', 'fork-lift', '叉车']),
  c('harvester', 'combine harvesters', '843351', ['комбайн зерноубор', 'зерноуборочн комбайн', 'combine harvester', '联合收割机']),
  c('seeder', 'seeders and planters', '8432', ['сеялк', 'seeder', 'seed drill', 'planter', '播种机']),
  c('drilling-rig', 'boring or sinking machinery', '8430', ['буров установк', 'drilling rig', '钻机']),
  c('refrigerator', 'refrigerators and freezers', '8418', ['холодильник', 'морозильник', 'refrigerator', 'fridge', 'freezer', '冰箱', 'тоңазытқыш']),
  c('air-conditioner', 'air conditioning machines', '8415', ['кондиционер', 'air condition', '空调']),
  c('washing-machine', 'washing machines', '8450', ['стиральн машин', 'washing machine', '洗衣机', 'кір жуғыш']),
  c('chainsaw', 'chainsaws', '846722', ['бензопил', 'цепн пил', 'chainsaw', 'chain saw', '油锯'], { rank: 3 }),
  c('toy', 'toys', '9503', ['игрушк', 'toy$', 'toys$', '玩具', 'ойыншық'], { rank: 3 }),
  c('footwear', 'footwear', ['6401', '6402', '6403', '6404', '6405'], ['обув', 'ботинк', 'сапог', 'кроссовк', 'shoes', 'boots$', 'footwear', 'sneakers', '鞋', 'аяқ киім']),
  c('syringe', 'syringes', '901831', ['шприц', 'syringe', '注射器'], { rank: 3 }),
  c('medicament', 'medicaments', '3004', ['лекарствен', 'медикамент', 'medicament', 'medicine', 'pharmaceutical', '药品', 'дәрі$', 'дәрілер'], { rank: 2 }),
  c('radio-receiver', 'radio broadcast receivers', '8527', ['радиоприемник', 'radio receiver', '收音机'], { rank: 2 }),

  // ── Grain, food and agriculture ────────────────────────────────────────────────────────────────
  c('wheat', 'wheat', '1001', ['пшениц', 'wheat', '小麦', 'бидай'], {
    rank: 1, defaultCode: '100199',
    refine: [
      { code: '100119', label: 'durum wheat', any: ['тверд', 'durum', '硬粒'] },
      { code: '100191', label: 'wheat seed for sowing', any: ['семенн', 'for sowing', 'seed wheat', '种用', 'тұқымдық'] },
    ],
  }),
  c('flour', 'flour', '110100', ['мука$', 'муки$', 'муку$', 'мукой$', 'flour', '面粉', '小麦粉', 'ұн$', 'ұны$', 'ұнын$'], {
    rank: 3,
    refine: [
      { code: '230120', label: 'flours and meals of fish', any: ['рыбн', 'fish', '鱼'] },
      { code: '110220', label: 'maize (corn) flour', any: ['кукуруз', 'maize', 'corn', '玉米', 'жүгері'] },
      { code: '110290', label: 'other cereal flours (rye, rice, …)', any: ['ржан', 'rye', '黑麦', 'рисов', 'rice', '米粉', 'қара бидай'] },
    ],
  }),
  c('barley', 'barley', '100390', ['ячмен', 'barley', '大麦', 'арпа$', 'арпасы'], { rank: 1 }),
  c('malt', 'malt', '1107', ['солод', 'malt$', '麦芽'], { rank: 3 }),
  c('oats', 'oats', '100490', ['овес', 'овса$', 'овсян', 'oats$', 'oat$', '燕麦', 'сұлы'], { rank: 1, refine: [{ code: '110412', label: 'rolled or flaked oats', any: ['хлоп', 'flakes', 'rolled', '燕麦片'] }] }),
  c('maize', 'maize (corn)', '100590', ['кукуруз', 'maize', 'corn$', '玉米', 'жүгері'], { rank: 1 }),
  c('rice', 'rice', '100630', ['рис$', 'риса$', 'rice', '大米', '稻米', 'күріш'], { rank: 1 }),
  c('buckwheat', 'buckwheat', '100810', ['гречих', 'buckwheat', '荞麦', 'қарақұмық'], { rank: 1 }),
  c('sunflower-seed', 'sunflower seeds', '120600', ['семена подсолнечник', 'семечк', 'подсолнечник$', 'подсолнечника$', 'sunflower seed', '葵花籽', '向日葵籽', 'күнбағыс тұқым', 'күнбағыс$'], { rank: 1 }),
  c('sunflower-oil', 'sunflower-seed oil', ['151211', '151219'], ['подсолнечн масл', 'масло подсолнечн', 'sunflower oil', 'sunflower seed oil', '葵花籽油', 'күнбағыс май'], {
    rank: 3, defaultCode: '151219', refine: [{ code: '151211', label: 'crude sunflower oil', any: ['нерафинир', 'crude', 'unrefined', '毛油'] }],
  }),
  c('oilcake', 'oilcake and meal', '2306', ['шрот', 'жмых', 'oilcake', 'oil cake', 'meal$', '粕'], {
    rank: 3, refine: [{ code: '230630', label: 'sunflower-seed oilcake', any: ['подсолнечн', 'sunflower', '葵花', 'күнбағыс'] }],
  }),
  c('rapeseed', 'rape or colza seeds', '1205', ['рапс', 'rapeseed', 'canola', '油菜籽'], { rank: 1 }),
  c('flax', 'linseed (flax seed)', '120400', ['семена льна', 'льна$', 'лен$', 'flaxseed', 'linseed', 'flax seed', 'flax', '亚麻籽', 'зығыр'], { rank: 1 }),
  c('soy', 'soya beans', '120190', ['соя$', 'сои$', 'соев боб', 'soybean', 'soya bean', 'soy bean', '大豆'], { rank: 1 }),
  c('lentils', 'lentils', '071340', ['чечевиц', 'lentil', '扁豆', '小扁豆', 'жасымық']),
  c('chickpeas', 'chickpeas', '071320', ['нут$', 'нута$', 'chickpea', '鹰嘴豆', 'ноқат']),
  c('peas', 'peas', '071310', ['горох', 'peas$', '豌豆', 'бұршақ']),
  c('bran', 'bran', '2302', ['отруб', 'bran$', '麸皮', 'кебек'], { rank: 3 }),
  c('pasta', 'pasta', '190219', ['макарон', 'pasta', 'spaghetti', 'noodle', 'лапш', '面条', '意大利面', 'кеспе'], { rank: 3 }),
  c('sugar', 'cane or beet sugar', '170199', ['сахар$', 'сахара$', 'сахар песок', 'sugar$', '白糖', '砂糖', 'қант']),
  c('chocolate', 'chocolate and cocoa preparations', '1806', ['шоколад', 'chocolate', '巧克力'], { rank: 2 }),
  c('confectionery', 'sugar confectionery', ['170490', '180631', '180632', '180690'], ['конфет', 'candy', 'sweets', '糖果', 'кәмпит'], { rank: 2 }),
  c('biscuits', 'sweet biscuits and wafers', ['190531', '190532'], ['печень', 'вафл', 'biscuit', 'cookie', 'wafer', '饼干', 'печенье'], { rank: 3 }),
  c('beef', 'meat of bovine animals', ['0201', '0202'], ['говядин', 'мясо крс', 'beef', '牛肉', 'сиыр ет'], {
    rank: 2, refine: [{ code: '0202', label: 'frozen', any: ['заморож', 'морожен', 'frozen', '冷冻', 'мұздатылған'] }, { code: '0201', label: 'fresh or chilled', any: ['охлажд', 'свеж', 'chilled', 'fresh', '冰鲜'] }],
  }),
  c('mutton', 'meat of sheep', '0204', ['баранин', 'mutton', 'lamb$', '羊肉', 'қой ет'], { rank: 2 }),
  c('horse-meat', 'meat of horses', '020500', ['конин', 'horse meat', 'horsemeat', '马肉', 'жылқы ет'], { rank: 2 }),
  c('poultry', 'meat of poultry', '0207', ['курин', 'мясо птиц', 'мясо кур', 'chicken', 'poultry', '鸡肉', 'тауық ет'], { rank: 2 }),
  c('fish', 'fish', '0303', ['рыба$', 'рыбы$', 'fish$', '冻鱼', 'балық'], { rank: 2, refine: [{ code: '0304', label: 'fish fillets', any: ['филе', 'fillet', '鱼片'] }] }),
  c('milk', 'milk', '0401', ['молоко', 'milk$', '牛奶', 'сүт$', 'сүті$'], { rank: 2, refine: [{ code: '0402', label: 'milk powder', any: ['сух', 'powder', '奶粉', 'құрғақ'] }] }),
  c('butter', 'butter', '040510', ['сливочн масл', 'масло сливочн', 'butter$', 'сары май'], { rank: 3 }),
  c('cheese', 'cheese', '0406', ['сыр$', 'сыры$', 'cheese', '奶酪', 'ірімшік'], { rank: 2 }),
  c('eggs', 'birds eggs', '0407', ['яйц', 'eggs$', 'egg$', '鸡蛋', 'жұмыртқа'], { rank: 2 }),
  c('honey', 'natural honey', '040900', ['мед$', 'меда$', 'honey', '蜂蜜', 'бал$'], { rank: 2 }),
  c('potatoes', 'potatoes', '070190', ['картофел', 'картошк', 'potato', '土豆', '马铃薯', 'картоп'], { rank: 2 }),
  c('onions', 'onions', '070310', ['лук$', 'лук репчат', 'onion', '洋葱', 'пияз'], { rank: 2 }),
  c('carrots', 'carrots', '070610', ['морков', 'carrot', '胡萝卜', 'сәбіз'], { rank: 2 }),
  c('apples', 'apples', '080810', ['яблок', 'apple', '苹果', 'алма$', 'алмалар'], { rank: 2 }),
  c('watermelons', 'watermelons', '080711', ['арбуз', 'watermelon', '西瓜', 'қарбыз'], { rank: 2 }),
  c('melons', 'melons', '080719', ['дын$', 'дыни$', 'melon$', 'melons$', '甜瓜', '哈密瓜', 'қауын'], { rank: 2 }),
  c('vodka', 'vodka', '220860', ['водка', 'vodka', '伏特加', 'арақ'], { rank: 2 }),
  c('beer', 'beer', '220300', ['пиво$', 'пива$', 'beer$', '啤酒', 'сыра$'], { rank: 2 }),
  c('mineral-water', 'mineral waters', '220110', ['минеральн вод', 'mineral water', '矿泉水', 'минералды су'], { rank: 2 }),
  c('cigarettes', 'cigarettes', '240220', ['сигарет', 'cigarette', '香烟', 'темекі'], { rank: 2 }),

  // ── Metals, ores, fuels and chemicals (typical Kazakh exports) ────────────────────────────────
  c('copper', 'copper', '7403', ['медь$', 'меди$', 'медью$', 'медн', 'copper', '铜', 'мыс$', 'мысы$', 'мыстан'], {
    rank: 1,
    refine: [
      { code: '283325', label: 'copper sulphate', any: ['купорос', 'sulphate', 'sulfate', '硫酸铜'] },
      { code: '260300', label: 'copper ores and concentrates', any: ['концентрат', 'concentrate', '精矿', 'руд', 'ore$', 'кен$', 'кені'] },
      { code: '740400', label: 'copper waste and scrap', any: ['лом$', 'лома$', 'scrap', '废铜', 'отход', 'сынық'] },
      { code: '740311', label: 'refined copper cathodes', any: ['катод', 'cathode', '阴极', '电解铜'] },
      { code: '740811', label: 'refined copper wire (rod over 6 mm)', any: ['катанк', 'wire rod', '铜杆'] },
      { code: ['740811', '740819'], label: 'refined copper wire', any: ['проволок', 'wire$', '铜线', 'сым$', 'сымы$'] },
      { code: '7409', label: 'copper plates, sheets and strip', any: ['лист', 'sheet', 'plate', 'strip', 'лент', '铜板', '铜带'] },
      { code: '7411', label: 'copper tubes', any: ['труб', 'tube', 'pipe', '铜管'] },
      { code: '740710', label: 'refined copper bars and profiles', any: ['прут', 'шин$', 'bar$', 'bars$', 'profile', '铜排'] },
      { code: '740200', label: 'unrefined copper; anodes', any: ['черн', 'blister', 'анод', 'anode'] },
    ],
  }),
  c('zinc', 'zinc', ['790111', '790112'], ['цинк$', 'цинка$', 'цинков', 'zinc', '锌', 'мырыш'], {
    rank: 1,
    refine: [
      { code: '260800', label: 'zinc ores and concentrates', any: ['концентрат', 'concentrate', '精矿', 'руд', 'ore$', 'кен$'] },
      { code: '281700', label: 'zinc oxide', any: ['оксид', 'oxide', 'белил', '氧化锌'] },
      { code: '790200', label: 'zinc waste and scrap', any: ['лом$', 'scrap', '废锌'] },
      { code: '7903', label: 'zinc dust and powders', any: ['пыль', 'порош', 'dust', 'powder', '锌粉'] },
      { code: '790120', label: 'zinc alloys', any: ['сплав', 'alloy', '合金'] },
      { code: '790111', label: 'unwrought zinc, ≥99.99 %', any: ['99,99', '99.99', 'shg$', 'special high grade', 'цв0', 'цв00', 'цв$'] },
    ],
  }),
  c('lead', 'lead', '7801', ['свинец', 'свинц', 'lead$', '铅', 'қорғасын'], {
    rank: 1,
    refine: [
      { code: '260700', label: 'lead ores and concentrates', any: ['концентрат', 'concentrate', '精矿', 'руд', 'ore$'] },
      { code: '780200', label: 'lead waste and scrap', any: ['лом$', 'scrap'] },
      { code: '780110', label: 'refined lead', any: ['рафинирован', 'refined', '99,9', '99.9', 'с1$', 'с0$'] },
    ],
  }),
  c('ferroalloy', 'ferro-alloys', '7202', ['ферросплав', 'ferroalloy', 'ferro-alloy', 'ferro alloy', '铁合金', 'ферроқорытпа'], { rank: 1 }),
  c('ferrochrome', 'ferro-chromium', ['720241', '720249'], ['феррохром', 'ferrochrom', 'ferro chrome', 'ferro-chrome', '铬铁'], {
    rank: 2,
    refine: [
      { code: '720249', label: 'ferro-chromium, ≤4 % carbon', any: ['низкоуглерод', 'среднеуглерод', 'low carbon', 'low-carbon', 'medium carbon', '微碳', '低碳', '中碳', /фх0\d\d/] },
      { code: '720241', label: 'ferro-chromium, >4 % carbon', any: ['высокоуглерод', 'high carbon', 'high-carbon', 'hc$', '高碳', /фх(?:6|7|8|9)\d\d/] },
    ],
  }),
  c('ferrosilicon', 'ferro-silicon', ['720221', '720229'], ['ферросилиц', 'ferrosilic', 'ferro silicon', 'ferro-silicon', '硅铁'], {
    rank: 2,
    refine: [
      { code: '720229', label: 'ferro-silicon, ≤55 % silicon', any: [/(?:фс|fesi)\s?(?:25|45)\b/] },
      { code: '720221', label: 'ferro-silicon, >55 % silicon', any: [/(?:фс|fesi)\s?(?:65|70|72|75|90)\b/] },
    ],
  }),
  c('ferrosilicomanganese', 'ferro-silico-manganese', '720230', ['ферросиликомарган', 'силикомарган', 'silicomanganese', 'silico-manganese', 'ferrosilicomanganese', '硅锰', 'мнс17'], { rank: 2 }),
  c('ferromanganese', 'ferro-manganese', ['720211', '720219'], ['ферромарган', 'ferromangan', 'ferro-manganese', '锰铁'], {
    rank: 2, refine: [{ code: '720211', label: 'ferro-manganese, >2 % carbon', any: ['высокоуглерод', 'high carbon', 'high-carbon', '高碳'] }],
  }),
  c('silicon', 'silicon', '280469', ['кремний металлическ', 'металлическ кремни', 'кремний кристаллическ', 'silicon metal', 'metallurgical silicon', '工业硅', '金属硅'], {
    rank: 2, refine: [{ code: '280461', label: 'silicon, ≥99.99 %', any: ['99,99', '99.99', 'polysilicon', 'поликремн', '多晶硅'] }],
  }),
  c('titanium-sponge', 'titanium sponge', '810820', ['титанов губк', 'губчат титан', 'titanium sponge', '海绵钛'], { rank: 2 }),
  c('chrome-ore', 'chromium ores and concentrates', '261000', ['хромов руд', 'chrome ore', 'chromite', 'хромит', '铬矿'], { rank: 2 }),
  c('manganese-ore', 'manganese ores and concentrates', '260200', ['марганцев руд', 'manganese ore', '锰矿'], { rank: 2 }),
  c('iron-ore', 'iron ores and concentrates', ['260111', '260112'], ['железн руд', 'железорудн', 'iron ore', '铁矿', 'темір кен'], {
    rank: 2,
    refine: [
      { code: '260112', label: 'agglomerated iron ore (pellets, sinter)', any: ['окатыш', 'pellet', '球团', 'шекемтас', 'агломерат', 'sinter'] },
      { code: '260111', label: 'non-agglomerated iron ore and concentrates', any: ['концентрат', 'concentrate', '精粉', '精矿'] },
    ],
  }),
  c('wood-pellets', 'wood pellets', '440131', ['древесн пеллет', 'древесн гранул', 'топливн гранул', 'wood pellet', '木屑颗粒'], { rank: 3 }),
  c('aluminium', 'aluminium', ['760110', '760120'], ['алюмин', 'aluminium', 'aluminum', '铝', 'алюминий'], {
    rank: 1,
    refine: [
      { code: '281820', label: 'aluminium oxide (alumina)', any: ['глинозем', 'оксид алюмин', 'alumina', '氧化铝'] },
      { code: '760200', label: 'aluminium waste and scrap', any: ['лом$', 'scrap', '废铝'] },
      { code: '7605', label: 'aluminium wire', any: ['проволок', 'wire', 'катанк', '铝线', '铝杆'] },
      { code: '7607', label: 'aluminium foil', any: ['фольг', 'foil', '铝箔'] },
      { code: '7606', label: 'aluminium plates and sheets', any: ['лист', 'sheet', 'plate', '铝板'] },
      { code: '7604', label: 'aluminium bars and profiles', any: ['профил', 'profile', '型材'] },
      { code: '760120', label: 'aluminium alloys, unwrought', any: ['сплав', 'alloy', '合金'] },
      { code: '760110', label: 'aluminium, not alloyed, unwrought', any: ['первичн', 'ingot', 'чушк', 'слит', '铝锭', 'unwrought', 'а7$', 'а8$', 'a7$'] },
    ],
  }),
  c('alumina', 'aluminium oxide (alumina)', '281820', ['глинозем', 'alumina', '氧化铝'], { rank: 2 }),
  c('uranium', 'natural uranium and its compounds', '284410', ['уран$', 'урана$', 'уранов', 'закись окись урана', 'u3o8', 'uranium', 'yellowcake', '铀', 'уран'], {
    rank: 2, refine: [{ code: '284420', label: 'uranium enriched in U-235', any: ['обогащ', 'enriched', 'u-235', 'u235', '浓缩'] }],
  }),
  c('gold', 'gold', '7108', ['золот', 'gold$', '黄金', 'алтын'], { rank: 2 }),
  c('silver', 'silver', '7106', ['серебр', 'silver', '白银', 'күміс'], { rank: 2 }),
  c('sulphur', 'sulphur', '250300', ['сера$', 'серы$', 'сера техническ', 'sulphur', 'sulfur', '硫磺', 'күкірт'], { rank: 2 }),
  c('ammonium-nitrate', 'ammonium nitrate', '310230', ['аммиачн селитр', 'нитрат аммони', 'ammonium nitrate', '硝酸铵'], { rank: 2 }),
  c('urea', 'urea', '310210', ['карбамид', 'мочевин', 'urea', '尿素'], { rank: 2 }),
  c('phosphorus', 'phosphorus', '280470', ['фосфор желт', 'желт фосфор', 'yellow phosphorus', '黄磷'], { rank: 2 }),
  c('coal', 'coal', ['270111', '270112', '270119'], ['уголь', 'угля$', 'каменн угол', 'coal$', '煤', 'көмір'], {
    rank: 2,
    refine: [
      { code: '270111', label: 'anthracite', any: ['антрацит', 'anthracite', '无烟煤'] },
      { code: '270112', label: 'bituminous coal', any: ['энергетическ', 'битуминозн', 'steam', 'thermal', 'bituminous', 'коксующ', 'coking'] },
    ],
  }),
  c('coke', 'coke', '270400', ['кокс$', 'кокса$', 'coke$', '焦炭'], { rank: 2 }),
  c('crude-oil', 'crude petroleum oils', '270900', ['нефть$', 'нефти$', 'сырая нефть', 'нефть сырая', 'газов конденсат', 'crude oil', 'petroleum crude', 'gas condensate', '原油', 'шикі мұнай', 'мұнай$'], { rank: 2 }),
  c('diesel', 'gas oils (diesel fuel)', '271019', ['дизельн топлив', 'дизтоплив', 'газойл', 'diesel fuel', 'gas oil', 'gasoil', 'diesel$', '柴油', 'дизель отын'], { rank: 2 }),
  c('gasoline', 'motor spirit (gasoline)', '271012', ['бензин', 'gasoline', 'petrol', '汽油'], { rank: 2 }),
  c('kerosene', 'kerosene and jet fuel', '271019', ['керосин', 'авиакеросин', 'jet fuel', 'jet a-1', 'тс-1', 'тс 1', '航空煤油', '煤油'], { rank: 2 }),
  c('fuel-oil', 'fuel oils', '271019', ['мазут', 'fuel oil', '重油', '燃料油'], { rank: 2 }),
  c('lpg', 'liquefied petroleum gases', ['271112', '271113', '271119'], ['сжиженн газ', 'сжиженн углеводородн газ', 'пропан', 'бутан', 'lpg$', 'liquefied petroleum', '液化石油气', '液化气'], {
    rank: 2,
    refine: [
      { code: '271112', label: 'propane', any: ['пропан$', 'propane$'] },
      { code: '271113', label: 'butanes', any: ['бутан$', 'butane$'] },
    ],
  }),
  c('natural-gas', 'natural gas', '271121', ['природн газ', 'natural gas', '天然气', 'табиғи газ'], { rank: 2, refine: [{ code: '271111', label: 'liquefied natural gas', any: ['сжиженн', 'liquefied', 'lng$', '液化'] }] }),
  c('bitumen', 'petroleum bitumen', '271320', ['битум', 'bitumen', 'asphalt', '沥青'], { rank: 2 }),
  c('polyethylene', 'polymers of ethylene', '3901', ['полиэтилен', 'polyethylene', '聚乙烯'], { rank: 1 }),
  c('polypropylene', 'polypropylene', '390210', ['полипропилен', 'polypropylene', '聚丙烯'], { rank: 1 }),
  c('cement', 'portland cement', '252329', ['цемент', 'cement', '水泥'], { rank: 2 }),
  c('salt', 'salt', '250100', ['соль$', 'соли$', 'salt$', '食盐', 'тұз$'], { rank: 2 }),
  c('fertilizer', 'fertilisers', '3105', ['удобрен', 'fertiliz', 'fertilis', '化肥', 'тыңайтқыш'], { rank: 1 }),
  c('rebar', 'bars of iron or steel for concrete reinforcement', '721420', ['арматур', 'rebar', 'reinforcing bar', '螺纹钢'], { rank: 2 }),
  c('wire-rod', 'wire rod', '7213', ['катанк', 'wire rod', '盘条'], {
    rank: 2,
    refine: [
      { code: '740811', label: 'refined copper wire rod', any: ['медн', 'медь', 'copper', '铜', 'мыс'] },
      { code: '7605', label: 'aluminium wire rod', any: ['алюмин', 'alumin', '铝'] },
    ],
  }),
  c('pipes', 'tubes and pipes', ['7304', '7305', '7306'], ['труб$', 'трубы$', 'труба$', 'pipe$', 'pipes$', 'tube$', 'tubes$', '钢管', 'құбыр'], {
    rank: 2,
    refine: [
      { code: '7411', label: 'copper tubes', any: ['медн', 'copper', '铜'] },
      { code: '7608', label: 'aluminium tubes', any: ['алюмин', 'alumin', '铝'] },
      { code: '3917', label: 'tubes of plastics', any: ['пнд', 'пвх', 'полиэтилен', 'полипропилен', 'pvc', 'hdpe', 'plastic', '塑料'] },
    ],
  }),
  c('steel-sheet', 'flat-rolled iron or steel', ['7208', '7209', '7210', '7211', '7212', '7225', '7226'], ['лист стальн', 'стальн лист', 'листовой прокат', 'steel sheet', 'steel plate', 'sheet steel', '钢板'], {
    rank: 2, refine: [{ code: '7210', label: 'flat-rolled steel, clad, plated or coated', any: ['оцинкован', 'galvaniz', 'galvanis', '镀锌', 'мырышталған'] }],
  }),
  c('pig-iron', 'pig iron', '7201', ['чугун', 'pig iron', '生铁', 'шойын'], { rank: 2 }),
  c('billet', 'semi-finished products of iron or steel', '7207', ['заготовк стальн', 'стальн заготовк', 'billet', '钢坯'], { rank: 2 }),
  c('ferrous-scrap', 'ferrous waste and scrap', '7204', ['металлолом', 'лом черн', 'steel scrap', 'scrap metal', '废钢'], { rank: 2 }),
  c('steel', 'iron or steel', '72', ['стал$', 'сталь$', 'стали$', 'steel$', '钢材', 'болат'], { rank: 1 }),
  c('wool', 'wool', '5101', ['шерст', 'wool', '羊毛', 'жүн$', 'жүні$'], {
    rank: 2,
    refine: [
      { code: ['5106', '5107', '5108', '5109'], label: 'wool yarn', any: ['пряж', 'yarn', '纱', 'иірім'] },
      { code: ['5111', '5112', '5113'], label: 'woven fabrics of wool', any: ['ткан', 'fabric', '面料', 'мата'] },
      { code: ['510111', '510119'], label: 'greasy wool, not carded or combed', any: ['немыт', 'грязн', 'greasy', '未洗', 'жуылмаған', 'жуылмаған'] },
      { code: ['510121', '510129'], label: 'degreased wool, not carbonised', any: ['мыт', 'scoured', 'washed', '洗净', 'жуылған'] },
    ],
  }),
  c('cotton', 'cotton', '520100', ['хлопок', 'хлопк', 'хлопков', 'хлопчатобумажн', 'cotton', '棉花', '棉', 'мақта'], {
    rank: 2,
    refine: [
      { code: '5205', label: 'cotton yarn', any: ['пряж', 'yarn', '纱', 'иірім'] },
      { code: ['5208', '5209', '5210', '5211', '5212'], label: 'woven fabrics of cotton', any: ['ткан', 'fabric', '布', 'мата'] },
      { code: '140420', label: 'cotton linters', any: ['линт', 'linter'] },
      { code: ['120721', '120729'], label: 'cotton seeds', any: ['семен', 'seed', '棉籽', 'тұқым'] },
      { code: '5202', label: 'cotton waste', any: ['отход', 'waste', '废'] },
    ],
  }),
  c('carpet', 'carpets and other textile floor coverings', ['5701', '5702', '5703', '5705'], ['ковер', 'ковры', 'ковров', 'ковр', 'carpet', 'rug$', 'rugs$', '地毯', 'кілем'], { rank: 3 }),
  c('hides', 'raw hides and skins', ['4101', '4102', '4103'], ['шкур', 'кожсыр', 'кожевенн сыр', 'hides', 'skins$', 'sheepskin', '生皮', '毛皮', 'тері$', 'терісі$', 'терілер'], {
    rank: 2, refine: [{ code: '4102', label: 'raw skins of sheep or lambs', any: ['овеч', 'овчин', 'ягн', 'sheep', 'lamb', '羊', 'қой'] }, { code: '4101', label: 'raw hides of bovine animals', any: ['крс', 'говяж', 'бычк', 'bovine', 'cattle', '牛', 'сиыр'] }],
  }),
];
