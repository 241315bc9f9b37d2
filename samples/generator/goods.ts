/**
 * Goods that Kazakh exporters ship, with their 10-digit EAEU TN VED codes: raw materials and food
 * (most of the trade) and the dual-use items export control cares about (bearings, chips, machine
 * tools, instruments), several of them on the Common High Priority List. Whether a line is a CHPL
 * hit is derived from data/goods/chpl.csv, never hand-labelled here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loc, type Loc } from './localized';
import type { HsStyle, Language } from './types';

export type UnitKind = 'pcs' | 't' | 'm' | 'set';

export interface CatalogueItem {
  hs10: string;
  name: Loc;
  /** Model or grade strings appended to the name; language-neutral. */
  models: string[];
  unit: UnitKind;
  /** Unit price range in USD. */
  usd: [number, number];
  quantity: [number, number];
  /** Whether the quantity may have decimals (bulk goods weighed in tonnes). */
  decimals: boolean;
  /** Countries of origin the item plausibly has. */
  origins: string[];
}

const item = (
  hs10: string, name: Loc, models: string[], unit: UnitKind, usd: [number, number], quantity: [number, number], origins = ['KZ'],
): CatalogueItem => ({ hs10, name, models, unit, usd, quantity, decimals: unit === 't', origins });

export const CATALOGUE: readonly CatalogueItem[] = [
  item('8482101009', loc('Подшипник шариковый радиальный', 'Радиалды шарикті мойынтірек', 'Deep groove ball bearing', '深沟球轴承'), ['6205-2RS', '6306-2Z', '6310-2RS', '6204-ZZ', '6008-2RS'], 'pcs', [1.5, 15], [100, 6000], ['CN', 'KZ']),
  item('8482200009', loc('Подшипник роликовый конический', 'Конусты роликті мойынтірек', 'Tapered roller bearing', '圆锥滚子轴承'), ['32210', '30207', '33116', '32312'], 'pcs', [8, 40], [50, 2000], ['CN']),
  item('8542319010', loc('Микросхема интегральная (микроконтроллер)', 'Интегралды микросхема (микроконтроллер)', 'Integrated circuit (microcontroller)', '集成电路（微控制器）'), ['Cortex-M4 LQFP100', 'Cortex-M7 LQFP144', 'RISC-V QFN48'], 'pcs', [2, 15], [500, 20000], ['CN', 'MY']),
  item('8532240000', loc('Конденсатор керамический многослойный', 'Көпқабатты керамикалық конденсатор', 'Multilayer ceramic capacitor', '多层陶瓷电容器'), ['0805 10uF 25V', '1206 22uF 16V', '0603 1uF 50V'], 'pcs', [0.02, 0.2], [10000, 200000], ['CN']),
  item('8517620009', loc('Коммутатор сетевой управляемый', 'Басқарылатын желілік коммутатор', 'Managed network switch', '网管交换机'), ['24x1G 4xSFP+', '48x1G', '8x10G SFP+'], 'pcs', [150, 900], [5, 200], ['CN']),
  item('8504409100', loc('Преобразователь частоты', 'Жиілік түрлендіргіші', 'Frequency inverter', '变频器'), ['7.5 kW', '15 kW', '22 kW', '45 kW'], 'pcs', [300, 2500], [2, 120], ['CN', 'TR']),
  item('9030200000', loc('Осциллограф цифровой', 'Сандық осциллограф', 'Digital oscilloscope', '数字示波器'), ['100 MHz 4 ch', '200 MHz 2 ch', '350 MHz 4 ch'], 'pcs', [400, 3000], [2, 60], ['CN']),
  item('8458110000', loc('Станок токарный с ЧПУ', 'СББ токарлық станогы', 'CNC lathe', '数控车床'), ['CK6150', 'CK6140', 'CK6163'], 'pcs', [25000, 90000], [1, 4], ['CN']),
  item('8471500000', loc('Сервер вычислительный', 'Есептеуіш сервер', 'Computing server', '计算服务器'), ['2U 2xCPU', '1U 1xCPU'], 'pcs', [3000, 12000], [1, 40], ['CN']),
  item('8526910000', loc('Приёмник навигационный GNSS', 'GNSS навигациялық қабылдағышы', 'GNSS navigation receiver', 'GNSS导航接收机'), ['L1/L2', 'L1/L5 RTK'], 'pcs', [200, 1500], [2, 300], ['CN']),
  item('8541290000', loc('Транзистор силовой', 'Күштік транзистор', 'Power transistor', '功率晶体管'), ['IGBT 1200V 300A', 'MOSFET 650V 40A'], 'pcs', [5, 60], [100, 5000], ['CN']),
  item('8413702100', loc('Насос центробежный', 'Ортадан тепкіш сорғы', 'Centrifugal pump', '离心泵'), ['45 kW', '22 kW', '11 kW'], 'pcs', [2000, 12000], [1, 30], ['KZ', 'TR']),
  item('8481809907', loc('Клапан запорный', 'Тиек клапаны', 'Shut-off valve', '截止阀'), ['DN50 PN16', 'DN100 PN25', 'DN80 PN16'], 'pcs', [40, 300], [10, 800], ['KZ', 'CN']),
  item('8544499101', loc('Кабель силовой', 'Күштік кабель', 'Power cable', '电力电缆'), ['3x2.5', '4x16', '5x35'], 'm', [0.8, 4], [500, 20000]),
  item('8708999709', loc('Запасные части к тракторам', 'Тракторларға қосалқы бөлшектер', 'Tractor spare parts', '拖拉机零配件'), ['MTZ-82', 'K-701'], 'set', [50, 500], [5, 200]),
  item('7403110000', loc('Катоды медные рафинированные', 'Тазартылған мыс катодтары', 'Refined copper cathodes', '精炼铜阴极'), ['Cu 99.99%', 'grade A', 'M00k'], 't', [8000, 9500], [20, 500]),
  item('7901110000', loc('Цинк необработанный', 'Өңделмеген мырыш', 'Unwrought zinc', '未锻轧锌'), ['SHG 99.995%', 'Zn 99.99%'], 't', [2500, 3200], [20, 500]),
  item('7202210000', loc('Ферросилиций', 'Ферросилиций', 'Ferrosilicon', '硅铁'), ['FeSi75', 'FeSi65'], 't', [1200, 1800], [20, 400]),
  item('2818200000', loc('Глинозём металлургический', 'Металлургиялық глинозем', 'Metallurgical alumina', '冶金级氧化铝'), [], 't', [350, 450], [100, 3000]),
  item('2601120000', loc('Окатыши железорудные', 'Темір кенді шекемтастар', 'Iron ore pellets', '铁矿球团'), ['Fe 63%', 'Fe 65%'], 't', [90, 140], [500, 6000]),
  item('7304191000', loc('Трубы стальные бесшовные', 'Жіксіз болат құбырлар', 'Seamless steel pipes', '无缝钢管'), ['219x8', '159x6', '325x10'], 't', [900, 1500], [10, 300]),
  item('1101001500', loc('Мука пшеничная', 'Бидай ұны', 'Wheat flour', '小麦粉'), ['T-550', 'T-405'], 't', [250, 350], [20, 800]),
  item('1001990000', loc('Пшеница мягкая 3 класса', '3-сынып жұмсақ бидай', 'Milling wheat, class 3', '三级软小麦'), [], 't', [200, 280], [60, 3000]),
  item('1512191000', loc('Масло подсолнечное рафинированное', 'Тазартылған күнбағыс майы', 'Refined sunflower oil', '精炼葵花籽油'), [], 't', [900, 1300], [20, 600]),
  item('5201009000', loc('Хлопок-волокно', 'Мақта талшығы', 'Raw cotton fibre', '原棉纤维'), ['type 4', 'type 5'], 't', [1500, 2000], [20, 400]),
  item('3901101000', loc('Полиэтилен низкой плотности', 'Төмен тығыздықты полиэтилен', 'Low-density polyethylene', '低密度聚乙烯'), ['15803-020', '10803-020'], 't', [1000, 1400], [20, 300]),
  item('0204410000', loc('Баранина замороженная в тушах', 'Мұздатылған қой еті (ұшалар)', 'Frozen lamb carcasses', '冷冻羊肉胴体'), [], 't', [4000, 6000], [5, 60]),
  item('7017900000', loc('Посуда лабораторная стеклянная', 'Зертханалық шыны ыдыс', 'Laboratory glassware', '实验室玻璃器皿'), ['250 ml', '500 ml', '1000 ml'], 'pcs', [2, 12], [100, 3000]),
];

