import type { GoodsLine } from '../invoice-model';
import { writeIn } from '../look-alike-letters';
import { kazakhLetterReadAs } from '../reading/ocr/kazakh-letters';
import { letterCount, sameShapesInLatin } from '../reading/ocr/latin-words';
import { isHs2022Subheading } from '../goods/hs-2022-subheadings';
import { CODE_LENGTHS } from './goods-table';

/**
 * An invoice repeats its goods words from row to row («Сандық осциллограф …, арт. 41795» twelve times over), and on
 * a poor scan OCR misreads one of them in one row only: «Сандык», «осциялограф», «apr.» in Latin look-alikes. Such a
 * word is read as the document's own spelling when that spelling is printed on at least MIN_REPEATS rows (and
 * COMMONER_BY times as many as the word) with a neighbour in common, and the two differ by a letter or two once
 * look-alike letters are written in the spelling's script (a Kazakh letter read as its Russian base counts half). Numbers never change (200 MHz is not 100 MHz), Chinese
 * is left alone (no spaces to tell words by), and each change is a warning; the row's evidence keeps the text as read.
 */

/** Rows that must print the spelling for it to count as the document's own. */
const MIN_REPEATS = 3;

/**
 * The spelling must be this many times as common as the word taken for its misreading: a scan that misreads
 * «арт.» as "apr." does so on a few rows of forty (on a poor one, eight rows of thirty-seven: «Milling» read «Miling»
 * on four rows of eighteen), while two real products a letter apart are both common.
 */
const COMMONER_BY = 3;

/** Rows that must print a code for a digit reading of its capitals to take it (lettersReadAsDigits). */
const MIN_CODE_REPEATS = 2;

/** Letters a word needs before it is worth correcting: «ch» and «th» are too short to tell apart by the company they keep. */
const MIN_LETTERS = 3;

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Edits allowed for a word of this length: one, two from eight characters on. */
const allowedEdits = (length: number) => (length >= 8 ? 2 : 1);

/** A Kazakh letter read as the Russian one it was made from (ү → у, і → и, қ → к) is half a misreading. */
const substitution = (a: string, b: string) => (a === b ? 0 : kazakhLetterReadAs(a, b) || kazakhLetterReadAs(b, a) ? 0.5 : 1);

/**
 * The Kazakh і is a thin stroke and a dot that OCR loses outright on a poor scan («Күштік» read «Куштк», «Есептеуіш»
 * «Есептеуш», «Темір» «Темр»): losing it is half a misreading, as reading a Kazakh letter as its Russian base is.
 */
const indel = (ch: string) => (ch === 'і' ? 0.5 : 1);

/** Levenshtein distance (substitutions weighed by `substitution`, a lost і by `indel`), giving up past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  // Each lost і costs half: a length difference only rules out twice the limit.
  if (Math.abs(a.length - b.length) > 2 * limit) return limit + 1;
  let previous = [0];
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1] + indel(b[j - 1]);
  for (let i = 1; i <= a.length; i++) {
    const current = [previous[0] + indel(a[i - 1])];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + indel(a[i - 1]), current[j - 1] + indel(b[j - 1]), previous[j - 1] + substitution(a[i - 1], b[j - 1]));
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * Characters no goods word is printed with, that OCR makes of a letter it cannot read («?уре» for type, «|ype»): a
 * word holding one is a misreading of the spelling it matches letter for letter elsewhere, whatever their counts.
 */
const JUNK = /[?¿|¦\[\]{}§]/u;

/**
 * Whether `read` is `spelling` with a letter or two read as junk (JUNK) and its other letters as they are printed, or
 * as their look-alikes in the other script: then `read` is no other product's word, only the spelling misread.
 */
function junkReadingOf(read: string, spelling: string): boolean {
  if (!JUNK.test(read) || read.length !== spelling.length || letterCount(spelling) < MIN_LETTERS) return false;
  const inScript = [...writeIn(read, CYRILLIC.test(spelling) ? 'cyrillic' : 'latin').toLowerCase()];
  const target = [...spelling.toLowerCase()];
  if (inScript.length !== target.length) return false;
  let junk = 0;
  for (let i = 0; i < target.length; i++) {
    if (JUNK.test(inScript[i]) && /\p{L}/u.test(target[i])) junk++;
    else if (inScript[i] !== target[i]) return false;
  }
  return junk >= 1 && junk <= allowedEdits(target.length) && junk < letterCount(spelling);
}

