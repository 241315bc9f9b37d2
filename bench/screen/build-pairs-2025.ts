/**
 * Builds a second, never-tuned labelled set tests/fixtures/name-matching/pairs-2025.jsonl (splits "fresh-tune" /
 * "fresh-holdout" by subject since round 8, see freshSplitOf; each record carries its subject's ent_num).
 * Dev tool: reads ../shared/data/lists (OFAC sdn.csv of May 2024, alt.csv/add.csv of late 2025); tests and
 * benchmarks read only the committed fixture. Deterministic (seeded). Run:
 *   npx tsx bench/screen/build-pairs-2025.ts
 *
 * Subjects: OFAC SDN entries designated after the May 2024 sdn.csv (ent_num > 48907, no row in sdn.csv, not on
 * the non-SDN consolidated list), i.e. subjects that no existing pair (pairs.jsonl) and no list in the matcher's
 * snapshot contains (the project's OFAC parser drops aliases without a main record). An entry is also dropped
 * when one of its names equals a name printed in pairs.jsonl (same words, legal forms aside).
 *
 * The primary names of these entries are not available (sdn.csv predates them), so every real pair is
 * alias ↔ alias: `a` is the later alias (higher alt_num), `b` the earlier one. The entry type is not available
 * either: a name printed "SURNAME, Given" with lower-case letters is a person, every other name an entity
 * (vessels and aircraft included, as build-pairs.ts maps them).
 *
 * Categories and record shape are those of build-pairs.ts ({id, a, b, type, label, category, made, split}):
 * ofac-alias-variant / ofac-alias-rename (real aliases), person-order, person-initials, legal-form-variant,
 * typo, ocr-homoglyph (generated from one name per entry, with the same generators), and the negatives
 * different-entry-shared-words, different-person-shared-name (different entries sharing a word, preferring
 * entries with an address in the same country, add.csv), legal-form-contradiction and random-different.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { REPO } from './load-lists';
import { CONTRADICTING, HOMOGLYPH, informative, OCR, plainWords, RU_FORMS, sameLetters, sameName, seededRandom, shareWord, typo, wordKey } from './pair-helpers';
import { loadPairs, type LabelledPair as Pair } from './pairs';

const SHARED = process.env.SHARED_LISTS ?? join(REPO, '..', 'shared', 'data', 'lists');
export const FRESH_OUT = join(REPO, 'tests', 'fixtures', 'name-matching', 'pairs-2025.jsonl');
/** Highest ent_num of the May 2024 sdn.csv. */
const LAST_SDN_2024 = 48907;
/** At most this many alias pairs per entry (an entry with 8 aliases would otherwise give 28). */
const MAX_ALIAS_PAIRS_PER_ENTRY = 6;

// ---------- deterministic randomness ----------
const { rand, pick, sample } = seededRandom(20251224);

const isPersonName = (s: string) => /^[^,]+, [^,]*[a-z]/.test(s);

// ---------- the fresh subjects ----------
interface Entry {
  ent: number;
  type: Pair['type'];
  names: Array<{ value: string; kind: string; altNum: number }>;
  countries: Set<string>;
}

const readCsv = (path: string): string[][] =>
  parse(readFileSync(path, 'utf-8').replace(/\u001a/g, ''), { relax_quotes: true, relax_column_count: true, skip_empty_lines: true, trim: false });
const clean = (s: string | undefined) => (s ?? '').trim().replace(/^-0-$/, '').replace(/\s+/g, ' ');

const stats = { excludedUsed: 0, droppedSameName: 0 };

