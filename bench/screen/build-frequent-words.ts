/**
 * Round 13: a frequency-driven vocabulary. Counts in how many distinct listed organisations each word of an
 * organisation's name occurs, and prints the frequent words the translation table (WORD_EQUIVALENTS, looked up by
 * the inflection-free stem of word-meanings.ts) does not yet translate, with the countries of the subjects they
 * occur in, so the Russian/Kazakh and Persian/Arabic organisation vocabulary can be read off and translated by hand
 * (lambdas/domain/screening/name-matching/frequent-words.ts). Nothing is written: the table is hand-made.
 *
 *   npx tsx bench/screen/build-frequent-words.ts                 # candidates seen in ≥ 3 subjects, all languages
 *   npx tsx bench/screen/build-frequent-words.ts --min 5 --top 600 --all
 *   npx tsx bench/screen/build-frequent-words.ts --check         # which list words the present table translates by
 *                                                                  # a row of frequent-words.ts (collision check)
 *   npx tsx bench/screen/build-frequent-words.ts --check general # the same for the rows of general-vocabulary.ts (round 15)
 *
 * Method.
 *  - Source: `loadSnapshot()` (OFAC SDN, OFAC consolidated, UN, BIS DPL, UK OFSI with its Cyrillic originals).
 *  - Subjects: entities only (not persons, vessels or aircraft), with every subject of a labelled pair excluded by
 *    round 10's rule (`minableEntities` of build-word-equivalences.ts: entry ids named by pairs.jsonl and
 *    pairs-2025.jsonl, all splits; `sameAs` links; any name that reads as a pair's `a` or `b`).
 *  - One company on several lists is one subject: entries linked by `sameAs` or sharing a name's reading (sorted
 *    phonetic keys, legal forms aside) are merged (union-find) before counting.
 *  - Words are read with the scorer's own `analyseName` (folding, Cyrillic transliteration, legal forms removed,
 *    phonetic keys); a word is counted by its `meaningStem`, the key the table is looked up by, so "zavoda",
 *    "zavod" and "zavodom" are one word. Numbers, initials, function words and keys shorter than 4 are skipped.
 *  - Dropped: words the table already translates (`meaningsOf`, also as a table word misspelt by one letter), and
 *    words seen in fewer than MIN_SUBJECTS subjects.
 *  - Language hint (the counts are printed; the choice is made by hand): `ru` when most subjects carrying the word
 *    are Russian/CIS (a Cyrillic name in the subject, or a RU/BY/KZ/UA/… country), `fa/ar` when most are Iranian or
 *    Arab/Afghan/Pakistani, else `other` (English, Chinese, Spanish … words and proper names: shown with --all).
 */
import type { ListedEntity } from '../../lambdas/domain/lists/listed-entity';
import { analyseName } from '../../lambdas/domain/screening/name-matching/analyse-name';
import { meaningStem, meaningsOf } from '../../lambdas/domain/screening/name-matching/word-meanings';
import { FREQUENT_WORDS } from '../../lambdas/domain/screening/name-matching/frequent-words';
import { phoneticKey } from '../../lambdas/domain/screening/name-matching/phonetic-key';
import { GENERAL_VOCABULARY_FIRST_ID, WORD_EQUIVALENTS } from '../../lambdas/domain/screening/name-matching/generic-words';
import { evaluationExclusions, minableEntities, namesOf } from './build-word-equivalences';
import { loadSnapshot } from './load-lists';
import { FRESH_PAIRS_PATH, loadPairs, PAIRS_PATH, UNSEEN_PAIRS_PATH } from './pairs';

export const MIN_SUBJECTS = 3;
const MIN_KEY = 4;

const CIS = new Set(['RU', 'BY', 'KZ', 'UA', 'UZ', 'KG', 'TJ', 'TM', 'AM', 'AZ', 'GE', 'MD']);
const PERSIAN_ARABIC = new Set(['IR', 'IQ', 'SY', 'LB', 'YE', 'SA', 'AE', 'OM', 'QA', 'KW', 'BH', 'JO', 'PS', 'EG', 'LY', 'SD', 'SO', 'AF', 'PK', 'DZ', 'TN', 'MA', 'ML', 'NE', 'MR']);