/**
 * Whether `read` is `spelling` with one or more of its Latin capitals read as digits, and nothing else changed: a
 * server's «1U» or «2U» read "10", "14", "21" (seed 17's 00092: 28 rows of 56), or "210". A Russian-first reading
 * knows the digits better than a capital beside them. Such a code is no measure (those are digits and a unit apart: «22 kW»),
 * so a row printing it in the same place as the spelling's rows, between the same words, printed the spelling; two
 * such rows are enough. Not O, I or L, which OCR also makes of a 0 or a 1.
 */
function lettersReadAsDigits(read: string, spelling: string): boolean {
  if (!/\d/.test(spelling)) return false;
  // One capital read as two digits: «2U» as "210" or "217" (seed 19, five rows).
  if (read.length === spelling.length + 1) {
    const at = [...spelling].findIndex((ch, i) => ch !== read[i]);
    return at >= 0 && /[A-HJKMNP-Z]/.test(spelling[at]) && /^\d\d$/.test(read.slice(at, at + 2)) && read.slice(at + 2) === spelling.slice(at + 1);
  }
  if (read.length !== spelling.length) return false;
  let asDigits = 0;
  for (let i = 0; i < read.length; i++) {
    if (read[i] === spelling[i]) continue;
    if (!/[A-HJKMNP-Z]/.test(spelling[i]) || !/\d/.test(read[i])) return false;
    asDigits++;
  }
  return asDigits > 0;
}

const digitsOf = (word: string) => word.replace(/\D/g, '');

/**
 * `spelling` in the case of `read` when the spelling is all capitals and the reading has small letters: OCR reads a
 * Cyrillic word printed in small letters as capitals on some rows (seed 37's 00305: «роликовый» as «РОЛИКОВЫЙ» on four
 * rows of eight), so the commoner capitals need not be the printed ones.
 */
