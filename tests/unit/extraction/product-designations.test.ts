import type { GoodsLine } from '../../../lambdas/domain/invoice-model';
import { withProductDesignations } from '../../../lambdas/domain/extraction/product-designations';

/** Goods lines as extraction leaves them, on page 1 (an OCR'd page unless said otherwise). */
const linesOf = (...descriptions: string[]): GoodsLine[] => descriptions.map((description, i) => ({ description, evidence: { page: 1, box: [0, i / 50, 1, (i + 1) / 50], text: description } }));
const OCR_PAGE = new Set([1]);
const descriptions = (lines: GoodsLine[]) => lines.map((l) => l.description);

describe('withProductDesignations', () => {
  test('a grade of the metal the row names, read with letters for its digits, is spelled as the standard prints it', () => {
    // Recorded on the ru+en scans 00183 and 00200: the copper cathode grade "M00k" read three ways.
    const lines = linesOf(
      'Катоды медные рафинированные MOOk/ Refined copper cathodes, арт. 70863',
      'Катоды медные рафинированные МОСК, арт. 97260',
      'Катоды медные рафинированные МООК / Refined copper cathodes',
      'Катоды медные рафинированные М0Об',
      'Цинк ЦВО0 в чушках',
    );
    const warnings = withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual([
      'Катоды медные рафинированные M00k/ Refined copper cathodes, арт. 70863',
      // Every letter of «МОСК» has a Latin look-alike: a code of look-alikes is written in Latin, as elsewhere.
      'Катоды медные рафинированные M00k, арт. 97260',
      'Катоды медные рафинированные M00k / Refined copper cathodes',
      // «б» is Cyrillic only: the grade stays Cyrillic.
      'Катоды медные рафинированные М00б',
      'Цинк ЦВ00 в чушках',
    ]);
    expect(warnings[0]).toBe('goods line 1: «MOOk» read as «M00k», a grade of the metal the row names (М00к)');
    expect(warnings).toHaveLength(5);
    // The evidence keeps the text as read.
    expect(lines[1].evidence.text).toBe('Катоды медные рафинированные МОСК, арт. 97260');
  });

  test('no grade without its metal, and no grade from a word with one digit read as a letter («АО», «МО»)', () => {
    const lines = linesOf('Подшипник MOOk 6205', 'Алюминий первичный А7, АО «КАЗ»', 'Медный провод МО 2 мм', 'Катоды медные M00k');
    expect(withProductDesignations(lines, OCR_PAGE)).toEqual([]);
    expect(descriptions(lines)).toEqual(['Подшипник MOOk 6205', 'Алюминий первичный А7, АО «КАЗ»', 'Медный провод МО 2 мм', 'Катоды медные M00k']);
  });

  test('a chemical symbol before a purity is read in Latin («Си 99.99%» → "Cu 99.99%"); a word without a purity stays', () => {
    const lines = linesOf('Катоды медные рафинированные Си 99.99%, арт. 39459', 'Нота Си бемоль', 'Никель Ні 99,96 %');
    expect(withProductDesignations(lines, OCR_PAGE)).toEqual([
      'goods line 1: «Си» read as «Cu», the chemical symbol before a purity',
      'goods line 3: «Ні» read as «Ni», the chemical symbol before a purity',
    ]);
    expect(descriptions(lines)).toEqual(['Катоды медные рафинированные Cu 99.99%, арт. 39459', 'Нота Си бемоль', 'Никель Ni 99,96 %']);
  });

  test('a unit after a number read in Cyrillic look-alikes is the Latin unit («500 ті» → "500 ml"); Cyrillic units stay', () => {
    // Recorded on 00180: "Посуда лабораторная стеклянная 500 ml" read «500 ті».
    const lines = linesOf('Посуда лабораторная стеклянная 500 ті / Laboratory glassware', 'Масло 5 л, бутыль 500 мл', 'Катоды 22 тн', 'Кабель ті 3');
    withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Посуда лабораторная стеклянная 500 ml / Laboratory glassware', 'Масло 5 л, бутыль 500 мл', 'Катоды 22 тн', 'Кабель ті 3']);
  });

  test('a unit after a number with its «l» read «i» or «1», or its «m» read «п», is the unit («250 mi», «1000 пі» → ml)', () => {
    // Recorded on 00105 (seed 11): "ml" read «mi» on 12 rows and «пі» on 4 of 43. Units as printed stay, in any case.
    const lines = linesOf('Посуда лабораторная стеклянная 250 mi, арт. 91932', 'Посуда лабораторная стеклянная 1000 пі, арт. 14628', 'Колба 500 m1', 'Насос 11 KW', 'Катоды 22 тн', 'Труба 10 mm', 'Кабель mi 3', 'Сплав 5 Ni');
    const warnings = withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Посуда лабораторная стеклянная 250 ml, арт. 91932', 'Посуда лабораторная стеклянная 1000 ml, арт. 14628', 'Колба 500 ml', 'Насос 11 KW', 'Катоды 22 тн', 'Труба 10 mm', 'Кабель mi 3', 'Сплав 5 Ni']);
    expect(warnings[0]).toBe('goods line 1: «mi» read as «ml», a unit after a number, its «l» or «m» misread');
    expect(warnings).toHaveLength(3);
  });

  test('a rating with its V read as a backslash or a Y is the voltage («650\\ 40A», «16Y» → 650V, 16V); other backslashes stay', () => {
    // Recorded on 00280 (seed 13): six rows of «Күштік транзистор MOSFET 650\ 40A»; on 00166 (seed 19) «22uF 16Y».
    const lines = linesOf('Күштік транзистор MOSFET 650\\ 40A, арт. 83142', 'Транзистор силовой IGBT 1200\\ 300A', 'Конденсатор 1206 22uF 16Y, арт. 56688', 'Кабель A\\B 3', 'Плата 12\\5', 'Cable NYY 3x2.5');
    const warnings = withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Күштік транзистор MOSFET 650V 40A, арт. 83142', 'Транзистор силовой IGBT 1200V 300A', 'Конденсатор 1206 22uF 16V, арт. 56688', 'Кабель A\\B 3', 'Плата 12\\5', 'Cable NYY 3x2.5']);
    expect(warnings).toEqual([
      'goods line 1: «650\\» read as «650V», a voltage rating, its V read as «\\»',
      'goods line 2: «1200\\» read as «1200V», a voltage rating, its V read as «\\»',
      'goods line 3: «16Y» read as «16V», a voltage rating, its V read as «Y»',
    ]);
  });

  test('a rating glued to its unit with its 1 read as «l» is the rating («luF» → 1uF); words that only start so stay', () => {
    // Recorded on 00166 (seed 19): «0603 luF 50V» on thirteen rows.
    const lines = linesOf('Конденсатор керамический многослойный 0603 luF 50V, арт. 50946', 'Capacitor 0805 l0uF 25V', 'Lamp lumen 12', 'Fuse ImA');
    withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Конденсатор керамический многослойный 0603 1uF 50V, арт. 50946', 'Capacitor 0805 10uF 25V', 'Lamp lumen 12', 'Fuse 1mA']);
  });

  test('an IC package read with O for its Q or a 0 is the package («LOFP100», «LOFP1O0» → LQFP100); QFN48 as printed stays', () => {
    // Recorded on 00343 (seed 19): ten rows of «Cortex-M4 LOFP100».
    const lines = linesOf('Интегралды микросхема (микроконтроллер) Cortex-M4 LOFP100, арт. 21520', 'Microcontroller Cortex-M4 LOFP1O0', 'Microcontroller RISC-V QFN48', 'Microcontroller TOFP64', 'Valve OFN');
    withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Интегралды микросхема (микроконтроллер) Cortex-M4 LQFP100, арт. 21520', 'Microcontroller Cortex-M4 LQFP100', 'Microcontroller RISC-V QFN48', 'Microcontroller TQFP64', 'Valve OFN']);
  });

  test('channels after a number read in Cyrillic look-alikes are "ch" («4 сһ» → 4 ch)', () => {
    // Recorded on 00176 (seed 13) and 00040 (seed 19): «Сандық осциллограф 100 MHz 4 сһ».
    const lines = linesOf('Сандық осциллограф 100 MHz 4 сһ', 'Сандық осциллограф 200 MHz 2 ch');
    withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Сандық осциллограф 100 MHz 4 ch', 'Сандық осциллограф 200 MHz 2 ch']);
  });

  test('a Chinese bracket read as an angle or tortoise-shell bracket is the full-width one its «)» closes', () => {
    // Recorded on 00207 (seed 19) and 00279 (seed 17): «集成电路〈微控制器 ) Cortex-M4 LQFP100».
    const lines = linesOf('集成电路〈微控制器 ) Cortex-M4 LQFP100, 货号60428', '集成电路〔微控制器） RISC-V QFN48', '型号〈A〉 阀门', '集成电路 〈微控制器');
    const warnings = withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['集成电路（微控制器 ) Cortex-M4 LQFP100, 货号60428', '集成电路（微控制器） RISC-V QFN48', '型号〈A〉 阀门', '集成电路 〈微控制器']);
    expect(warnings[0]).toBe('goods line 1: «〈» read as «（», the bracket its «)» closes');
  });

  test('"type" before a grade number read with a junk or Cyrillic t is "type"; the same shapes before a word stay', () => {
    // Recorded on kk scans of seeds 13, 17 and 19: «Мақта талшығы ?уре 5», «фуре 4», «іуре 5», «Фуре 5».
    const lines = linesOf('Мақта талшығы ?уре 5', 'Мақта талшығы фуре 4, арт. 1', 'Мақта талшығы іуре 5', 'Фуре жүк', 'Мақта талшығы type 4');
    withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Мақта талшығы type 5', 'Мақта талшығы type 4, арт. 1', 'Мақта талшығы type 5', 'Фуре жүк', 'Мақта талшығы type 4']);
  });

  test('GNSS band pairs read with 1 for L are «L1/L2», «L1/L5»; only on rows of navigation receivers', () => {
    // Recorded on 00017 (seed 13): «Приёмник навигационный GNSS 1.1/12» on four rows.
    const lines = linesOf('Приёмник навигационный GNSS 1.1/12, арт. 66480', 'GNSS навигациялық қабылдағышы 11/15', 'Болт 11/12', 'Приёмник GNSS L1/L2');
    withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Приёмник навигационный GNSS L1/L2, арт. 66480', 'GNSS навигациялық қабылдағышы L1/L5', 'Болт 11/12', 'Приёмник GNSS L1/L2']);
    // Seeds 23 and 37: the 1 read as T or I, the 5 as S, and GNSS itself with an S read as 5 or small.
    const more = linesOf('GN5S 导航接收机 LT/L2, 货号 27748', 'GNss навигациялық қабылдағышы LI/LS RTK', 'Болт LT/L2 GNS5');
    withProductDesignations(more, OCR_PAGE);
    expect(descriptions(more)).toEqual(['GNSS 导航接收机 L1/L2, 货号 27748', 'GNSS навигациялық қабылдағышы L1/L5 RTK', 'Болт LT/L2 GNS5']);
  });

  test("a server's rack units read as digits before its processor count are the units («20 2xCPU» → 2U 2xCPU)", () => {
    // Recorded on seeds 17 to 29: «Сервер вычислительный 21 2xCPU», «Computing server 210 2xCPU», «117 1xCPU».
    const lines = linesOf('Сервер вычислительный 21 2xCPU, арт. 35743', 'Computing server 210 2xCPU', 'Есептеуіш сервер 117 1хСРЦ', 'Сервер 20 шт', 'Pump 10 1xCPU', 'Computing server 2U 2xCPU');
    const warnings = withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Сервер вычислительный 2U 2xCPU, арт. 35743', 'Computing server 2U 2xCPU', 'Есептеуіш сервер 1U 1хСРЦ', 'Сервер 20 шт', 'Pump 10 1xCPU', 'Computing server 2U 2xCPU']);
    expect(warnings[0]).toBe("goods line 1: «21» read as «2U», a server's height in rack units, its U read as digits");
  });

  test('iron before a purity read «Ее» is Fe (an F read as E); other symbols as before', () => {
    // Recorded on 00040 (seed 29): thirteen rows of «Окатыши железорудные Ее 65%».
    const lines = linesOf('Окатыши железорудные Ее 65%, арт. 71767', 'Окатыши Ее сорт', 'Катоды Си 99.99%', '精炼铜阴极 MOOk， 货号 97089');
    withProductDesignations(lines, OCR_PAGE);
    // A full-width comma after a designation is punctuation as an ASCII one is (seed 29's 00311: «MOOk，»).
    expect(descriptions(lines)).toEqual(['Окатыши железорудные Fe 65%, арт. 71767', 'Окатыши Ее сорт', 'Катоды Cu 99.99%', '精炼铜阴极 M00k， 货号 97089']);
  });

  test('a bearing suffix read with digits for letters is the known suffix it fits; the document settles "22" (2Z or ZZ)', () => {
    // Recorded on a fresh kk scan: "6306-2Z" read «6306-27» and «6306-22», "6204-ZZ" read «6204-22» and «6204-72».
    const bearing = (designation: string) => `Радиалды шарикті мойынтірек ${designation}, арт. 76647`;
    const lines = linesOf(bearing('6306-27'), bearing('6306-22'), bearing('6204-72'), bearing('6204-22'), bearing('6205-2RS'), bearing('6310-28$5'), 'Болт 6306-27', bearing('6008-28$'));
    const warnings = withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual([
      // "27" fits 2Z and ZZ: 2Z misreads fewer characters.
      bearing('6306-2Z'),
      // "22" fits both as well; the other 6306 rows were read 2Z…
      bearing('6306-2Z'),
      // …while "72" fits ZZ alone, and that settles 6204.
      bearing('6204-ZZ'),
      bearing('6204-ZZ'),
      bearing('6205-2RS'),
      // No known suffix of four characters: left as read. A row that names no bearing is left as well.
      bearing('6310-28$5'),
      'Болт 6306-27',
      // R read as 8 (seed 29's 00105: «6205-28$»).
      bearing('6008-2RS'),
    ]);
    expect(warnings[0]).toBe('goods line 1: «6306-27» read as «6306-2Z», a bearing designation with a known seal or shield suffix');
    expect(warnings).toHaveLength(5);
  });

  test('kW after a number read as «КМ» or «КИ» is kW on rows of machines rated in power; kilometres elsewhere stay', () => {
    const lines = linesOf('Ортадан тепкіш сорғы 22 КМ, арт. 18647', 'Преобразователь частоты 15 КИ', 'Насос центробежный 11 kW', 'Трубы стальные 12 КМ');
    expect(withProductDesignations(lines, OCR_PAGE)).toEqual(['goods line 1: «КМ» read as «kW», the power rating of the machine the row names, its kW read as «КМ»', 'goods line 2: «КИ» read as «kW», the power rating of the machine the row names, its kW read as «КИ»']);
    expect(descriptions(lines)).toEqual(['Ортадан тепкіш сорғы 22 kW, арт. 18647', 'Преобразователь частоты 15 kW', 'Насос центробежный 11 kW', 'Трубы стальные 12 КМ']);
  });

  test("a valve's DN with O or S for a digit and PN read as PM are the nominal size and pressure; other rows stay", () => {
    const lines = linesOf('Клапан запорный DN8O PM16, арт. 32808', 'Shut-off valve DNSO PN16', '截止阀 DN100 PN25', 'Кабель DNSO');
    withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Клапан запорный DN80 PN16, арт. 32808', 'Shut-off valve DN50 PN16', '截止阀 DN100 PN25', 'Кабель DNSO']);
  });

  test("a switch's port speed with its G read as 6 is the speed («24x16» → 24x1G); a cable's 4x16 stays", () => {
    const lines = linesOf('Коммутатор сетевой управляемый 24x16 4xSFP+', 'Managed network switch 8x106 SFP+', 'Кабель силовой 4x16');
    withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Коммутатор сетевой управляемый 24x1G 4xSFP+', 'Managed network switch 8x10G SFP+', 'Кабель силовой 4x16']);
  });

  test('a capacitance glued to its uF read in Cyrillic or Kazakh shapes is microfarads, only on capacitor rows', () => {
    const lines = linesOf('Конденсатор керамический многослойный 0805 10иҒ 25V', 'Multilayer ceramic capacitor 0603 1иЕ 50V', '多层陶瓷电容器 0805 10uUF 25V', 'Мука 10иҒ');
    withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Конденсатор керамический многослойный 0805 10uF 25V', 'Multilayer ceramic capacitor 0603 1uF 50V', '多层陶瓷电容器 0805 10uF 25V', 'Мука 10иҒ']);
  });

  test('the Kazakh CNC abbreviation read «СВВ» on a lathe row is СББ; RISC-V without its hyphen is RISC-V', () => {
    const lines = linesOf('СВВ токарлық станогы CK6150, арт. 35648', 'СББ токарлық станогы CK6140', 'СВВ', 'Интегралды микросхема (микроконтроллер) RISCV QFN48', '集成电路（微控制器） RISCYV QFN48');
    withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['СББ токарлық станогы CK6150, арт. 35648', 'СББ токарлық станогы CK6140', 'СВВ', 'Интегралды микросхема (микроконтроллер) RISC-V QFN48', '集成电路（微控制器） RISC-V QFN48']);
  });

  test('«арт.» read in Latin look-alikes before its number is «арт.» on Cyrillic rows; English rows and other words stay', () => {
    const lines = linesOf('Катоды медные рафинированные M00k, apr. 41042', 'Пшеница мягкая 3 класса / Milling wheat, apt 29984', 'Milling wheat, apr. 29984', 'Катоды медные, apr. партия');
    withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Катоды медные рафинированные M00k, арт. 41042', 'Пшеница мягкая 3 класса / Milling wheat, арт 29984', 'Milling wheat, apr. 29984', 'Катоды медные, apr. партия']);
  });

  test('a grade on a row with no other Cyrillic word is spelt in Latin; the zinc grade SHG read «$НС» is SHG (seeds 37 and 41)', () => {
    const lines = linesOf('Refined copper cathodes М00к', 'Катоды медные М00к', 'Цинк необработанный $НС 99.995%, арт. 37196', 'Unwrought zinc 5HG 99.995%', 'Болт $НС');
    withProductDesignations(lines, OCR_PAGE);
    expect(descriptions(lines)).toEqual(['Refined copper cathodes M00k', 'Катоды медные М00к', 'Цинк необработанный SHG 99.995%, арт. 37196', 'Unwrought zinc SHG 99.995%', 'Болт $НС']);
  });

  test('a long word after a number is no unit, and is not spelled out shape by shape', () => {
    const long = 'Трансформаторы силовые 5 трансформаторовмасляныхтрехфазных';
    const lines = linesOf(long);
    expect(withProductDesignations(lines, OCR_PAGE)).toEqual([]);
    expect(descriptions(lines)).toEqual([long]);
  });

  test('rows read from a text layer are spelled as printed', () => {
    const lines = linesOf('Катоды медные МОСК', 'Посуда 500 ті');
    expect(withProductDesignations(lines, new Set([2]))).toEqual([]);
    expect(descriptions(lines)).toEqual(['Катоды медные МОСК', 'Посуда 500 ті']);
  });
});