function loadFresh(): Entry[] {
  const inSdn2024 = new Set(readCsv(join(SHARED, 'ofac_sdn', 'sdn.csv')).map((r) => clean(r[0])));
  const inCons = new Set(readCsv(join(SHARED, 'ofac_non_sdn', 'cons_prim.csv')).map((r) => clean(r[0])));
  const entries = new Map<number, Entry>();
  for (const [entNum, altNum, kind, name] of readCsv(join(SHARED, 'ofac_sdn_addresses_aliases', 'alt.csv'))) {
    const ent = Number(clean(entNum));
    const value = clean(name);
    if (!Number.isInteger(ent) || ent <= LAST_SDN_2024 || inSdn2024.has(String(ent)) || inCons.has(String(ent)) || !value) continue;
    const e = entries.get(ent) ?? { ent, type: 'entity' as Pair['type'], names: [], countries: new Set<string>() };
    if (!e.names.some((n) => n.value === value)) e.names.push({ value, kind: clean(kind).toLowerCase() || 'aka', altNum: Number(clean(altNum)) });
    entries.set(ent, e);
  }
  for (const [entNum, , , , country] of readCsv(join(SHARED, 'ofac_sdn_addresses_aliases', 'add.csv'))) {
    const c = clean(country);
    if (c) entries.get(Number(clean(entNum)))?.countries.add(c);
  }
  // Names printed in the existing pairs: an entry printing one of them is not a new subject.
  const used = new Set<string>();
  for (const p of loadPairs()) for (const s of [p.a, p.b]) used.add(wordKey(s));
  const fresh: Entry[] = [];
  for (const e of [...entries.values()].sort((x, y) => x.ent - y.ent)) {
    if (e.names.some((n) => used.has(wordKey(n.value)))) {
      stats.excludedUsed++;
      continue;
    }
    e.names.sort((x, y) => x.altNum - y.altNum);
    e.type = e.names.filter((n) => isPersonName(n.value)).length * 2 > e.names.length ? 'individual' : 'entity';
    fresh.push(e);
  }
  return fresh;
}

// ---------- output ----------
const pairs: Pair[] = [];
const seen = new Set<string>();
/**
 * Round 8: the fresh set is split by subject into "fresh-tune" (rules may be learnt from it) and "fresh-holdout"
 * (read only at the end). The half is a hash of the subject's ent_num: both names of a real pair and every generated
 * variant belong to one entry; a different-entry negative goes with its lower ent_num.
 */
export function freshSplitOf(entNum: number): 'fresh-tune' | 'fresh-holdout' {
  return createHash('sha1').update(`fresh-split|${entNum}`).digest()[0] < 128 ? 'fresh-tune' : 'fresh-holdout';
}
function add(p: Omit<Pair, 'id' | 'split' | 'ent_num'>, ents: number[]): void {
  if (!p.a.trim() || !p.b.trim() || p.a === p.b && p.label === 'no-match') return;
  const dedupe = `${p.a}\u0000${p.b}`;
  if (seen.has(dedupe)) return;
  seen.add(dedupe);
  const id = createHash('sha1').update(`${p.category}|${p.a}|${p.b}`).digest('hex').slice(0, 12);
  const ent_num = Math.min(...ents);
  pairs.push({ id, ...p, split: freshSplitOf(ent_num), ent_num });
}

// ---------- positives: two aliases of one entry ----------
function aliasPairs(entries: Entry[]): void {
  for (const e of entries) {
    const all: Array<[number, number]> = [];
    for (let j = 1; j < e.names.length; j++) {
      for (let i = 0; i < j; i++) if (!sameLetters(e.names[i].value, e.names[j].value)) all.push([i, j]);
    }
    const chosen = all.length > MAX_ALIAS_PAIRS_PER_ENTRY ? sample(all, MAX_ALIAS_PAIRS_PER_ENTRY).sort((x, y) => x[1] - y[1] || x[0] - y[0]) : all;
    for (const [i, j] of chosen) {
      const [older, later] = [e.names[i], e.names[j]];
      const shared = shareWord(older.value, later.value);
      add({
        a: later.value, b: older.value, type: e.type, label: 'match', category: shared ? 'ofac-alias-variant' : 'ofac-alias-rename',
        made: `OFAC alt.csv 2025: ${later.kind} vs ${older.kind} of ${e.ent} (designated after May 2024; alias vs alias, primary name not available${shared ? '; share a word' : '; no shared word: acronym, rename or translation'})`,
      }, [e.ent]);
    }
  }
}