/** Merges one company's entries on several lists: `sameAs` links and equal name readings (union-find). */
export function subjectsOf(entities: ListedEntity[]): ListedEntity[][] {
  const parent = entities.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => (parent[find(i)] = find(j));
  const byId = new Map(entities.map((e, i) => [e.entryId, i]));
  const byReading = new Map<string, number>();
  entities.forEach((e, i) => {
    for (const s of e.sameAs ?? []) {
      const j = byId.get(s);
      if (j !== undefined) union(i, j);
    }
    for (const name of namesOf(e)) {
      const reading = analyseName(name, 'entity').tokens.map((t) => t.key).sort().join(' ');
      if (!reading) continue;
      const j = byReading.get(reading);
      if (j === undefined) byReading.set(reading, i);
      else union(i, j);
    }
  });
  const groups = new Map<number, ListedEntity[]>();
  entities.forEach((e, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    groups.set(r, g);
    g.push(e);
  });
  return [...groups.values()];
}

export interface Candidate {
  stem: string;
  subjects: number;
  /** Subjects that are Russian/CIS (a Cyrillic name, or a CIS country) and Iranian/Arab. */
  ru: number;
  faAr: number;
  lang: 'ru' | 'fa/ar' | 'other';
  forms: Array<[string, number]>;
  example: string;
}

const CYRILLIC = /[\u0400-\u04ff]/;

