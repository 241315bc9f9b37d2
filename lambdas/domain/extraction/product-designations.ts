import type { GoodsLine } from '../invoice-model';
import { writeIn } from '../look-alike-letters';
import { latinShapeSpellings } from '../reading/ocr/latin-words';

/**
 * Goods rows name products by designations that OCR cannot spell from letter shapes alone, because they mix
 * letters and digits or sit between two scripts: the copper cathode grade "M00k" read «МОСК» or "MOOk", the
 * purity "Cu 99.99%" read «Си 99.99%», the volume "500 ml" read «500 ті». Each is spelled again from what the
 * product must be: a grade of the metal the row names, a chemical symbol before a purity, a unit after a number.
 * Only OCR'd rows are touched, each change is a warning, and the row's evidence keeps the text as read.
 */

/**
 * Grades of the non-ferrous metals Kazakhstan exports, as the GOST standards print them (copper GOST 859-2014,
 * zinc GOST 3640-94, primary aluminium GOST 11069-2019, lead GOST 3778-98), with the Latin spelling export papers
 * use where one exists. A grade is only looked for in a row that names its metal.
 */
const METAL_GRADES: readonly { metal: RegExp; grades: readonly (readonly [cyrillic: string, latin?: string])[] }[] = [
  {
    metal: /мед|медн|мыс|copper|cathode|катод|铜/iu,
    grades: [['М00к', 'M00k'], ['М0к', 'M0k'], ['М1к', 'M1k'], ['М00б', 'M00b'], ['М0б', 'M0b'], ['М1б', 'M1b'], ['М00', 'M00'], ['М1р', 'M1r'], ['М1ф', 'M1f'], ['М2р', 'M2r'], ['М3р', 'M3r']],
  },
  { metal: /цинк|мырыш|zinc|锌/iu, grades: [['ЦВ00'], ['ЦВ0'], ['Ц0А']] },
  { metal: /алюмин|alumin|铝/iu, grades: [['А995', 'A995'], ['А99', 'A99'], ['А97', 'A97'], ['А95', 'A95'], ['А85', 'A85'], ['А7Э'], ['А5Е']] },
  { metal: /свин|қорғасын|lead|铅/iu, grades: [['С1С', 'C1C'], ['С2С', 'C2C'], ['С3С', 'C3C']] },
];

/** What OCR reads for each character of a designation (upper case): a zero as O, C, Q or D; a one as I, l or |. */
const READ_AS: Record<string, string> = { '0': '0OОCСQDÖ', '1': '1IІL|!' };

/** The characters a designation's character may have been read as, whatever the script or case. */
function readings(ch: string): string {
  const upper = ch.toUpperCase();
  return READ_AS[upper] ?? `${upper}${writeIn(upper, 'latin')}${writeIn(upper, 'cyrillic')}`;
}

/** Whether `read` is `grade` with letters and digits read for one another: «МОСК» for М00к (the case of к aside). */
function readsAsGrade(read: string, grade: string): boolean {
  const chars = [...read.toUpperCase()];
  const gradeChars = [...grade];
  if (chars.length !== gradeChars.length || read === grade) return false;
  // A designation with one digit read as a letter is also a word or a legal form («МО», «АО»): leave it.
  const digitsRead = gradeChars.filter((g, i) => /\d/.test(g) && chars[i] === g).length;
  const digitsMisread = gradeChars.filter((g) => /\d/.test(g)).length - digitsRead;
  if (digitsRead === 0 && digitsMisread < 2) return false;
  return gradeChars.every((g, i) => readings(g).includes(chars[i]));
}

/**
 * In which script to write a grade read as `read`: on a row with no other Cyrillic word the Latin one («М00к» on an
 * English row: seed 41's 00094); else a letter of only one script decides; a code of look-alikes is Latin.
 */
function gradeSpelling(read: string, [cyrillic, latin]: readonly [string, string?], row: string): string {
  if (latin && !/\p{Script=Cyrillic}/u.test(row.replace(read, ''))) return latin;
  const onlyCyrillic = /\p{Script=Cyrillic}/u.test(writeIn(read, 'latin'));
  return onlyCyrillic || !latin ? cyrillic : latin;
}

