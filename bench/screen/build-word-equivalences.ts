/**
 * Round 10: mines word equivalences ("porokhovoi" ↔ "powder", "trubnaya" ↔ "pipe") from the lists themselves and
 * writes bench/screen/mined-word-equivalences.ts, plus the evidence of every mined pair in
 * tests/fixtures/name-matching/mined-word-equivalences-evidence.json (the round-10 test checks it against the labelled pairs).
 *
 * NOT ADOPTED (README, Round 10): given to the scorer as extra meanings (aligned at 0.85 or 0.90), no setting of
 * MIN_CONTEXTS / MAX_LEFTOVER / MIN_SHARE raised fresh-tune F1 without lowering old-tune F1. The scorer does not read
 * the table; it stays in bench/screen so the experiment can be repeated.
 *
 *   npx tsx bench/screen/build-word-equivalences.ts            # regenerate both files
 *   npx tsx bench/screen/build-word-equivalences.ts --dry      # print what would be mined, write nothing
 *
 * Method. For every listed subject that is not a person (persons' names never get meanings) and is not excluded (below),
 * every two of its names are read with the scorer's own reading (`analyseName`: transliteration, phonetic keys, legal
 * forms removed). Words with the same key, spelling variants (key similarity ≥ 0.8, a place adjective with its place)
 * and words the hand-written table already translates are aligned; the names must share at least one distinctive word
 * (weight ≥ 0.5: the anchor), and the words (not function words) left over must be as many on each side (at most
 * MAX_LEFTOVER), paired in print order. Each such word pair is a candidate. A candidate is kept when it is seen in
 * at least MIN_CONTEXTS distinct subjects (entries that share a distinctive aligned word count once, so one company on
 * two lists is one subject), makes up at least MIN_SHARE of the subjects where either word was left over, and no
 * hand-written row already pairs the words. Deterministic: lists are read in a fixed order and the
 * output is sorted.
 *
 * Leakage. A subject is excluded from mining when
 *  (a) its entry id is named by a labelled pair: every `ent_num` of pairs-2025.jsonl and both ent_nums printed in the
 *      `made` field of its different-entry negatives (as SDN-n and CONS-n), and every id printed in pairs.jsonl's
 *      `made` field (SDN-n, UK OFSI group n → UK-OFSI-n, UN reference → UN-ref); all splits, both files;
 *  (b) it states `sameAs` an excluded entry (or an excluded entry states it);
 *  (c) any of its names reads as the same words, legal forms aside, as the `a` or `b` of any labelled pair (sorted
 *      phonetic keys of `analyseName`), or as the same distinctive words (weight ≥ 0.5, sorted; when there are any).
 * (c) catches the same subject on another list (UK OFSI, UN, OFAC consolidated, BIS) under another id.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListedEntity } from '../../lambdas/domain/lists/listed-entity';
import { analyseName, type NameUnit } from '../../lambdas/domain/screening/name-matching/analyse-name';
import { keySimilarity } from '../../lambdas/domain/screening/name-matching/token-similarity';
import { meaningStem, meaningsOf as handMeaningsOf, sameMeaning } from '../../lambdas/domain/screening/name-matching/word-meanings';
import { loadSnapshot } from './load-lists';
import { FRESH_PAIRS_PATH, loadPairs, PAIRS_PATH, UNSEEN_PAIRS_PATH, type LabelledPair } from './pairs';

/** A word pair must be seen in at least this many distinct subjects. 1–3 were measured (README, Round 10); none was adopted. */
export const MIN_CONTEXTS = 2;
/** At most this many leftover words on each side, paired in print order (1: a single substitution only). */
export const MAX_LEFTOVER = 6;
/** A pair must be at least this share of the subjects where either word was left over (with any partner). */
export const MIN_SHARE = 0.3;
/** Leftover words below this key length are not mined ("al", "el", single letters). */
const MIN_KEY_LENGTH = 3;
/** Spelling variants: the scorer aligns these by itself; they are aligned before leftovers are taken. */
const VARIANT_SIMILARITY = 0.8;
const DISTINCTIVE_WEIGHT = 0.5;

export const MINED_MODULE_PATH = join(__dirname, 'mined-word-equivalences.ts');
export const EVIDENCE_PATH = join(__dirname, '..', '..', 'tests', 'fixtures', 'name-matching', 'mined-word-equivalences-evidence.json');

const PARENTHESISED = /\s*[(（][^()（）]*[)）]/g;