export function countWords(subjects: ListedEntity[][], minSubjects = MIN_SUBJECTS): Candidate[] {
  const stats = new Map<string, { subjects: number; ru: number; faAr: number; forms: Map<string, number>; example: string }>();
  for (const group of subjects) {
    const countries = new Set(group.flatMap((e) => e.countries));
    const cyr = group.some((e) => e.names.some((n) => CYRILLIC.test(n.value)));
    const isRu = cyr || [...countries].some((c) => CIS.has(c));
    const isFa = [...countries].some((c) => PERSIAN_ARABIC.has(c));
    const seen = new Map<string, string>();
    const forms = new Map<string, Set<string>>();
    for (const e of group) for (const name of namesOf(e)) {
      for (const t of analyseName(name, 'entity').tokens) {
        if (t.kind !== 'word' || t.pinyin || /\d/.test(t.text) || t.key.length < MIN_KEY) continue;
        const stem = meaningStem(t.key);
        if (!seen.has(stem)) seen.set(stem, name);
        const f = forms.get(stem) ?? new Set<string>();
        forms.set(stem, f);
        f.add(t.text);
      }
    }
    for (const [stem, name] of seen) {
      let s = stats.get(stem);
      if (!s) stats.set(stem, (s = { subjects: 0, ru: 0, faAr: 0, forms: new Map(), example: name }));
      s.subjects++;
      if (isRu) s.ru++;
      if (isFa) s.faAr++;
      for (const f of forms.get(stem)!) s.forms.set(f, (s.forms.get(f) ?? 0) + 1);
    }
  }
  const out: Candidate[] = [];
  for (const [stem, s] of stats) {
    if (s.subjects < minSubjects) continue;
    const forms = [...s.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    // Already translated by the table through its stem lookup (or as a table word misspelt by one letter).
    if (forms.some(([f]) => meaningsOf(phoneticKey(f), true))) continue;
    const lang = s.ru >= 0.6 * s.subjects ? 'ru' : s.faAr >= 0.6 * s.subjects ? 'fa/ar' : 'other';
    out.push({ stem, subjects: s.subjects, ru: s.ru, faAr: s.faAr, lang, forms, example: s.example });
  }
  return out.sort((a, b) => b.subjects - a.subjects || (a.stem < b.stem ? -1 : 1));
}

/**
 * Collision check: every word of every listed organisation's name (no subject excluded: a collision anywhere in
 * the lists matters) that the present table translates through a row of frequent-words.ts — by its stem, or as a
 * table word misspelt by one letter, exactly as the scorer looks it up (`meaningsOf(key, true)`) — grouped by row,
 * with the printed forms and how many entries print them. A form marked * is not written in the row: either an
 * inflection the stem rule reached, or a collision (MOORE for «more»), to be read by hand.
 */
function collisionReport(entities: ListedEntity[], general: boolean): void {
  // The rows of frequent-words.ts, or (`--check general`) those of round 15's general-vocabulary.ts after them.
  const [first, end] = general ? [GENERAL_VOCABULARY_FIRST_ID, WORD_EQUIVALENTS.length] : [GENERAL_VOCABULARY_FIRST_ID - FREQUENT_WORDS.length, GENERAL_VOCABULARY_FIRST_ID];
  const rows = new Map<number, Map<string, number>>();
  const seen = new Set<string>();
  for (const e of entities) {
    if (e.type === 'individual') continue;
    for (const name of namesOf(e)) for (const t of analyseName(name, 'entity').tokens) {
      if (t.kind !== 'word' || t.pinyin) continue;
      const ids = meaningsOf(t.key, true)?.filter((id) => id >= first && id < end);
      if (!ids?.length) continue;
      if (seen.has(`${e.entryId}|${t.text}`)) continue;
      seen.add(`${e.entryId}|${t.text}`);
      for (const id of ids) {
        const m = rows.get(id) ?? new Map<string, number>();
        rows.set(id, m);
        m.set(t.text, (m.get(t.text) ?? 0) + 1);
      }
    }
  }
  for (const [id, forms] of [...rows].sort((a, b) => a[0] - b[0])) {
    const row = WORD_EQUIVALENTS[id];
    const own = new Set(row.map((w) => w.toLowerCase()));
    const list = [...forms].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${own.has(f) ? '' : '*'}${f}:${n}`);
    console.log(`${row[0].padEnd(22)} ${list.join(' ')}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const num = (flag: string, d: number) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : d);
  const min = num('--min', MIN_SUBJECTS);
  const top = num('--top', 1000);
  const { entities, lists } = await loadSnapshot();
  if (args.includes('--check')) return collisionReport(entities, args[args.indexOf('--check') + 1] === 'general');
  const excl = evaluationExclusions([...loadPairs(PAIRS_PATH), ...loadPairs(UNSEEN_PAIRS_PATH)], loadPairs(FRESH_PAIRS_PATH));
  const { kept, byId, bySameAs, byName } = minableEntities(entities, excl);
  const organisations = kept.filter((e) => e.type === 'entity' || e.type === 'unknown');
  const subjects = subjectsOf(organisations);
  const candidates = countWords(subjects, min);
  const shown = candidates.filter((c) => args.includes('--all') || c.lang !== 'other');
  console.log(`# ${lists.join(', ')}`);
  console.log(`# ${entities.filter((e) => e.type === 'entity' || e.type === 'unknown').length} organisations listed; excluded as evaluation subjects: ${byId} by entry id, ${bySameAs} by sameAs, ${byName} by name (all non-persons)`);
  console.log(`# counted ${organisations.length} organisation entries = ${subjects.length} distinct subjects`);
  const byLang = (l: string) => candidates.filter((c) => c.lang === l).length;
  console.log(`# stems in ≥ ${min} subjects not translated by the table: ${candidates.length} (ru ${byLang('ru')}, fa/ar ${byLang('fa/ar')}, other ${byLang('other')})`);
  for (const c of shown.slice(0, top)) {
    const forms = c.forms.slice(0, 4).map(([f, n]) => `${f}:${n}`).join(' ');
    console.log(`${String(c.subjects).padStart(4)} ${c.lang.padEnd(5)} ru ${String(c.ru).padStart(3)} fa ${String(c.faAr).padStart(3)}  ${c.stem.padEnd(20)} ${forms.padEnd(60)} | ${c.example}`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