// ---------- negatives: different entries ----------
function differentEntries(entries: Entry[]): void {
  const byWord = new Map<string, Array<[Entry, string]>>();
  for (const e of entries) {
    for (const n of e.names) {
      for (const w of new Set(informative(n.value))) {
        const list = byWord.get(w) ?? [];
        if (!list.some(([x]) => x === e)) list.push([e, n.value]);
        byWord.set(w, list);
      }
    }
  }
  const allNames = (e: Entry) => new Set(e.names.map((n) => plainWords(n.value).sort().join(' ')));
  const sameCountry = (a: Entry, b: Entry) => [...a.countries].some((c) => b.countries.has(c));
  const candidates: Array<[Entry, string, Entry, string, number]> = [];
  for (const [, list] of byWord) {
    if (list.length < 2 || list.length > 60) continue;
    for (let k = 0; k < Math.min(list.length, 6); k++) {
      const [a, nameA] = pick(list);
      const others = list.filter(([x]) => x !== a && x.type === a.type);
      if (!others.length) continue;
      const near = others.filter(([x]) => sameCountry(a, x));
      const [b, nameB] = pick(near.length ? near : others);
      const namesA = allNames(a);
      if ([...allNames(b)].some((n) => namesA.has(n))) continue;
      const wa = new Set(informative(nameA));
      const wb = informative(nameB);
      candidates.push([a, nameA, b, nameB, wb.filter((w) => wa.has(w)).length / Math.max(wa.size, wb.length)]);
    }
  }
  const hardFirst = (xs: typeof candidates, n: number) => {
    const hard = sample(xs.filter((c) => c[4] >= 0.5), Math.round(n * 0.6));
    return [...hard, ...sample(xs.filter((c) => c[4] < 0.5), n - hard.length)];
  };
  const country = (a: Entry, b: Entry) => (sameCountry(a, b) ? `, same address country (${[...a.countries].filter((c) => b.countries.has(c)).join('/')})` : '');
  for (const [a, nameA, b, nameB] of hardFirst(candidates.filter(([a]) => a.type !== 'individual'), 450)) {
    if (sameName(nameA, nameB) && ++stats.droppedSameName) continue;
    add({ a: nameA, b: nameB, type: a.type, label: 'no-match', category: 'different-entry-shared-words', made: `OFAC 2025 ${a.ent} vs ${b.ent}: different entries sharing a word${country(a, b)}` }, [a.ent, b.ent]);
  }
  for (const [a, nameA, b, nameB] of hardFirst(candidates.filter(([a]) => a.type === 'individual'), 260)) {
    if (sameName(nameA, nameB) && ++stats.droppedSameName) continue;
    add({ a: nameA, b: nameB, type: 'individual', label: 'no-match', category: 'different-person-shared-name', made: `OFAC 2025 ${a.ent} vs ${b.ent}: different persons sharing a name part${country(a, b)}` }, [a.ent, b.ent]);
  }
  for (let k = 0; k < 130; k++) {
    const a = pick(entries);
    const b = pick(entries);
    const nameA = pick(a.names).value;
    const nameB = pick(b.names).value;
    if (a === b || shareWord(nameA, nameB)) continue;
    add({ a: nameA, b: nameB, type: 'unknown', label: 'no-match', category: 'random-different', made: `OFAC 2025 ${a.ent} vs ${b.ent}: random pair` }, [a.ent, b.ent]);
  }
}

// ---------- generated variants of one name per entry (the generators of build-pairs.ts) ----------
function personVariants(entries: Entry[]): void {
  const commaNames = entries.flatMap((e) => {
    const n = e.names.find((x) => /^[^,]+, [^,]+$/.test(x.value));
    return e.type === 'individual' && n ? [[e, n.value] as const] : [];
  });
  for (const [e, name] of sample(commaNames, 150)) {
    const [last, given] = name.split(', ');
    const first = given.split(' ')[0];
    const variant = pick([`${first} ${last}`, `${last} ${first}`, `${given} ${last}`, `${first.toUpperCase()} ${last.toUpperCase()}`]);
    add({ a: variant, b: name, type: 'individual', label: 'match', category: 'person-order', made: `OFAC 2025 ${e.ent} alias re-ordered, middle names/patronymic dropped` }, [e.ent]);
  }
  for (const [e, name] of sample(commaNames, 50)) {
    const [last, given] = name.split(', ');
    add({ a: `${given[0]}. ${last}`, b: name, type: 'individual', label: 'match', category: 'person-initials', made: `OFAC 2025 ${e.ent} given names reduced to an initial` }, [e.ent]);
  }
}

