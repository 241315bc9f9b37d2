/**
 * Legal forms recognised in any of the languages and scripts Central Asian trade papers use, kept as a
 * feature of the name rather than deleted: "Deutsche Bank AG" and "Deutsche Bank GmbH" are different
 * companies, while "ООО «Ромашка»" and "Romashka LLC" are one.
 */
import { phoneticKey } from './phonetic-key';
import { transliterate } from './transliterate';
import { foldText } from './fold-text';

/** Companies of the same family differ in detail (OOO vs LLC vs TOO); across families they differ in kind (GmbH vs AG). */
export type LegalFamily = 'limited' | 'stock' | 'free-zone' | 'sole-trader' | 'unitary';

export interface LegalFormDef {
  code: string;
  label: string;
  family: LegalFamily;
  /** Full phrases, in any script; matched on phonetic keys so spelling variants of long words meet. */
  phrases: string[];
  /** Abbreviations, matched on the transliterated text; those of ≤ 3 letters only at the edges of the name. */
  abbreviations: string[];
}

export const LEGAL_FORMS: LegalFormDef[] = [
  {
    code: 'llc', label: 'LLC', family: 'limited',
    phrases: [
      'limited liability company', 'общество с ограниченной ответственностью', 'obshchestvo s ogranichennoy otvetstvennostyu',
      'tovarystvo z obmezhenoyu vidpovidalnistyu', 'товариство з обмеженою відповідальністю', 'жоопкерчилиги чектелген коом',
      'masuliyati cheklangan jamiyati', 'masuliyati cheklangan jamiyat', 'gesellschaft mit beschrankter haftung',
      'sp z o o', 'fz llc', '有限责任公司', 'societatea cu raspundere limitata', 'sociedad de responsabilidad limitada',
      'societa a responsabilita limitata', 'limited sirketi',
    ],
    abbreviations: ['ooo', 'llc', 'l l c', 'osoo', 'mchj', 'mchzh', 'tov', 'sro', 's r o', 'srl', 's r l', 'sarl', 's a r l', 'bv', 'doo', 'd o o', 'kft', 'zhchk'],
  },
  {
    code: 'llp', label: 'LLP (Kazakh TOO)', family: 'limited',
    phrases: [
      'limited liability partnership', 'товарищество с ограниченной ответственностью', 'tovarishchestvo s ogranichennoy otvetstvennostyu',
      'жауапкершілігі шектеулі серіктестік', 'жауапкершілігі шектеулі серіктестігі',
    ],
    abbreviations: ['too', 'llp', 'zhshs'],
  },
  {
    code: 'ltd', label: 'Ltd', family: 'limited',
    phrases: ['company limited', 'private limited company', 'private limited', 'pte ltd', 'pvt ltd', 'sdn bhd', '股份有限公司', '有限公司'],
    abbreviations: ['ltd', 'limited', 'co ltd', 'pte', 'pvt'],
  },
  { code: 'gmbh', label: 'GmbH', family: 'limited', phrases: [], abbreviations: ['gmbh'] },
  {
    code: 'jsc', label: 'JSC (AO)', family: 'stock',
    phrases: [
      'joint stock company', 'акционерное общество', 'aktsionernoe obshchestvo', 'непубличное акционерное общество',
      'акционерлік қоғам', 'aksiyadorlik jamiyati', 'aktsionerlik kogam',
      // Persian (Iranian company names on the OFAC list): sherkat-e sahami (khass), joint-stock company (private).
      'sherkat sahami', 'sherkat sahami khass', 'sherkat sahami khas', 'sherkate sahami',
      // Round 9: the English of "sherkat-e sahami-e khass", as OFAC prints Iranian names ("KANGAN PETRO REFINING PRIVATE JOINT STOCK COMPANY").
      'private joint stock company',
    ],
    abbreviations: ['ao', 'jsc', 'nao', 'aq', 'aj'],
  },
  {
    code: 'pjsc', label: 'PJSC (PAO)', family: 'stock',
    phrases: ['public joint stock company', 'публичное акционерное общество', 'publichnoe aktsionernoe obshchestvo', 'sherkat sahami aam', 'sherkate sahami aam'],
    abbreviations: ['pao', 'pjsc', 'pjs'],
  },
  {
    code: 'cjsc', label: 'CJSC (ZAO)', family: 'stock',
    phrases: ['closed joint stock company', 'закрытое акционерное общество', 'zakrytoe aktsionernoe obshchestvo'],
    abbreviations: ['zao', 'cjsc'],
  },
  {
    code: 'ojsc', label: 'OJSC (OAO)', family: 'stock',
    phrases: ['open joint stock company', 'открытое акционерное общество', 'otkrytoe aktsionernoe obshchestvo'],
    abbreviations: ['oao', 'ojsc'],
  },
  { code: 'ag', label: 'AG', family: 'stock', phrases: ['aktiengesellschaft'], abbreviations: ['ag'] },
  { code: 'plc', label: 'PLC', family: 'stock', phrases: ['public limited company'], abbreviations: ['plc'] },
  { code: 'inc', label: 'Inc.', family: 'stock', phrases: [], abbreviations: ['inc', 'incorporated', 'corp'] },
  {
    code: 'sa', label: 'S.A.', family: 'stock',
    phrases: ['sociedad anonima', 'societe anonyme', 'sa de cv', 'anonim sirketi', 'societe anonyme libanaise'],
    abbreviations: ['sa', 's a', 'sa de cv', 's a de c v', 'sas', 's a s', 'sal', 's a l', 'spa', 's p a', 'nv', 'n v', 'ab', 'oy', 'as', 'a s'],
  },
  { code: 'fze', label: 'FZE', family: 'free-zone', phrases: ['free zone establishment'], abbreviations: ['fze'] },
  { code: 'fzco', label: 'FZCO', family: 'free-zone', phrases: ['free zone company'], abbreviations: ['fzco', 'fzc'] },
  {
    code: 'ip', label: 'sole trader (IP)', family: 'sole-trader',
    phrases: ['individual entrepreneur', 'индивидуальный предприниматель', 'individualnyy predprinimatel', 'жеке кәсіпкер'],
    abbreviations: ['ip'],
  },
  {
    code: 'fgup', label: 'federal state unitary enterprise (FGUP)', family: 'unitary',
    phrases: ['federal state unitary enterprise', 'федеральное государственное унитарное предприятие'],
    abbreviations: ['fgup'],
  },
  {
    code: 'gup', label: 'state unitary enterprise (GUP)', family: 'unitary',
    phrases: ['state unitary enterprise', 'государственное унитарное предприятие', 'municipal unitary enterprise'],
    abbreviations: ['gup', 'mup'],
  },
];