/** The words of a name as the exclusion compares them: all keys sorted, and the distinctive keys sorted ('' when none). */
export function exclusionKeys(raw: string): string[] {
  const tokens = analyseName(raw, 'entity').tokens;
  const all = tokens.map((t) => t.key).sort().join(' ');
  const distinctive = tokens.filter((t) => t.kind === 'word' && t.weight >= DISTINCTIVE_WEIGHT).map((t) => t.key).sort().join(' ');
  return distinctive && distinctive !== all ? [all, `d:${distinctive}`] : [all];
}

export interface Exclusions {
  ids: Set<string>;
  names: Set<string>;
}

/** Entry ids and name readings of every subject any labelled pair (both files, every split) is made from. */
export function evaluationExclusions(oldPairs: LabelledPair[], freshPairs: LabelledPair[]): Exclusions {
  const ids = new Set<string>();
  const names = new Set<string>();
  const addOfac = (n: number | string) => {
    ids.add(`SDN-${n}`);
    ids.add(`CONS-${n}`);
  };
  for (const p of freshPairs) {
    if (p.ent_num !== undefined) addOfac(p.ent_num);
    for (const m of p.made.matchAll(/OFAC 2025 (\d+)(?: vs (\d+))?/g)) {
      addOfac(m[1]);
      if (m[2]) addOfac(m[2]);
    }
  }
  for (const p of oldPairs) {
    for (const m of p.made.matchAll(/\b(SDN|CONS)-(\d+)/g)) addOfac(m[2]);
    for (const m of p.made.matchAll(/group (\d+)/g)) ids.add(`UK-OFSI-${m[1]}`);
    for (const m of p.made.matchAll(/\bUN ([A-Z]{2}[a-z]\.\d+)/g)) ids.add(`UN-${m[1]}`);
  }
  for (const p of [...oldPairs, ...freshPairs]) for (const raw of [p.a, p.b]) for (const k of exclusionKeys(raw)) names.add(k);
  return { ids, names };
}

/** The names of an entity as mined: ';' fields split, bracketed parts removed, duplicates dropped. */
export function namesOf(entity: ListedEntity): string[] {
  const out = new Set<string>();
  for (const n of entity.names) for (const part of n.value.split(';')) {
    const bare = part.replace(PARENTHESISED, ' ').replace(/\s+/g, ' ').trim();
    if (bare) out.add(bare);
  }
  return [...out];
}

/** The subjects left for mining: not persons, not excluded by id, by `sameAs`, or by name. */
export function minableEntities(entities: ListedEntity[], excl: Exclusions): { kept: ListedEntity[]; byId: number; bySameAs: number; byName: number } {
  const ids = new Set(excl.ids);
  // sameAs both ways, to a fixed point (a few passes at most).
  for (let changed = true; changed;) {
    changed = false;
    for (const e of entities) {
      const linked = e.sameAs ?? [];
      if (ids.has(e.entryId)) {
        for (const s of linked) if (!ids.has(s)) (ids.add(s), (changed = true));
      } else if (linked.some((s) => ids.has(s))) (ids.add(e.entryId), (changed = true));
    }
  }
  let byId = 0;
  let bySameAs = 0;
  let byName = 0;
  const kept: ListedEntity[] = [];
  for (const e of entities) {
    if (e.type === 'individual') continue;
    if (excl.ids.has(e.entryId)) {
      byId++;
      continue;
    }
    if (ids.has(e.entryId)) {
      bySameAs++;
      continue;
    }
    if (e.names.some((n) => exclusionKeys(n.value).some((k) => excl.names.has(k)))) {
      byName++;
      continue;
    }
    kept.push(e);
  }
  return { kept, byId, bySameAs, byName };
}

/** Words that can be mined: words and function words, no numbers; not one-letter initials. */
const minable = (t: NameUnit) => (t.kind === 'word' || t.kind === 'function') && !/\d/.test(t.text);

/**
 * The leftover word pairs of two names of one subject. Equal keys, spelling variants and hand-written translations
 * are aligned first; at least one word must align (the anchor), and the words left over must be as many on each
 * side (at most `maxLeftover`); they are paired in print order (a translated name keeps its words' order:
 * "nauchno proizvodstvennoe" / "scientific production"). Returns the stem pairs (each sorted) and the anchors
 * that are distinctive words (weight ≥ 0.5), which tell one subject from another when counting support.
 */
