/**
 * Builds the labelled name-pair set tests/fixtures/name-matching/pairs.jsonl.
 * Dev tool: reads list snapshots from ../shared (UK ConList.xlsx, UN XML) and the repo's OFAC files; the
 * committed fixture is what tests and the benchmark read. Deterministic (seeded). Run:
 *   npx tsx bench/screen/build-pairs.ts
 * Each line: {id, a, b, type, label, category, made, split}. `a` plays the query (invoice side), `b` the
 * listed name. 30% of pairs (by a hash of the id) form the held-out split, never used for tuning.
 *
 * With --unseen (round 17) it writes tests/fixtures/name-matching/pairs-unseen.jsonl instead: the same recipe with
 * another seed, over the OFAC, UK and UN subjects that no pair of pairs.jsonl names (by entry id, OFSI group or
 * UN reference), every pair in split "unseen". The hand-written Kazakh cores and Chinese syllable lists are left
 * out (their pairs would repeat pairs.jsonl's). It replaces pairs.jsonl's holdout, read fourteen times.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { pinyin } from 'pinyin-pro';
import type { ListedEntity } from '../../lambdas/domain/lists/listed-entity';
import { transliterate, type TranslitScheme } from '../../lambdas/domain/screening/name-matching/transliterate';
import { KZ_CORES, KZ_FORMS } from './kz-company-cores';
import { loadSnapshot, REPO } from './load-lists';
import { evaluationExclusions } from './build-word-equivalences';
import { CONTRADICTING, HOMOGLYPH, informative, OCR, plainWords, RU_FORMS, sameLetters, sameName, scriptWords, seededRandom, shareWord, typo, wordKey } from './pair-helpers';
import { loadPairs, PAIRS_PATH, type LabelledPair as Pair } from './pairs';

const SHARED = process.env.SHARED_LISTS ?? join(REPO, '..', 'shared', 'data', 'lists');
const UNSEEN = process.argv.includes('--unseen');
const FIXTURES = join(REPO, 'tests', 'fixtures', 'name-matching');
const OUT = join(FIXTURES, UNSEEN ? 'pairs-unseen.jsonl' : 'pairs.jsonl');

// ---------- deterministic randomness ----------
const { rand, pick, sample } = seededRandom(UNSEEN ? 20261129 : 20260901);

/**
 * --unseen: the subjects pairs.jsonl is made from, by list id ("SDN-123", "UK-OFSI-123", "UN-KPi.033", as list mining
 * excludes them), and the names it prints in any script (one subject may be on several lists under other ids).
 */
const oldPairs = UNSEEN ? loadPairs(PAIRS_PATH) : [];
const used = evaluationExclusions(oldPairs, []).ids;
const printed = new Set(oldPairs.flatMap((p) => [wordKey(p.a, scriptWords), wordKey(p.b, scriptWords)]));
let droppedPrinted = 0;

const pairs: Pair[] = [];
const seen = new Set<string>();
function add(p: Omit<Pair, 'id' | 'split'>): void {
  if (!p.a.trim() || !p.b.trim() || p.a === p.b && p.label === 'no-match') return;
  // A query name pairs.jsonl prints is not unseen (the same subject under another list's id); the listed side
  // may have been printed (a Latin name read in a typo pair says nothing of its Cyrillic spelling).
  if (printed.has(wordKey(p.a, scriptWords))) return void droppedPrinted++;
  const dedupe = `${p.a}\u0000${p.b}`;
  if (seen.has(dedupe)) return;
  seen.add(dedupe);
  const id = createHash('sha1').update(`${p.category}|${p.a}|${p.b}`).digest('hex').slice(0, 12);
  const split = UNSEEN ? 'unseen' : parseInt(id.slice(0, 8), 16) % 10 < 3 ? 'holdout' : 'tune';
  pairs.push({ id, ...p, split });
}

let droppedSameName = 0;

const pairType = (t: ListedEntity['type']): Pair['type'] => (t === 'individual' ? 'individual' : t === 'unknown' ? 'unknown' : 'entity');