export const LEGAL_FORM_BY_CODE = new Map(LEGAL_FORMS.map((f) => [f.code, f]));

/** Han legal forms are glued to the name without spaces, so they are cut out of the raw text before pinyin. */
export const HAN_LEGAL_FORMS: Array<[RegExp, string]> = LEGAL_FORMS
  .flatMap((form) => form.phrases.filter((phrase) => /[\u3400-\u9fff]/.test(phrase)).map((phrase) => [phrase, form.code] as const))
  // Longest first ("股份有限公司" before "有限公司"); equal lengths keep their order in LEGAL_FORMS.
  .sort((a, b) => b[0].length - a[0].length)
  .map(([phrase, code]) => [new RegExp(phrase, 'g'), code]);

const wordsOf = (phrase: string) => transliterate(foldText(phrase)).split(' ').filter(Boolean);

interface PhrasePattern {
  code: string;
  keys: string[];
}
/** All phrases, longest first, so "public joint stock company" wins over "joint stock company". */
const PHRASES: PhrasePattern[] = [];
for (const form of LEGAL_FORMS) {
  for (const phrase of form.phrases) {
    if (/[\u3400-\u9fff]/.test(phrase)) continue;
    PHRASES.push({ code: form.code, keys: wordsOf(phrase).map(phoneticKey) });
  }
  // Long abbreviations ("limited", "incorporated") tolerate typos like the phrases do.
  for (const abbreviation of form.abbreviations) {
    if (abbreviation.length >= 7 && !abbreviation.includes(' ')) PHRASES.push({ code: form.code, keys: [phoneticKey(abbreviation)] });
  }
}
PHRASES.sort((a, b) => b.keys.length - a.keys.length);
const ABBREVIATIONS = new Map<string, Array<{ code: string; words: string[] }>>();
for (const form of LEGAL_FORMS) {
  for (const abbreviation of form.abbreviations) {
    const words = abbreviation.split(' ');
    const bucket = ABBREVIATIONS.get(words[0]) ?? [];
    bucket.push({ code: form.code, words });
    bucket.sort((a, b) => b.words.length - a.words.length);
    ABBREVIATIONS.set(words[0], bucket);
  }
}

export interface LegalFormHit {
  code: string;
  /** The words as printed (transliterated), for the explanation. */
  text: string;
  start: number;
  end: number;
}

/** Phrase words may differ by spelling or a typo ("otvetstvennostju", "LIMITTED"): words of 5+ letters match on a near key. */
function keysMatch(pattern: string, key: string, near: (a: string, b: string) => number): boolean {
  if (pattern === key) return true;
  if (pattern.length < 4 || Math.abs(pattern.length - key.length) > 2) return false;
  // A typo rarely hits both ends of a word: one of them must agree before the edit distance is paid.
  if (pattern[0] !== key[0] && pattern[pattern.length - 1] !== key[key.length - 1]) return false;
  return near(pattern, key) >= 0.8;
}

/**
 * Finds legal forms among the words of a name. `texts` are transliterated words, `keys` their phonetic keys.
 * Returns the hits, non-overlapping, left to right.
 */