export function leftoverPairs(a: string, b: string, type: ListedEntity['type'], maxLeftover = MAX_LEFTOVER): { pairs: Array<[string, string]>; anchors: string[] } {
  const none = { pairs: [], anchors: [] };
  const ta = analyseName(a, type).tokens.filter(minable);
  const tb = analyseName(b, type).tokens.filter(minable);
  if (!ta.length || !tb.length) return none;
  const usedA = new Array<boolean>(ta.length).fill(false);
  const usedB = new Array<boolean>(tb.length).fill(false);
  const anchors: NameUnit[] = [];
  ta.forEach((x, i) => {
    const j = tb.findIndex((y, k) => !usedB[k] && y.key === x.key);
    if (j >= 0) ((usedA[i] = usedB[j] = true), anchors.push(x));
  });
  const close: Array<[number, number, number]> = [];
  ta.forEach((x, i) => tb.forEach((y, j) => {
    if (usedA[i] || usedB[j]) return;
    let sim = sameMeaning(handMeaningsOf(x.key), handMeaningsOf(y.key)) ? 1 : keySimilarity(x.key, y.key);
    // A place adjective and its place ("tambovskii" / "tambov") are one word here, as in the scorer.
    if (sim < VARIANT_SIMILARITY && (x.adj || y.adj)) sim = keySimilarity(x.adj ?? x.key, y.adj ?? y.key);
    if (sim >= VARIANT_SIMILARITY) close.push([sim, i, j]);
  }));
  close.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  for (const [, i, j] of close) if (!usedA[i] && !usedB[j]) ((usedA[i] = usedB[j] = true), anchors.push(ta[i]));
  const distinctive = anchors.filter((t) => t.kind === 'word' && t.weight >= DISTINCTIVE_WEIGHT).map((t) => t.key);
  if (!distinctive.length) return none;
  // Function words ("and", "of", "for") are left out of the leftovers: they are not translated one for one.
  const la = ta.filter((t, i) => !usedA[i] && t.kind === 'word');
  const lb = tb.filter((t, j) => !usedB[j] && t.kind === 'word');
  if (la.length !== lb.length || la.length === 0 || la.length > maxLeftover) return none;
  const pairs: Array<[string, string]> = [];
  la.forEach((wa, k) => {
    const x = wa.key;
    const y = lb[k].key;
    if (x.length < MIN_KEY_LENGTH || y.length < MIN_KEY_LENGTH) return;
    const sx = meaningStem(x);
    const sy = meaningStem(y);
    if (sx === sy) return;
    pairs.push(sx < sy ? [sx, sy] : [sy, sx]);
  });
  return { pairs, anchors: [...new Set(distinctive)].sort() };
}

export interface MinedPair {
  a: string;
  b: string;
  /** Distinct subjects: supporting entries that share a distinctive aligned word are counted once (one company on two lists). */
  contexts: number;
  /** Every supporting entry: entry id and the two names the pair was read from. */
  evidence: Array<[string, string, string]>;
}

/** How many distinct subjects support a pair: entries linked by a shared distinctive anchor are one subject (union-find). */
export function distinctSubjects(support: Array<{ entryId: string; anchors: Set<string> }>): number {
  const parent = support.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byAnchor = new Map<string, number>();
  support.forEach((s, i) => {
    for (const a of s.anchors) {
      const j = byAnchor.get(a);
      if (j === undefined) byAnchor.set(a, i);
      else parent[find(i)] = find(j);
    }
  });
  return new Set(support.map((_, i) => find(i))).size;
}