/** Chemical symbols of the metals and materials traded by purity ("Cu 99.99%", "Si 98.5%"). */
const ELEMENTS = ['Ag', 'Al', 'Au', 'Bi', 'Cd', 'Co', 'Cr', 'Cu', 'Fe', 'Ga', 'Ge', 'In', 'Li', 'Mg', 'Mn', 'Mo', 'Ni', 'Pb', 'Pd', 'Pt', 'Sb', 'Si', 'Sn', 'Ti', 'Zn', 'W', 'V'];
const PURITY = /^\d{2,3}(?:[.,]\d+)?\s?%/u;

/** Units printed after a number, Latin and Cyrillic. */
const LATIN_UNITS = ['ml', 'l', 'kg', 'g', 'mg', 'mm', 'cm', 'm', 'km', 'pcs', 'kV', 'mV', 'mA', 'kW', 'MW', 'Hz', 'kHz', 'MHz', 'GHz', 'uF', 'nF', 'pF', 'mAh', 'Wh', 'kWh', 'bar', 'rpm', 'dB', 'ch'];
const CYRILLIC_UNITS = ['мл', 'л', 'кг', 'г', 'мг', 'мм', 'см', 'м', 'км', 'т', 'тн', 'шт', 'кВ', 'мВ', 'мА', 'Вт', 'кВт', 'МВт', 'Гц', 'кГц', 'МГц', 'ГГц', 'мкФ', 'нФ', 'пФ', 'бар', 'дБ'];
const NUMBER = /^\d+(?:[.,]\d+)?$/u;

/** Units and chemical symbols are short: a longer word is neither, and its shape readings would multiply. */
const MAX_SYMBOL_LETTERS = 4;

/** The Latin words `cyrillic` may be, letter by letter by shape (lower case); none for a word too long to be a symbol. */
function latinShapeReadings(cyrillic: string): string[] {
  return [...cyrillic].length > MAX_SYMBOL_LETTERS ? [] : latinShapeSpellings(cyrillic, MAX_SHAPE_SPELLINGS);
}

/** Spellings of a word of four letters at most: three shapes a letter at most, 81 spellings. */
const MAX_SHAPE_SPELLINGS = 512;

/** The one entry of `list` among `readings` (compared in lower case), if exactly one is. */
function onlyOneOf(list: readonly string[], candidates: readonly string[]): string | undefined {
  const found = list.filter((entry) => candidates.includes(entry.toLowerCase()));
  return found.length === 1 ? found[0] : undefined;
}