export function findLegalForms(texts: string[], keys: string[], near: (a: string, b: string) => number): LegalFormHit[] {
  const hits: LegalFormHit[] = [];
  const last = texts.length - 1;
  for (let i = 0; i < texts.length; ) {
    const hit = phraseAt(keys, i, near) ?? abbreviationAt(texts, i, last);
    if (hit) {
      hits.push({ code: hit.code, text: texts.slice(i, hit.end).join(' '), start: i, end: hit.end });
      i = hit.end;
    } else i++;
  }
  return hits;
}

/** Which phrases a word may start, memoised per word key (list names repeat the same few words). */
const startsMemo = new Map<string, PhrasePattern[]>();
const MEMO_LIMIT = 50_000;

function phrasesStartingWith(key: string, near: (a: string, b: string) => number): PhrasePattern[] {
  let found = startsMemo.get(key);
  if (found) return found;
  found = PHRASES.filter((p) => keysMatch(p.keys[0], key, near));
  if (startsMemo.size >= MEMO_LIMIT) startsMemo.clear();
  startsMemo.set(key, found);
  return found;
}

/**
 * The longest phrase starting at word i; of equally long ones, the one spelt most exactly. Near keys alone would let
 * «публичное акционерное общество» (PJSC) pass for «непубличное …» (JSC), one letter pair apart, listed first.
 */
function phraseAt(keys: string[], i: number, near: (a: string, b: string) => number): { code: string; end: number } | undefined {
  let best: { code: string; end: number; exact: number } | undefined;
  for (const p of phrasesStartingWith(keys[i], near)) {
    if (best && p.keys.length < best.end - i) break; // phrases are sorted longest first
    if (i + p.keys.length > keys.length) continue;
    if (!p.keys.every((k, n) => n === 0 || keysMatch(k, keys[i + n], near))) continue;
    const exact = p.keys.reduce((count, k, n) => count + (k === keys[i + n] ? 1 : 0), 0);
    if (!best || exact > best.exact) best = { code: p.code, end: i + p.keys.length, exact };
  }
  return best && { code: best.code, end: best.end };
}

/** Short abbreviations ("AO", "TOO", "SA") are ordinary words inside a name; only at its edges are they legal forms. */
function abbreviationAt(texts: string[], i: number, last: number): { code: string; end: number } | undefined {
  for (const a of ABBREVIATIONS.get(texts[i]) ?? []) {
    const end = i + a.words.length;
    if (end > texts.length || !a.words.every((w, n) => texts[i + n] === w)) continue;
    const short = a.words.join('').length <= 3;
    const atEdge = i === 0 || end - 1 === last || isLegalRun(texts, end, last);
    // A name that is nothing but the abbreviation ("AO") keeps it as its name.
    if (short && (!atEdge || texts.length === a.words.length)) continue;
    return { code: a.code, end };
  }
  return undefined;
}

/** "CO LTD" after a short form: the short form is at the edge of the name if only legal words follow it. */
function isLegalRun(texts: string[], from: number, last: number): boolean {
  for (let i = from; i <= last; i++) if (!ABBREVIATIONS.has(texts[i])) return false;
  return from <= last;
}

/**
 * Round 12: Russia's 2014 company-law reform abolished the closed and open joint-stock company (ZAO, OAO); they
 * re-registered as a (non-public) JSC, a PJSC or, many ZAOs, an LLC (OOO), keeping the name. A ZAO on one
 * side and only such successor forms on the other is one company before and after, not a contradiction.
 */
const ABOLISHED_FORMS = new Set(['cjsc']);
const SUCCESSOR_FORMS = new Set(['llc', 'jsc', 'pjsc']);
function successorForms(old: string[], now: string[]): boolean {
  return old.every((c) => ABOLISHED_FORMS.has(c)) && now.every((c) => SUCCESSOR_FORMS.has(c));
}

export type LegalFormVerdict = 'same' | 'same-family' | 'contradiction' | 'one-side' | 'none';

/**
 * Compares the legal forms printed with two names. Forms both sides print are set aside first, so
 * "X Limited AG" vs "X Limited GmbH" is judged on AG vs GmbH.
 */
export function compareLegalForms(a: string[], b: string[]): LegalFormVerdict {
  if (a.length === 0 && b.length === 0) return 'none';
  if (a.length === 0 || b.length === 0) return 'one-side';
  const onlyA = a.filter((x) => !b.includes(x));
  const onlyB = b.filter((x) => !a.includes(x));
  if (onlyA.length === 0 || onlyB.length === 0) return 'same';
  if (successorForms(onlyA, onlyB) || successorForms(onlyB, onlyA)) return 'same-family';
  const family = (c: string) => LEGAL_FORM_BY_CODE.get(c)?.family;
  const familiesB = new Set(onlyB.map(family));
  return onlyA.every((c) => familiesB.has(family(c))) && onlyB.every((c) => onlyA.some((x) => family(x) === family(c))) ? 'same-family' : 'contradiction';
}