function inCaseOf(read: string, spelling: string): string {
  if (spelling !== spelling.toUpperCase() || !/\p{Ll}/u.test(read)) return spelling;
  const lower = spelling.toLowerCase();
  return /^\p{Lu}/u.test(read) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** Whether `read` may be a misreading of `spelling`: same digits, a letter or two apart once look-alikes are in the spelling's script. */
function misreadOf(read: string, spelling: string): boolean {
  if (read === spelling || digitsOf(read) !== digitsOf(spelling) || letterCount(spelling) < MIN_LETTERS) return false;
  // A Cyrillic word read letter by letter in Latin shapes («Есептеуіш» as "Ecenteyiw"): п, т, ш have no look-alike
  // letter, but the English model reads them as n, m, w.
  if (CYRILLIC.test(spelling) && !CYRILLIC.test(read) && sameShapesInLatin(spelling, read)) return true;
  const inScript = writeIn(read, CYRILLIC.test(spelling) ? 'cyrillic' : 'latin').toLowerCase();
  const target = spelling.toLowerCase();
  return editDistance(inScript, target, allowedEdits(target.length)) <= allowedEdits(target.length);
}

/**
 * The goods lines with one-off misreadings of the document's repeated words replaced by its spelling, and a
 * warning for each replacement. Only OCR'd rows (`ocrPages`) are touched: a text layer spells what was printed.
 */
export function withRepeatedSpellings(goods: GoodsLine[], ocrPages: ReadonlySet<number>): string[] {
  const rows = goods.map((g) => (ocrPages.has(g.evidence.page) ? g.description.split(' ') : []));
  // In how many rows each word appears, and the words seen before and after it.
  const seen = new Map<string, { rows: Set<number>; before: Set<string>; after: Set<string> }>();
  rows.forEach((words, row) =>
    words.forEach((word, i) => {
      const entry = seen.get(word) ?? { rows: new Set(), before: new Set(), after: new Set() };
      entry.rows.add(row);
      entry.before.add(words[i - 1] ?? '');
      entry.after.add(words[i + 1] ?? '');
      seen.set(word, entry);
    }),
  );
  // A word with junk in it is no spelling, however often OCR made it («?уре» on eight rows of 00217, seed 13).
  const spellings = [...seen].filter(([word, e]) => e.rows.size >= MIN_REPEATS && !HAN.test(word) && !JUNK.test(word));
  const codes = [...seen].filter(([word, e]) => e.rows.size >= MIN_CODE_REPEATS && /\d/.test(word) && /[A-Z]/.test(word));
  const warnings: string[] = [];
  rows.forEach((words, row) => {
    const corrected = words.map((word, i) => {
      const count = seen.get(word)?.rows.size ?? 0;
      if (HAN.test(word)) return word;
      // The same neighbour on one side, as read on this row (a neighbour corrected in this pass does not count).
      // A word with junk in it only needs its spelling on more rows than itself.
      const commoner = (spelling: string, rows: number) => (rows >= COMMONER_BY * count && misreadOf(word, spelling)) || (rows > count && junkReadingOf(word, spelling));
      const [before, after] = [words[i - 1] ?? '', words[i + 1] ?? ''];
      const misread = spellings.filter(([spelling, e]) => commoner(spelling, e.rows.size) && (e.before.has(before) || e.after.has(after)));
      // A code's capitals read as digits need the code between the same two words.
      const matches = misread.length ? misread : codes.filter(([spelling, e]) => lettersReadAsDigits(word, spelling) && e.before.has(before) && e.after.has(after));
      if (matches.length !== 1) return word;
      const [[spelling, e]] = matches;
      const cased = inCaseOf(word, spelling);
      if (cased === word) return word;
      warnings.push(`goods line ${row + 1}: «${word}» read as «${cased}», the spelling of ${e.rows.size} rows`);
      return cased;
    });
    if (corrected.some((word, i) => word !== words[i])) goods[row].description = corrected.join(' ');
  });
  return warnings;
}

/** Whether `read` is `printed` with one of its characters lost. */
function lostOneCharacterOf(read: readonly string[], printed: readonly string[]): boolean {
  if (printed.length !== read.length + 1) return false;
  const at = read.findIndex((ch, i) => ch !== printed[i]);
  const lost = at < 0 ? read.length : at;
  return read.slice(lost).every((ch, i) => ch === printed[lost + 1 + i]);
}

/**
 * A Chinese description has no spaces to tell its words by, but its runs of Han characters repeat from row to row
 * like words do, and OCR drops one character of a run on a few rows only («截止» on rows of «截止阀», «冷冻羊肉体» of
 * «冷冻羊肉胴体», «无钢管» of «无缝钢管»). Such a run takes the run printed on MIN_REPEATS rows or more, COMMONER_BY
 * times as many, that it is with one character lost. Only a lost character: one read as another may be another
 * product (精炼铜 and 精炼镍 are copper and nickel), which the OCR pass judges with a lexicon (han-lexicon.ts).
 */
export function withRepeatedHanRuns(goods: GoodsLine[], ocrPages: ReadonlySet<number>): string[] {
  const runsOf = (g: GoodsLine) => (ocrPages.has(g.evidence.page) ? [...g.description.matchAll(/\p{Script=Han}+/gu)] : []);
  const rowsWith = new Map<string, Set<number>>();
  goods.forEach((g, row) => {
    for (const [run] of runsOf(g)) rowsWith.set(run, (rowsWith.get(run) ?? new Set()).add(row));
  });
  const common = [...rowsWith].filter(([, rows]) => rows.size >= MIN_REPEATS);
  const warnings: string[] = [];
  goods.forEach((g, row) => {
    let description = g.description;
    // Right to left, so earlier runs keep their index.
    for (const match of runsOf(g).reverse()) {
      const read = [...match[0]];
      const count = rowsWith.get(match[0])?.size ?? 0;
      if (read.length < 2) continue;
      const spellings = common.filter(([run, rows]) => rows.size >= COMMONER_BY * count && lostOneCharacterOf(read, [...run]));
      if (spellings.length !== 1) continue;
      const [[spelling, rows]] = spellings;
      description = description.slice(0, match.index) + spelling + description.slice(match.index! + match[0].length);
      warnings.push(`goods line ${row + 1}: «${match[0]}» read as «${spelling}», the spelling of ${rows.size} rows`);
    }
    g.description = description;
  });
  return warnings;
}

/** Article numbers and codes (four digits or more, standing alone) differ from row to row of one product. */
const LONG_NUMBER = /(?<![\p{L}\p{N}])\d{4,}(?![\p{L}\p{N}])/gu;

/** Rows that must print a description, and how many times as many as the reading, for it to be the document's. */
const MIN_DESCRIPTION_REPEATS = 2;
const DESCRIPTION_COMMONER_BY = 2;

/**
 * A description one of whose words OCR lost outright (too faint to keep: «Баранина в тушах» on a row of «Баранина
 * замороженная в тушах», «server 1U 1xCPU» for «Computing server 1U 1xCPU») takes the description of the document's
 * other rows when they print it on at least this many rows, this many times as many as the reading.
 */
const MIN_LOST_WORD_REPEATS = 3;
const LOST_WORD_COMMONER_BY = 3;

/** Whether `shape` is `spelling` without one of its words, a word of at least four letters and no digits. */
function lostOneWordOf(shape: string, spelling: string): boolean {
  const read = shape.split(' ');
  const printed = spelling.split(' ');
  if (printed.length !== read.length + 1) return false;
  const at = printed.findIndex((word, i) => word !== read[i]);
  const lost = printed[at];
  return letterCount(lost) >= 4 && !/[\d#]/.test(lost) && printed.slice(at + 1).every((word, i) => word === read[at + i]);
}

/**
 * Specks OCR reads before or after a description on a poor scan: up to three words, before it of one to three
 * characters («ча», «ЕТЕ», «好», the row number with them: «16 !», «[29»), after it of one or two and no digit
 * («с а Із»; «мн?» may be letters of a word).
 */
const SPECKS_BEFORE = /^(?:[^\s#]{1,3} ){0,3}$/u;
const SPECKS_AFTER = /^(?: [^\s\d#]{1,2}){0,3}$/u;

/** Whether `shape` is `spelling` with specks read before or after it («ча CNC lathe …», «… ref. # с а Із»). */
function withSpecksOf(shape: string, spelling: string): boolean {
  const at = shape.indexOf(spelling);
  return shape !== spelling && at >= 0 && SPECKS_BEFORE.test(shape.slice(0, at)) && SPECKS_AFTER.test(shape.slice(at + spelling.length));
}

/** The description with its long numbers masked: rows of one product share it. */
const shapeOf = (description: string) => description.replace(LONG_NUMBER, '#');

/**
 * What OCR may not change in a description: its letters and digits in order (look-alike Cyrillic letters written in
 * Latin, upper case) and the decimal marks inside numbers. Spaces, strokes and dashes go, and so do tokens of one
 * character that is not a digit: a rule read as «Г», «a» or «|» where a «/» was printed. An L or I beside a digit
 * counts as the 1 OCR takes it for.
 */
function skeletonOf(shape: string): string {
  const tokens = writeIn(shape.toUpperCase(), 'latin')
    .split(/\s+/)
    .filter((t) => t.length > 1 || /[\d#]/.test(t));
  return (
    tokens
      .join('')
      .replace(/(?<=\d)[.,](?=\d)/g, '\u0001')
      .replace(/[^\p{L}\p{N}#\u0001]/gu, '')
      // A band's or a version's «L1/L5» OCR reads as "11/15": L and I beside a digit are the digit 1 they look like.
      .replace(/[LI](?=\d)|(?<=\d)[LI]/g, '1')
  );
}

/**
 * The same at the level of a whole description: a product printed on several rows with only its article number
 * changing («Осциллограф цифровой 350 MHz 4 ch / Digital oscilloscope, арт. 95742»), read on one row with its spaces or
 * strokes off («… 4ch/ …», «… 4 ch Г Digital …»), takes the spelling the document prints on more rows, around its own
 * article number. Nothing else may differ: not a letter (6306-2Z is not 6306-2RS, «шариковый» is not «роликовый»),
 * not a digit or a decimal mark (2.5 is not 25). Chinese is left alone.
 */
export function withRepeatedDescriptions(goods: GoodsLine[], ocrPages: ReadonlySet<number>): string[] {
  const rows = goods.map((g) => (ocrPages.has(g.evidence.page) && !HAN.test(g.description) ? shapeOf(g.description) : undefined));
  const counts = new Map<string, number>();
  for (const shape of rows) if (shape) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  const skeletons = new Map([...counts.keys()].map((shape) => [shape, skeletonOf(shape)]));
  const bySkeleton = new Map<string, Array<[string, number]>>();
  for (const [shape, n] of counts) bySkeleton.set(skeletons.get(shape)!, [...(bySkeleton.get(skeletons.get(shape)!) ?? []), [shape, n]]);
  const warnings: string[] = [];
  rows.forEach((shape, row) => {
    if (!shape) return;
    const count = counts.get(shape)!;
    const variants = bySkeleton.get(skeletons.get(shape)!)!.filter(([spelling, n]) => spelling !== shape && n >= MIN_DESCRIPTION_REPEATS && n >= DESCRIPTION_COMMONER_BY * count);
    const commonEnough = (n: number) => n >= MIN_LOST_WORD_REPEATS && n >= LOST_WORD_COMMONER_BY * count;
    const withLostWord = () => [...counts].filter(([spelling, n]) => commonEnough(n) && lostOneWordOf(shape, spelling));
    const withSpecks = () => [...counts].filter(([spelling, n]) => commonEnough(n) && withSpecksOf(shape, spelling));
    const candidates = variants.length ? variants : withLostWord().length ? withLostWord() : withSpecks();
    if (candidates.length !== 1) return;
    const [[spelling, n]] = candidates;
    const numbers = goods[row].description.match(LONG_NUMBER) ?? [];
    let next = 0;
    const description = spelling.replace(/#/g, () => numbers[next++] ?? '#');
    warnings.push(`goods line ${row + 1}: «${goods[row].description}» read as «${description}», the description of ${n} rows`);
    goods[row].description = description;
  });
  return warnings;
}

/** Digits a code of eight or ten may have read wrong (a six-digit code one). */
const MAX_CODE_DIGITS_MISREAD = 2;

/**
 * Whether `read` may be `code` misread: the same length with a few digits wrong, its last four digits or more with the
 * leading ones lost, its first six or more with the last ones lost («520100900»), or the code with stray digits before
 * or after it (a rule or the row number run into it: «9854231»; the quantity cell: «8458112» for 845811 and 2 units).
 */
function codeMisreadOf(read: string, code: string): boolean {
  if (read.length === code.length) {
    const wrong = [...read].filter((d, i) => d !== code[i]).length;
    return wrong > 0 && wrong <= (code.length > 6 ? MAX_CODE_DIGITS_MISREAD : 1);
  }
  if (read.length < code.length) return (read.length >= 4 && code.endsWith(read)) || (read.length >= 6 && code.startsWith(read));
  return read.endsWith(code) || read.startsWith(code);
}

/** Rows that must print a description, all with one code, for a row of it whose code cell was unreadable to take that code. */
const MIN_SAME_CODE_ROWS = 2;

/** A code of a printed length whose first six digits are an HS 2022 subheading: it may be what was printed. */
const possibleCode = (code: string) => CODE_LENGTHS.includes(code.length) && isHs2022Subheading(code);

/**
 * A tariff code OCR read wrong is mostly no code at all (seed 37's 00305 prints 8482200009 for its bearings, and OCR
 * read «6452200009», «5462200009»; seed 23's 00196 lost the leading digits of 0204410000 on eight rows: «410000»).
 * Such a code takes the code the document prints on other rows when it is a misreading of that one and of no other
 * (codeMisreadOf), and a row whose code cell OCR could not read at all takes the one code of the rows printing the
 * same goods. Only OCR'd rows; each change is a warning.
 */
export function withRepeatedCodes(goods: GoodsLine[], ocrPages: ReadonlySet<number>): string[] {
  const rows = new Map<string, number>();
  for (const g of goods) if (g.hsCode && possibleCode(g.hsCode)) rows.set(g.hsCode, (rows.get(g.hsCode) ?? 0) + 1);
  const warnings: string[] = [];
  goods.forEach((g, row) => {
    const read = g.hsCode;
    if (!read || !ocrPages.has(g.evidence.page) || possibleCode(read)) return;
    const codes = [...rows.keys()].filter((code) => codeMisreadOf(read, code));
    if (codes.length !== 1) return;
    g.hsCode = codes[0];
    warnings.push(`goods line ${row + 1}: code «${read}» is no HS 2022 subheading; read as «${codes[0]}», the code of ${rows.get(codes[0])} rows`);
  });
  // A code cell OCR could not read at all («ЕШ», «БЕЗ» on seed 37's 00243): the goods the row names are printed on
  // other rows, and those all carry one code.
  const codesByShape = new Map<string, string[]>();
  for (const g of goods) if (g.hsCode) codesByShape.set(shapeOf(g.description), [...(codesByShape.get(shapeOf(g.description)) ?? []), g.hsCode]);
  goods.forEach((g, row) => {
    if (g.hsCode || !ocrPages.has(g.evidence.page)) return;
    const codes = codesByShape.get(shapeOf(g.description)) ?? [];
    if (codes.length < MIN_SAME_CODE_ROWS || codes.some((code) => code !== codes[0])) return;
    g.hsCode = codes[0];
    warnings.push(`goods line ${row + 1}: no code was read; «${codes[0]}», the code of the ${codes.length} rows printing the same goods`);
  });
  return warnings;
}