/** A word split from its punctuation, full-width marks included: «(МОСК,» → «(», «МОСК», «,»; «MOOk，» → «MOOk», «，». */
function splitPunctuation(word: string): [string, string, string] {
  const [, before, core, after] = /^([«"'(（]*)(.*?)([.,;:/)»"'，。；：）]*)$/u.exec(word) ?? ['', '', word, ''];
  return [before, core, after];
}

/**
 * The designation `core` stands for, given the row's text, the misreading rules that apply to the row and the words
 * beside it; undefined when it is as printed.
 */
function designationOf(core: string, row: string, rules: readonly MisreadingRule[], previous: string | undefined, rest: string): { text: string; why: string } | undefined {
  for (const { metal, grades } of METAL_GRADES) {
    if (!metal.test(row)) continue;
    const grade = grades.find(([cyrillic, latin]) => readsAsGrade(core, cyrillic) || (latin !== undefined && readsAsGrade(core, latin)));
    if (grade) {
      const text = gradeSpelling(core, grade, row);
      if (text !== core) return { text, why: `a grade of the metal the row names (${grade[0]})` };
    }
  }
  if (/\p{Script=Cyrillic}/u.test(core) && PURITY.test(rest) && !ELEMENTS.includes(core)) {
    // An F read as the E it differs from by one stroke («Ее 65%» for Fe 65%: seed 29's 00040, thirteen rows).
    const readings = latinShapeReadings(core);
    const symbol = onlyOneOf(ELEMENTS, [...readings, ...readings.map((r) => r.replace(/^e/, 'f'))]);
    if (symbol) return { text: symbol, why: 'the chemical symbol before a purity' };
  }
  if (/\p{Script=Cyrillic}/u.test(core) && afterNumber(previous) && !CYRILLIC_UNITS.some((u) => u.toLowerCase() === core.toLowerCase())) {
    const unit = onlyOneOf(LATIN_UNITS, latinShapeReadings(core));
    if (unit) return { text: unit, why: 'a unit after a number' };
  }
  for (const rule of rules) {
    const match = rule.misread.exec(core);
    if (!match || (rule.when && !rule.when(previous, rest))) continue;
    const text = rule.spell(match);
    if (text !== core) return { text, why: typeof rule.why === 'string' ? rule.why : rule.why(match) };
  }
  if (afterNumber(previous) && [...core].length >= 2 && !isUnit(core)) {
    const unit = onlyOneOf(LATIN_UNITS, unitReadings(core));
    if (unit) return { text: unit, why: 'a unit after a number, its «l» or «m» misread' };
  }
  return undefined;
}

/**
 * A designation OCR misreads the same way wherever it is printed: the misreading, what was printed, why; `row` names
 * the goods the rule is for (a kW is only read back on a machine's row), `when` what must stand beside it.
 */
interface MisreadingRule {
  row?: RegExp;
  misread: RegExp;
  spell: (match: RegExpExecArray) => string;
  why: string | ((match: RegExpExecArray) => string);
  when?: (previous: string | undefined, rest: string) => boolean;
}

const afterNumber = (previous: string | undefined) => previous !== undefined && NUMBER.test(previous);
const beforeNumber = (_: string | undefined, rest: string) => /^\d/.test(rest);

/** Rows of satellite navigation receivers, whose band pairs are printed «L1/L2» or «L1/L5». */
const GNSS = /GNSS|навигац|导航/iu;

const MISREADING_RULES: readonly MisreadingRule[] = [
  {
    // The LME grade Special High Grade (99.995 %) with its S read as $ or 5, in Cyrillic shapes («$НС»: seeds 37 and 41).
    row: /цинк|мырыш|zinc|锌/iu,
    misread: /^(?!SHG$)[S$5][HН][GС6]$/u,
    spell: () => 'SHG',
    why: 'the zinc grade SHG (Special High Grade) in look-alike letters',
  },
  {
    // A rating glued to its volt sign, the V read as a backslash or a Y («650\ 40A», «1200\ 300A», «22uF 16Y» for
    // 650V, 1200V, 16V: seeds 13, 17 and 19, fifteen rows). No description prints a backslash after a number, no unit is a Y.
    misread: /^(\d+(?:[.,]\d+)?)([\\Y])$/u,
    spell: (m) => `${m[1]}V`,
    why: (m) => `a voltage rating, its V read as «${m[2]}»`,
  },
  {
    // A rating glued to its unit whose leading 1 OCR read as a letter or a stroke («luF» for 1uF: seed 19, thirteen rows).
    misread: /^[lI|](\d*)(uF|nF|pF|mA|kW|kV|mV|MHz|GHz|kHz|mm)$/u,
    spell: (m) => `1${m[1]}${m[2]}`,
    why: (m) => `a rating glued to its unit, its 1 read as «${m[0][0]}»`,
  },
  {
    // "type" before a grade number with its t read as a junk mark or a Cyrillic letter, the rest in Cyrillic shapes
    // («?уре 5», «фуре 4», «іуре 5», «{уре 5»: a kk scan of seeds 13 and 19 on every row of cotton fibre).
    misread: /^[?{}|іІфФ][уy][рp][еe]$/u,
    when: beforeNumber,
    spell: () => 'type',
    why: 'the word "type" before a number, its t misread',
  },
  {
    // A server's height of 1, 2 or 4 rack units with its U read as one digit or two («20 2xCPU», «11 1xCPU», «210 2xCPU»:
    // seeds 17 to 29, every set). Before a processor count nothing else is printed there: a number would need a unit.
    row: /server|сервер|服务器/iu,
    misread: /^([124])(?:[01478]|1[07])$/u,
    when: (_, rest) => /^\d+[xх][CС][PР][UЦ]$/iu.test(splitPunctuation(rest.split(' ')[0] ?? '')[1]),
    spell: (m) => `${m[1]}U`,
    why: "a server's height in rack units, its U read as digits",
  },
  {
    // A band pair with its L read as a 1 and a point («1.1/12», «11/15» for L1/L2, L1/L5: seeds 13 and 17), its 1 read
    // as T or I, its 5 as S («LT/L2», «LI/LS»: seeds 23 and 37).
    row: GNSS,
    misread: /^[L1Il|]\.?[1IlT|]\/[L1Il|]\.?([25SZ])$/u,
    spell: (m) => `L1/L${m[1].replace('S', '5').replace('Z', '2')}`,
    why: 'GNSS bands (L1, L2, L5) with an L or a digit misread',
  },
  {
    // GNSS with an S read as 5 or in lower case («GNS5», «GN5S», «GNss»: seeds 23 and 37).
    row: GNSS,
    misread: /^G[NН](?:[S5][S5s]|ss)$/u,
    spell: () => 'GNSS',
    why: 'GNSS on a row of navigation receivers, an S misread',
  },
  {
    // IC packages (JEDEC LQFP, TQFP, QFP, QFN) with their Q read as O or a 0 of the pin count as O («LOFP100»,
    // «LOFP1O0» for LQFP100: seed 19, ten rows). No product word is spelled «LOFP» or «OFN».
    misread: /^([LT])?[QO0](FP|FN)([\dO]{2,3})$/u,
    spell: (m) => `${m[1] ?? ''}Q${m[2]}${m[3].replace(/O/g, '0')}`,
    why: 'an IC package (LQFP, TQFP, QFN) with its Q or a 0 read as O',
  },
  {
    // kW after a number read in Cyrillic or with its W as M or И («22 КМ», «15 КИ», «45 КМ/»: seeds 19 to 37, every
    // set), on rows of machines rated in kilowatts: a pump is not rated in kilometres. Latin units as printed stay.
    row: /насос|сорғы|pump|泵|преобразовател|түрлендіргіш|converter|inverter|变频器|двигател|қозғалтқыш|motor|电机|电动机|генератор|generator|发电机/iu,
    misread: /^(?![Kk][MW]$)[KКkк][MМИWШ]$/u,
    when: afterNumber,
    spell: () => 'kW',
    why: (m) => `the power rating of the machine the row names, its kW read as «${m[0]}»`,
  },
  {
    // A valve's DN with a 0 read as O or a 5 as S («DN8O», «DNSO»), PN with its N read as M or Н («PM16»: seeds 29, 37).
    row: /клапан|задвижк|вентил|кран|valve|阀/iu,
    misread: /^(DN|P[NMН])([\dOОS]{2,4})$/u,
    spell: (m) => (m[1] === 'DN' ? `DN${m[2].replace(/[OО]/g, '0').replace(/S/g, '5')}` : `PN${m[2]}`),
    why: "a valve's nominal size or pressure (DN, PN) with a letter or digit misread",
  },
  {
    // A switch's ports at 1G, 10G, 25G, 40G or 100G with the G read as 6 («24x16», «48x16», «8x106»: seeds 13 to 37).
    row: /коммутатор|switch|交换机/iu,
    misread: /^(\d{1,2})[xх](1|10|25|40|100)6$/u,
    spell: (m) => `${m[1]}x${m[2]}G`,
    why: "a switch's ports and their speed, its G read as 6",
  },
  {
    // A capacitance glued to its uF read in Cyrillic or Kazakh shapes («10иҒ», «1иЕ», «1ЧҒ», «10uUF»: seeds 13 to 37).
    row: /конденсатор|capacitor|电容/iu,
    misread: /^(\d+(?:[.,]\d+)?)([иЧцu][UЕE]?[ҒFЕE]|uUF)$/u,
    spell: (m) => `${m[1]}uF`,
    why: (m) => `a capacitance in microfarads, its uF read as «${m[2]}»`,
  },
  {
    // СББ (сандық бағдарламалық басқару, numerical control) on Kazakh rows of CNC lathes, a Б read as В, 8 or Latin B
    // («СВВ» on every row of seed 19's and 37's kk scans).
    row: /токарлық|станог/iu,
    misread: /^[СC](?![Б]{2})[БВB8][БВB8]$/u,
    spell: () => 'СББ',
    why: 'the Kazakh abbreviation for CNC (сандық бағдарламалық басқару), its Б read as В',
  },
  {
    // «арт.» (article) before its number read in Latin look-alikes («apr.», «apt»: seeds 13 to 37) on Russian and
    // Kazakh rows, where a poor scan reads it so on most rows and the spelling consensus cannot mend it.
    row: /\p{Script=Cyrillic}/u,
    misread: /^(?!арт$)[aа][pр][rtт]$/u,
    when: beforeNumber,
    spell: () => 'арт',
    why: 'the article-number mark «арт.» read in Latin look-alikes',
  },
  {
    // RISC-V with its hyphen lost or read as a Y («RISCV», «RISCYV»: seeds 31 and 37).
    misread: /^RISC[YV]?V$/u,
    spell: () => 'RISC-V',
    why: 'the RISC-V architecture, its hyphen read as a letter or lost',
  },
];

/** Whether `word` is a unit as printed, in either script (in any case: «KW» is kW). */
const isUnit = (word: string) => [...LATIN_UNITS, ...CYRILLIC_UNITS].some((u) => u.toLowerCase() === word.toLowerCase());

/**
 * What OCR makes of a unit's «l» and «m» beside their look-alikes: «l» read as «i», «і», «1» or «|» («250 mi», «500
 * m1»), «m» missing a stroke as «п» («1000 пі» for 1000 ml).
 */
const UNIT_LETTER_READ_AS: Record<string, string> = { i: 'l', і: 'l', '1': 'l', '|': 'l', п: 'm' };

/** The Latin spellings a short word may be as a unit: each letter as itself, its Latin shapes and UNIT_LETTER_READ_AS. */
function unitReadings(word: string): string[] {
  if ([...word].length > MAX_SYMBOL_LETTERS) return [];
  let spellings = [''];
  for (const letter of word.toLowerCase()) {
    const shapes = new Set([letter, ...latinShapeSpellings(letter, MAX_SHAPE_SPELLINGS), ...(UNIT_LETTER_READ_AS[letter] ?? '')]);
    spellings = spellings.flatMap((s) => [...shapes].map((shape) => s + shape));
  }
  return spellings;
}

/** Rolling-bearing rows: «подшипник», «мойынтірек», "bearing", «轴承». */
const BEARING = /подшипн|мойынтір|bearing|轴承/iu;

/** Seal and shield suffixes of ball bearing designations (6205-2RS, 6306-2Z, 6204-ZZ, 6305-2RS1, 6206-ZNR). */
const BEARING_SUFFIXES = ['Z', 'ZZ', '2Z', 'RS', '2RS', 'RS1', '2RS1', 'RSH', '2RSH', 'RZ', '2RZ', 'NR', 'ZNR', '2ZNR'];

/** What OCR reads for a suffix character: Z as 2 or 7, S as 5 or $, 1 as I or l, 2 as Z, R as 8 («6205-28$»). */
const SUFFIX_READ_AS: Record<string, string> = { Z: 'Z27', S: 'S5$', '1': '1IL|', '2': '2Z', R: 'R8', H: 'H', N: 'N' };

/** A basic bearing number and its suffix as read: «6306-27». */
const BEARING_DESIGNATION = /^(\d{3,6})-([0-9A-Z$|]{1,4})$/u;

/** The known suffixes `read` may be, each with how many of its characters were misread. */
function suffixReadings(read: string): { suffix: string; misread: number }[] {
  const chars = [...read.toUpperCase()];
  return BEARING_SUFFIXES.filter((suffix) => suffix.length === chars.length && [...suffix].every((ch, i) => SUFFIX_READ_AS[ch].includes(chars[i]))).map((suffix) => ({
    suffix,
    misread: [...suffix].filter((ch, i) => ch !== chars[i]).length,
  }));
}

/**
 * Bearing suffixes read with digits for letters («6306-27», «6204-22»). One known suffix fits: it is taken. Several
 * fit ("22" is 2Z or ZZ): the suffix the document's other rows of the same basic number were read with decides,
 * else the one with fewest misread characters, when only one has that few.
 */
function bearingSuffixes(rows: readonly (readonly string[])[]): Map<string, string> {
  const readings = new Map<string, { basic: string; fits: { suffix: string; misread: number }[] }>();
  const settled = new Map<string, Set<string>>();
  rows.forEach((words, row) =>
    words.forEach((word, i) => {
      const match = BEARING_DESIGNATION.exec(splitPunctuation(word)[1]);
      if (!match) return;
      const [, basic, read] = match;
      const known = BEARING_SUFFIXES.includes(read) ? [read] : [];
      const fits = known.length ? [] : suffixReadings(read);
      if (fits.length) readings.set(`${row}:${i}`, { basic, fits });
      const sure = known.length ? known : fits.length === 1 ? [fits[0].suffix] : [];
      for (const suffix of sure) settled.set(basic, (settled.get(basic) ?? new Set()).add(suffix));
    }),
  );
  const chosen = new Map<string, string>();
  for (const [at, { basic, fits }] of readings) {
    const bySiblings = fits.filter((f) => settled.get(basic)?.has(f.suffix));
    const fewest = Math.min(...fits.map((f) => f.misread));
    const byShape = fits.filter((f) => f.misread === fewest);
    const pick = fits.length === 1 ? fits[0] : bySiblings.length === 1 ? bySiblings[0] : byShape.length === 1 ? byShape[0] : undefined;
    if (pick) chosen.set(at, `${basic}-${pick.suffix}`);
  }
  return chosen;
}

/**
 * A Chinese description's full-width bracket read as an angle or tortoise-shell bracket («集成电路〈微控制器 )» for
 * 集成电路（微控制器）: seeds 13, 17 and 19, fifteen rows), known by the round bracket that closes it.
 */
const HAN_BRACKET_MISREAD = /([〈〔])(?=\s*\p{Script=Han}[^〉〕]*[)）])/u;

/** The line's description with a misread Chinese bracket put right (and a warning), split into its words. */
function withHanBracket(line: GoodsLine, row: number, warnings: string[]): string[] {
  const bracket = HAN_BRACKET_MISREAD.exec(line.description);
  if (bracket) {
    warnings.push(`goods line ${row + 1}: «${bracket[1]}» read as «（», the bracket its «)» closes`);
    line.description = line.description.replace(HAN_BRACKET_MISREAD, '（');
  }
  return line.description.split(' ');
}

/**
 * The goods lines with misread designations spelled again, and a warning for each. Only OCR'd rows (`ocrPages`)
 * are touched: a text layer spells what was printed.
 */
export function withProductDesignations(goods: GoodsLine[], ocrPages: ReadonlySet<number>): string[] {
  const warnings: string[] = [];
  const rows = goods.map((line) => (ocrPages.has(line.evidence.page) ? line.description.split(' ') : []));
  const bearings = bearingSuffixes(rows.map((words, row) => (BEARING.test(goods[row].description) ? words : [])));
  rows.forEach((read, row) => {
    const line = goods[row];
    // The bracket is put right in place, so the words (and the bearings' places among them) stay where they were.
    const words = read.length ? withHanBracket(line, row, warnings) : read;
    const rules = read.length ? MISREADING_RULES.filter((rule) => !rule.row || rule.row.test(line.description)) : [];
    const corrected = words.map((word, i) => {
      const [before, core, after] = splitPunctuation(word);
      const bearing = bearings.get(`${row}:${i}`);
      const found = bearing
        ? { text: bearing, why: 'a bearing designation with a known seal or shield suffix' }
        : core && designationOf(core, line.description, rules, words[i - 1] && splitPunctuation(words[i - 1])[1], words.slice(i + 1).join(' '));
      if (!found || found.text === core) return word;
      warnings.push(`goods line ${row + 1}: «${core}» read as «${found.text}», ${found.why}`);
      return `${before}${found.text}${after}`;
    });
    if (corrected.some((word, i) => word !== words[i])) line.description = corrected.join(' ');
  });
  return warnings;
}