// ---------- OFAC ----------
function ofacPairs(entities: ListedEntity[]): void {
  const withAliases = entities.filter((e) => e.names.length > 1);
  const variants: Array<[ListedEntity, string, string]> = [];
  const renames: Array<[ListedEntity, string, string]> = [];
  for (const e of withAliases) {
    const primary = e.names[0].value;
    for (const alias of e.names.slice(1)) {
      if (sameLetters(primary, alias.value)) continue;
      (shareWord(primary, alias.value) ? variants : renames).push([e, alias.value, primary]);
    }
  }
  for (const [e, alias, primary] of sample(variants, 900)) {
    add({ a: alias, b: primary, type: pairType(e.type), label: 'match', category: 'ofac-alias-variant', made: `OFAC alt.csv alias vs primary name of ${e.entryId} (share a word)` });
  }
  for (const [e, alias, primary] of sample(renames, 200)) {
    add({ a: alias, b: primary, type: pairType(e.type), label: 'match', category: 'ofac-alias-rename', made: `OFAC alt.csv alias vs primary name of ${e.entryId} (no shared word: acronym, rename or translation)` });
  }
  differentEntries(entities);
  personVariants(entities.filter((e) => e.type === 'individual'));
  legalFormPairs(entities.filter((e) => e.type === 'entity'));
  corruptions(entities);
}

/** Different listed subjects whose names share words: the hard negatives. */
function differentEntries(entities: ListedEntity[]): void {
  const byWord = new Map<string, number[]>();
  entities.forEach((e, i) => {
    for (const w of new Set(informative(e.names[0].value))) byWord.set(w, [...(byWord.get(w) ?? []), i]);
  });
  const allNames = (e: ListedEntity) => new Set(e.names.map((n) => plainWords(n.value).sort().join(' ')));
  const candidates: Array<[ListedEntity, ListedEntity, number]> = [];
  for (const [, list] of byWord) {
    if (list.length < 2 || list.length > 60) continue;
    for (let k = 0; k < Math.min(list.length, 6); k++) {
      const a = entities[pick(list)];
      const b = entities[pick(list)];
      if (a === b || a.type !== b.type) continue;
      const namesA = allNames(a);
      if ([...allNames(b)].some((n) => namesA.has(n))) continue; // the very same name on two entries: not decidable by name
      const wa = new Set(informative(a.names[0].value));
      const wb = informative(b.names[0].value);
      const overlap = wb.filter((w) => wa.has(w)).length / Math.max(wa.size, wb.length);
      candidates.push([a, b, overlap]);
    }
  }
  const persons = candidates.filter(([a]) => a.type === 'individual');
  const others = candidates.filter(([a]) => a.type !== 'individual');
  const hardFirst = (xs: typeof candidates, n: number) => {
    const hard = sample(xs.filter(([, , o]) => o >= 0.5), Math.round(n * 0.6));
    return [...hard, ...sample(xs.filter(([, , o]) => o < 0.5), n - hard.length)];
  };
  for (const [a, b] of hardFirst(others, 700)) {
    if (sameName(a.names[0].value, b.names[0].value) && ++droppedSameName) continue;
    add({ a: a.names[0].value, b: b.names[0].value, type: pairType(a.type), label: 'no-match', category: 'different-entry-shared-words', made: `OFAC ${a.entryId} vs ${b.entryId}: different entries sharing a word` });
  }
  for (const [a, b] of hardFirst(persons, 450)) {
    if (sameName(a.names[0].value, b.names[0].value) && ++droppedSameName) continue;
    add({ a: a.names[0].value, b: b.names[0].value, type: 'individual', label: 'no-match', category: 'different-person-shared-name', made: `OFAC ${a.entryId} vs ${b.entryId}: different persons sharing a name part` });
  }
  for (let k = 0; k < 300; k++) {
    const a = pick(entities);
    const b = pick(entities);
    if (a === b || shareWord(a.names[0].value, b.names[0].value)) continue;
    add({ a: a.names[0].value, b: b.names[0].value, type: 'unknown', label: 'no-match', category: 'random-different', made: `OFAC ${a.entryId} vs ${b.entryId}: random pair` });
  }
}