/** Mines the table from subjects already filtered by `minableEntities`. */
export function mineWordEquivalences(entities: ListedEntity[], minContexts = MIN_CONTEXTS, maxLeftover = MAX_LEFTOVER, minShare = MIN_SHARE): MinedPair[] {
  const found = new Map<string, Map<string, { anchors: Set<string>; evidence: [string, string, string] }>>();
  for (const e of entities) {
    if (e.type === 'individual') continue;
    const names = namesOf(e);
    for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) {
      const { pairs, anchors } = leftoverPairs(names[i], names[j], e.type, maxLeftover);
      for (const [x, y] of pairs) {
        const id = `${x}|${y}`;
        let row = found.get(id);
        if (!row) found.set(id, (row = new Map()));
        let mine = row.get(e.entryId);
        if (!mine) row.set(e.entryId, (mine = { anchors: new Set(), evidence: [e.entryId, names[i], names[j]] }));
        for (const a of anchors) mine.anchors.add(a);
      }
    }
  }
  // How many subjects each word was left over in, with any partner: a word left over against many different
  // words ("company" ↔ group, corporation, trading, services, lines) is a descriptor that varies, not a translation.
  const leftoverIn = new Map<string, Set<string>>();
  for (const [id, row] of found) for (const w of id.split('|')) {
    const set = leftoverIn.get(w) ?? new Set<string>();
    leftoverIn.set(w, set);
    for (const entryId of row.keys()) set.add(entryId);
  }
  const out: MinedPair[] = [];
  for (const [id, row] of found) {
    const support = [...row].map(([entryId, m]) => ({ entryId, anchors: m.anchors }));
    const contexts = distinctSubjects(support);
    if (contexts < minContexts) continue;
    const [a, b] = id.split('|');
    if (row.size < minShare * Math.max(leftoverIn.get(a)!.size, leftoverIn.get(b)!.size)) continue;
    if (sameMeaning(handMeaningsOf(a), handMeaningsOf(b))) continue;
    out.push({ a, b, contexts, evidence: [...row.values()].map((m) => m.evidence) });
  }
  return out.sort((x, y) => y.contexts - x.contexts || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
}

async function main(): Promise<void> {
  const dry = process.argv.includes('--dry');
  const minArg = process.argv.indexOf('--min');
  const min = minArg >= 0 ? Number(process.argv[minArg + 1]) : MIN_CONTEXTS;
  const { entities, lists } = await loadSnapshot();
  const excl = evaluationExclusions([...loadPairs(PAIRS_PATH), ...loadPairs(UNSEEN_PAIRS_PATH)], loadPairs(FRESH_PAIRS_PATH));
  const { kept, byId, bySameAs, byName } = minableEntities(entities, excl);
  const kArg = process.argv.indexOf('--k');
  const maxLeftover = kArg >= 0 ? Number(process.argv[kArg + 1]) : MAX_LEFTOVER;
  const shareArg = process.argv.indexOf('--share');
  const minShare = shareArg >= 0 ? Number(process.argv[shareArg + 1]) : MIN_SHARE;
  const mined = mineWordEquivalences(kept, min, maxLeftover, minShare);
  const organisations = entities.filter((e) => e.type !== 'individual').length;
  const summary = `${organisations} non-person subjects; excluded ${byId} by entry id, ${bySameAs} by sameAs, ${byName} by name; mined from ${kept.length}`;
  console.log(`${summary}; ${mined.length} pairs seen in ≥ ${min} contexts`);
  for (const m of mined) console.log(`${String(m.contexts).padStart(3)} ${m.a} = ${m.b}   e.g. ${m.evidence[0][1]} | ${m.evidence[0][2]}`);
  if (dry) return;
  const rows = mined.map((m) => `  [${JSON.stringify(m.a)}, ${JSON.stringify(m.b)}, ${m.contexts}],`).join('\n');
  writeFileSync(MINED_MODULE_PATH, `// Generated by bench/screen/build-word-equivalences.ts (round 10; --min ${min} --k ${maxLeftover} --share ${minShare}); do not edit by hand.
// Read from ${lists.join(', ')}.
// ${summary}.
// Each row: two inflection-free word stems (phonetic keys, see word-meanings.ts meaningStem) that were the only
// words left over between two names of one subject, after equal words, spelling variants and hand-written
// translations were aligned; kept when seen in at least ${min} distinct subjects (the count is the third field).
// Subjects of the labelled pairs (pairs.jsonl, pairs-2025.jsonl) were excluded by entry id, sameAs and name.
// Evidence per row: tests/fixtures/name-matching/mined-word-equivalences-evidence.json.
// NOT ADOPTED (bench/screen/README.md, Round 10): the scorer does not read this table.
export const MINED_MIN_CONTEXTS = ${min};
export const MINED_WORD_EQUIVALENCES: ReadonlyArray<readonly [string, string, number]> = [
${rows}
];
`);
  writeFileSync(EVIDENCE_PATH, JSON.stringify({ minContexts: min, maxLeftover, minShare, lists, pairs: mined.map((m) => ({ a: m.a, b: m.b, contexts: m.contexts, evidence: m.evidence })) }, null, 1) + '\n');
  console.log(`wrote ${MINED_MODULE_PATH} and ${EVIDENCE_PATH}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

/** The evidence file written next to the table (read by tests/unit/name-matching/round10-rules.test.ts). */
export const readEvidence = () => JSON.parse(readFileSync(EVIDENCE_PATH, 'utf-8')) as { minContexts: number; pairs: MinedPair[] };