function legalFormPairs(entries: Entry[]): void {
  const found: Array<[Entry, string, string, string[], string]> = [];
  for (const e of entries) {
    if (e.type !== 'entity') continue;
    const hit = e.names.flatMap((n) => RU_FORMS.map(([re, code, templates]) => [n.value, n.value.match(re), code, templates] as const)).find(([, m]) => m && m[1].length > 3);
    if (!hit) continue;
    const [name, m, code, templates] = hit;
    found.push([e, name, m![1], templates.map((t) => t.replace('$', m![1])), code]);
  }
  for (const [e, name, , variants] of sample(found, 120)) {
    add({ a: pick(variants), b: name, type: 'entity', label: 'match', category: 'legal-form-variant', made: `OFAC 2025 ${e.ent} with its legal form written another way` }, [e.ent]);
  }
  for (const [e, name, core, , code] of sample(found, 100)) {
    add({ a: pick(CONTRADICTING[code]).replace('$', core), b: name, type: 'entity', label: 'no-match', category: 'legal-form-contradiction', made: `OFAC 2025 ${e.ent} core name with a legal form of another kind (policy: another company)` }, [e.ent]);
  }
  const noForm = (n: string) => !/\b(LLC|L\.L\.C|LTD|LIMITED|AG|GMBH|JSC|OJSC|PJSC|CJSC|OOO|OAO|ZAO|PAO|AO|FZE|FZC|FZCO|PLC|INC|CORP|CO|S\.?A|SAL|LLP|TOO|COMPANY|JOINT|STOCK|SOCIEDAD|SOCIETATEA|ANONIM|SIRKETI)\b/i.test(n);
  const bare = entries.flatMap((e) => (e.type === 'entity' && informative(e.names[0].value).length >= 2 && noForm(e.names[0].value) ? [e] : []));
  for (const [x, y] of [['AG', 'GmbH'], ['GmbH', 'AG'], ['LLC', 'JSC'], ['FZE', 'LLC'], ['Ltd', 'AG']]) {
    for (const e of sample(bare, 6)) {
      const core = e.names[0].value.replace(/[.,]+$/, '');
      add({ a: `${core} ${x}`, b: `${core} ${y}`, type: 'entity', label: 'no-match', category: 'legal-form-contradiction', made: `OFAC 2025 ${e.ent} core name as ${x} vs ${y}` }, [e.ent]);
    }
  }
}

function corruptions(entries: Entry[]): void {
  const names = entries.map((e) => [e, e.names[0].value] as const).filter(([, n]) => /^[\x20-\x7e]+$/.test(n) && informative(n).some((w) => w.length >= 5));
  for (const [e, name] of sample(names, 200)) {
    const words = name.split(' ');
    const targets = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}[,.]?$/.test(w));
    if (!targets.length) continue;
    const [w, i] = pick(targets);
    words[i] = typo(w.replace(/[,.]$/, ''), rand) + (/[,.]$/.test(w) ? w.slice(-1) : '');
    add({ a: words.join(' '), b: name, type: e.type, label: 'match', category: 'typo', made: `OFAC 2025 ${e.ent} with one keyboard typo (deletion/insertion/substitution/transposition)` }, [e.ent]);
  }
  for (const [e, name] of sample(names, 150)) {
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
    add({ a, b: name, type: e.type, label: 'match', category: 'ocr-homoglyph', made: `OFAC 2025 ${e.ent} with an OCR confusion (0/O, 1/l/I, rn/m, 5/S, 8/B) or Cyrillic look-alike letters` }, [e.ent]);
  }
}

function main(): void {
  const entries = loadFresh();
  aliasPairs(entries);
  differentEntries(entries);
  personVariants(entries);
  legalFormPairs(entries);
  corruptions(entries);
  // No pair of the existing set is repeated.
  const old = new Set(loadPairs().map((p) => `${p.a}\u0000${p.b}`));
  const out = pairs.filter((p) => !old.has(`${p.a}\u0000${p.b}`));
  out.sort((x, y) => (x.category < y.category ? -1 : x.category > y.category ? 1 : x.id < y.id ? -1 : 1));
  mkdirSync(join(FRESH_OUT, '..'), { recursive: true });
  writeFileSync(FRESH_OUT, out.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const counts = new Map<string, [number, number]>();
  for (const p of out) {
    const c = counts.get(p.category) ?? [0, 0];
    c[p.label === 'match' ? 0 : 1]++;
    counts.set(p.category, c);
  }
  const persons = entries.filter((e) => e.type === 'individual').length;
  console.log(`${entries.length} fresh entries (${persons} persons, ${entries.length - persons} entities/vessels; ${entries.filter((e) => e.names.length > 1).length} with two or more aliases); ${stats.excludedUsed} entries left out: a name printed in pairs.jsonl`);
  console.log(`${out.length} pairs → ${FRESH_OUT} (${out.filter((p) => p.label === 'match').length} match, ${out.filter((p) => p.label === 'no-match').length} no-match; ${stats.droppedSameName} different-entry pairs dropped: same name)`);
  for (const [cat, [m, n]] of [...counts].sort()) console.log(`  ${cat.padEnd(32)} match ${m}  no-match ${n}`);
}

main();