/** "LAST, First Middle" printed as invoices print persons. */
function personVariants(persons: ListedEntity[]): void {
  const commaNames = persons.map((e) => [e, e.names[0].value] as const).filter(([, n]) => /^[^,]+, [^,]+$/.test(n));
  for (const [e, name] of sample(commaNames, 350)) {
    const [last, given] = name.split(', ');
    const first = given.split(' ')[0];
    const variant = pick([`${first} ${last}`, `${last} ${first}`, `${given} ${last}`, `${first.toUpperCase()} ${last.toUpperCase()}`]);
    add({ a: variant, b: name, type: 'individual', label: 'match', category: 'person-order', made: `${e.entryId} listed name re-ordered, middle names/patronymic dropped` });
  }
  for (const [e, name] of sample(commaNames, 80)) {
    const [last, given] = name.split(', ');
    add({ a: `${given[0]}. ${last}`, b: name, type: 'individual', label: 'match', category: 'person-initials', made: `${e.entryId} given names reduced to an initial` });
  }
}

function legalFormPairs(entities: ListedEntity[]): void {
  const found: Array<[ListedEntity, string, string, string[]]> = [];
  for (const e of entities) {
    const name = e.names[0].value;
    for (const [re, code, templates] of RU_FORMS) {
      const m = name.match(re);
      if (m && m[1].length > 3) {
        found.push([e, name, m[1], templates.map((t) => t.replace('$', m[1]))]);
        found[found.length - 1].push(code);
        break;
      }
    }
  }
  for (const [e, name, , variants] of sample(found, 260)) {
    add({ a: pick(variants), b: name, type: 'entity', label: 'match', category: 'legal-form-variant', made: `${e.entryId} with its legal form written another way` });
  }
  for (const item of sample(found, 220)) {
    const [e, name, core] = item;
    const code = (item as unknown as string[])[4];
    add({ a: pick(CONTRADICTING[code]).replace('$', core), b: name, type: 'entity', label: 'no-match', category: 'legal-form-contradiction', made: `${e.entryId} core name with a legal form of another kind (policy: another company)` });
  }
  for (const [x, y] of [['AG', 'GmbH'], ['GmbH', 'AG'], ['LLC', 'JSC'], ['FZE', 'LLC'], ['Ltd', 'AG']]) {
    const noForm = (n: string) => !/\b(LLC|L\.L\.C|LTD|LIMITED|AG|GMBH|JSC|OJSC|PJSC|CJSC|OOO|OAO|ZAO|PAO|AO|FZE|FZC|FZCO|PLC|INC|CORP|CO|S\.?A|SAL|LLP|TOO|COMPANY|JOINT|STOCK|SOCIEDAD|SOCIETATEA|ANONIM|SIRKETI)\b/i.test(n);
    for (const e of sample(entities.filter((en) => informative(en.names[0].value).length >= 2 && noForm(en.names[0].value)), 12)) {
      const core = e.names[0].value.replace(/[.,]+$/, '');
      add({ a: `${core} ${x}`, b: `${core} ${y}`, type: 'entity', label: 'no-match', category: 'legal-form-contradiction', made: `${e.entryId} core name as ${x} vs ${y}` });
    }
  }
}

// ---------- typos and OCR ----------
function corruptions(entities: ListedEntity[]): void {
  const names = entities.map((e) => [e, e.names[0].value] as const).filter(([, n]) => /^[\x20-\x7e]+$/.test(n) && informative(n).some((w) => w.length >= 5));
  for (const [e, name] of sample(names, 450)) {
    const words = name.split(' ');
    const targets = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}[,.]?$/.test(w));
    if (!targets.length) continue;
    const [w, i] = pick(targets);
    words[i] = typo(w.replace(/[,.]$/, ''), rand) + (/[,.]$/.test(w) ? w.slice(-1) : '');
    add({ a: words.join(' '), b: name, type: pairType(e.type), label: 'match', category: 'typo', made: `${e.entryId} with one keyboard typo (deletion/insertion/substitution/transposition)` });
  }
  for (const [e, name] of sample(names, 350)) {
    let a = name;
    if (rand() < 0.4) {
      a = [...name].map((ch) => (HOMOGLYPH[ch] && rand() < 0.5 ? HOMOGLYPH[ch] : ch)).join('');
    } else {
      const applicable = OCR.filter(([re]) => re.test(name));
      if (!applicable.length) continue;
      const [re, to] = pick(applicable);
      a = name.replace(re, to);
    }
    if (a === name) continue;
    add({ a, b: name, type: pairType(e.type), label: 'match', category: 'ocr-homoglyph', made: `${e.entryId} with an OCR confusion (0/O, 1/l/I, rn/m, 5/S, 8/B) or Cyrillic look-alike letters` });
  }
}