const UNITS: Record<UnitKind, Record<Language, string[]>> = {
  pcs: { ru: ['шт', 'шт.'], kk: ['дана'], en: ['pcs', 'pc', 'units'], zh: ['件', '个', '台'] },
  t: { ru: ['т', 'тн'], kk: ['т', 'тонна'], en: ['MT', 't'], zh: ['吨'] },
  m: { ru: ['м'], kk: ['м'], en: ['m'], zh: ['米'] },
  set: { ru: ['компл.'], kk: ['жиынтық'], en: ['set'], zh: ['套'] },
};

export const unitWords = (kind: UnitKind, lang: Language): string[] => UNITS[kind][lang];

/** The printed forms of a code, from «8482 10 100 9» (TN VED) to «848210» (bare HS-6). */
export function printHs(hs10: string, style: HsStyle): string {
  switch (style) {
    case 'tnved-spaced':
      return `${hs10.slice(0, 4)} ${hs10.slice(4, 6)} ${hs10.slice(6, 9)} ${hs10.slice(9)}`;
    case 'tnved-plain':
      return hs10;
    case 'tnved-dotted':
      return `${hs10.slice(0, 4)}.${hs10.slice(4, 6)}.${hs10.slice(6)}`;
    case 'hs6-dotted':
      return `${hs10.slice(0, 4)}.${hs10.slice(4, 6)}`;
    case 'hs6-plain':
      return hs10.slice(0, 6);
  }
}

let chplCache: Set<string> | undefined;

/** HS-6 codes of the CHPL, read from the list the screener uses. */
export function chplCodes(): Set<string> {
  if (!chplCache) {
    const file = path.join(__dirname, '..', '..', 'data', 'goods', 'chpl.csv');
    const rows = readFileSync(file, 'utf8').split('\n').filter((l) => /^\d{6},/.test(l));
    chplCache = new Set(rows.map((l) => l.slice(0, 6)));
  }
  return chplCache;
}