// ---------- UK OFSI (Cyrillic and Chinese next to Latin) ----------
interface UkRow {
  group: string;
  type: string;
  latin: string;
  nonLatin: string;
  language: string;
  aliasType: string;
}

async function readUk(): Promise<UkRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(SHARED, 'uk', 'ConList.xlsx'));
  const rows: UkRow[] = [];
  wb.worksheets[0].eachRow((row, r) => {
    if (r < 3) return;
    const v = row.values as unknown[];
    const s = (i: number) => (v[i] === null || v[i] === undefined ? '' : String(v[i]).trim());
    const type = s(29);
    const given = [s(2), s(3), s(4), s(5), s(6)].filter(Boolean).join(' ');
    const latin = type === 'Individual' && given ? `${s(1)}, ${given}` : s(1);
    rows.push({ group: s(36), type, latin, nonLatin: s(8), language: s(10), aliasType: s(30) });
  });
  return rows;
}

const SCHEMES: TranslitScheme[] = ['icao-9303', 'gost-7.79-b', 'informal'];

async function ukPairs(): Promise<void> {
  const rows = await readUk();
  const primaryLatin = new Map<string, string>();
  for (const r of rows) if (r.aliasType === 'Primary name' && r.latin && !primaryLatin.has(r.group)) primaryLatin.set(r.group, r.latin);
  if (UNSEEN) rows.splice(0, rows.length, ...rows.filter((r) => !used.has(`UK-OFSI-${r.group}`)));
  const cyr: Array<[UkRow, string]> = [];
  const han: Array<[UkRow, string]> = [];
  const seenScript = new Set<string>();
  for (const r of rows) {
    if (!r.nonLatin || seenScript.has(r.nonLatin)) continue;
    seenScript.add(r.nonLatin);
    const latin = primaryLatin.get(r.group) ?? r.latin;
    if (!latin) continue;
    if (/[\u0400-\u04ff]/.test(r.nonLatin)) cyr.push([r, latin]);
    else if (/[\u4e00-\u9fff]/.test(r.nonLatin)) han.push([r, latin]);
  }
  const type = (r: UkRow): Pair['type'] => (r.type === 'Individual' ? 'individual' : r.type === 'Entity' ? 'entity' : 'unknown');
  for (const [r, latin] of sample(cyr, 900)) {
    add({ a: r.nonLatin, b: latin, type: type(r), label: 'match', category: 'uk-cyrillic-latin', made: `UK OFSI ConList group ${r.group}: published ${r.language || 'Cyrillic'} name vs Latin primary name` });
  }
  for (const [r, latin] of sample(cyr.filter(([x]) => x.type === 'Individual'), 350)) {
    const scheme = pick(SCHEMES);
    add({ a: transliterate(r.nonLatin, scheme), b: latin, type: 'individual', label: 'match', category: 'translit-scheme', made: `UK OFSI group ${r.group}: Cyrillic name romanised by ${scheme} (our table) vs the list's own Latin spelling` });
  }
  for (const [r, latin] of han) {
    add({ a: r.nonLatin, b: latin, type: type(r), label: 'match', category: 'uk-chinese-latin', made: `UK OFSI group ${r.group}: published Chinese name vs Latin primary name` });
  }
  // Cyrillic name of one subject vs Latin name of another sharing a word: cross-script negatives.
  const byWord = new Map<string, Array<[UkRow, string]>>();
  for (const item of cyr) for (const w of informative(item[1])) byWord.set(w, [...(byWord.get(w) ?? []), item]);
  let made = 0;
  for (const [, list] of sample([...byWord], byWord.size)) {
    if (made >= 300) break;
    if (list.length < 2 || list.length > 40) continue;
    const [x, y] = sample(list, 2);
    if (x[0].group === y[0].group || sameLetters(x[1], y[1])) continue;
    made++;
    // The Cyrillic name itself, or the Latin printed on its own row, may be the other subject's name.
    if ((sameName(x[0].nonLatin, y[1]) || (x[0].latin && sameName(x[0].latin, y[1]))) && ++droppedSameName) continue;
    add({ a: x[0].nonLatin, b: y[1], type: type(x[0]), label: 'no-match', category: 'uk-cyrillic-different', made: `UK OFSI: Cyrillic name of group ${x[0].group} vs Latin name of group ${y[0].group} sharing a word` });
  }
}

// ---------- UN ----------
function unPairs(): void {
  const xml = readFileSync(join(SHARED, 'un_sc', 'UN_consolidated.xml'), 'utf-8');
  const doc = new XMLParser({ isArray: (name) => ['INDIVIDUAL', 'ENTITY', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS'].includes(name) }).parse(xml);
  const str = (x: unknown) => (x === undefined || x === null ? '' : String(x).trim());
  const rows: Array<{ ref: string; type: Pair['type']; name: string; aliases: Array<{ name: string; quality: string }>; original: string }> = [];
  for (const i of doc.CONSOLIDATED_LIST.INDIVIDUALS.INDIVIDUAL ?? []) {
    const name = [i.FIRST_NAME, i.SECOND_NAME, i.THIRD_NAME, i.FOURTH_NAME].map(str).filter(Boolean).join(' ');
    rows.push({ ref: str(i.REFERENCE_NUMBER), type: 'individual', name, original: str(i.NAME_ORIGINAL_SCRIPT), aliases: (i.INDIVIDUAL_ALIAS ?? []).map((a: Record<string, unknown>) => ({ name: str(a.ALIAS_NAME), quality: str(a.QUALITY) })) });
  }
  for (const e of doc.CONSOLIDATED_LIST.ENTITIES.ENTITY ?? []) {
    rows.push({ ref: str(e.REFERENCE_NUMBER), type: 'entity', name: str(e.FIRST_NAME), original: str(e.NAME_ORIGINAL_SCRIPT), aliases: (e.ENTITY_ALIAS ?? []).map((a: Record<string, unknown>) => ({ name: str(a.ALIAS_NAME), quality: str(a.QUALITY) })) });
  }
  if (UNSEEN) rows.splice(0, rows.length, ...rows.filter((r) => !used.has(`UN-${r.ref}`)));
  const variants: Array<[typeof rows[number], string, string]> = [];
  for (const r of rows) for (const a of r.aliases) if (a.name && !sameLetters(a.name, r.name) && shareWord(a.name, r.name)) variants.push([r, a.name, a.quality]);
  for (const [r, alias, quality] of sample(variants, 350)) {
    add({ a: alias, b: r.name, type: r.type, label: 'match', category: 'un-alias-variant', made: `UN ${r.ref}: ${quality || 'unrated'}-quality alias vs name (share a word)` });
  }
  for (const r of rows) {
    if (/[\u0400-\u04ff\u4e00-\u9fff]/.test(r.original)) add({ a: r.original, b: r.name, type: r.type, label: 'match', category: 'un-original-script', made: `UN ${r.ref}: NAME_ORIGINAL_SCRIPT vs name` });
  }
}

// ---------- generated: Kazakh/Russian company names in ru/kk/en ----------
function kzPairs(): void {
  const forms = Object.entries(KZ_FORMS);
  for (const core of KZ_CORES) {
    for (const [code, f] of forms) {
      const ru = f.ru(core.cyrillic);
      const kk = code === 'llc' ? f.ru(core.cyrillic) : f.kk(core.cyrillic);
      for (const [a, b] of [[ru, f.en(core.latin)], [kk, f.en(core.latin)], [ru, f.enAlt(core.latin)], [kk, ru], [f.en(core.latin), ru]]) {
        add({ a, b, type: 'entity', label: 'match', category: 'kz-ru-en-company', made: `generated: core "${core.cyrillic}" (${code}) in ru/kk/en spellings; Latin written by hand` });
      }
    }
    // The same core under a legal form of another kind: another company.
    add({ a: KZ_FORMS.llp.ru(core.cyrillic), b: KZ_FORMS.jsc.en(core.latin), type: 'entity', label: 'no-match', category: 'kz-legal-form-contradiction', made: `generated: "${core.cyrillic}" TOO vs JSC` });
  }
  // Different companies sharing a word (city or product).
  for (const x of KZ_CORES) {
    for (const y of KZ_CORES) {
      if (x === y) continue;
      const shared = x.cyrillic.split(' ').some((w) => y.cyrillic.split(' ').includes(w));
      if (!shared && rand() > 0.04) continue;
      add({ a: KZ_FORMS.llp.ru(x.cyrillic), b: KZ_FORMS.llp.en(y.latin), type: 'entity', label: 'no-match', category: 'kz-different-company', made: `generated: "${x.cyrillic}" vs "${y.latin}"${shared ? ' (shared word)' : ''}` });
    }
  }
}

// ---------- generated: Chinese names vs pinyin ----------
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国文辉玲鹏飞'.split('');
const COMPANY_WORDS = ['华为', '海康', '大疆', '长安', '中兴', '新达', '恒通', '宏远', '金盛', '天河', '东方', '远洋'];
const COMPANY_TAILS = ['科技', '贸易', '电子', '物流', '机械', '化工'];
const CITIES = ['深圳', '上海', '北京', '广州', '乌鲁木齐', '霍尔果斯'];

const py = (han: string, surname = false) => pinyin(han, { toneType: 'none', type: 'array', surname: surname ? 'head' : 'off' }) as string[];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function chinesePairs(): void {
  for (let k = 0; k < 160; k++) {
    const family = pick(SURNAMES);
    const given = pick(GIVEN) + (rand() < 0.7 ? pick(GIVEN) : '');
    const han = family + given;
    const [f, ...g] = py(han, true);
    const givenJoined = cap(g.join(''));
    const latin = pick([`${f.toUpperCase()}, ${givenJoined}`, `${cap(f)} ${givenJoined}`, `${givenJoined} ${cap(f)}`, `${cap(f)} ${g.map(cap).join(' ')}`, `${f.toUpperCase()} ${g.join('').toUpperCase()}`]);
    add({ a: han, b: latin, type: 'individual', label: 'match', category: 'chinese-pinyin', made: 'generated: Han person name vs its pinyin in list/passport formats (pinyin by pinyin-pro)' });
    let other = pick(GIVEN) + (rand() < 0.7 ? pick(GIVEN) : '');
    if (other === given) other = pick(GIVEN);
    const [, ...g2] = py(family + other, true);
    if (g2.join('') === g.join('')) continue;
    add({ a: han, b: `${f.toUpperCase()}, ${cap(g2.join(''))}`, type: 'individual', label: 'no-match', category: 'chinese-different', made: 'generated: same surname, different given name' });
  }
  for (let k = 0; k < 60; k++) {
    const city = pick(CITIES);
    const word = pick(COMPANY_WORDS);
    const tail = pick(COMPANY_TAILS);
    const han = `${city}${word}${tail}有限公司`;
    const words = [city, word, tail].map((w) => cap(py(w).join('')));
    add({ a: han, b: `${words.join(' ')} Co., Ltd.`, type: 'entity', label: 'match', category: 'chinese-pinyin', made: 'generated: Han company name vs word-joined pinyin with Co., Ltd.' });
    let otherWord = pick(COMPANY_WORDS);
    if (otherWord === word) otherWord = COMPANY_WORDS[(COMPANY_WORDS.indexOf(word) + 1) % COMPANY_WORDS.length];
    add({ a: han, b: `${[city, otherWord, tail].map((w) => cap(py(w).join(''))).join(' ')} Co., Ltd.`, type: 'entity', label: 'no-match', category: 'chinese-different', made: 'generated: same city and trade, different distinctive word' });
  }
}

async function main(): Promise<void> {
  const { entities } = await loadSnapshot();
  ofacPairs(entities.filter((e) => e.list === 'OFAC-SDN' && !used.has(e.entryId)));
  await ukPairs();
  unPairs();
  if (!UNSEEN) {
    kzPairs();
    chinesePairs();
  }
  pairs.sort((x, y) => (x.category < y.category ? -1 : x.category > y.category ? 1 : x.id < y.id ? -1 : 1));
  mkdirSync(join(OUT, '..'), { recursive: true });
  writeFileSync(OUT, pairs.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const counts = new Map<string, [number, number]>();
  for (const p of pairs) {
    const c = counts.get(p.category) ?? [0, 0];
    c[p.label === 'match' ? 0 : 1]++;
    counts.set(p.category, c);
  }
  if (UNSEEN) console.log(`${used.size} list ids of pairs.jsonl's subjects left out (an OFAC number as SDN- and CONS-); ${droppedPrinted} pairs dropped for a name pairs.jsonl prints`);
  console.log(`${pairs.length} pairs → ${OUT} (${droppedSameName} different-entry pairs dropped: same name, see sameName)`);
  for (const [cat, [m, n]] of counts) console.log(`  ${cat.padEnd(32)} match ${m}  no-match ${n}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
