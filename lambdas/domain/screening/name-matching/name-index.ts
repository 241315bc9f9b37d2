/**
 * In-memory search over listed names and aliases. Candidates come from an inverted index of word keys,
 * their one-deletion neighbourhoods (typos) and consonant skeletons (vowel drift), so a query touches only
 * the names that share something with it; those are scored in full by scoreAnalysed.
 */
import type { EntityType, ListedEntity, ListedName, NameStrength } from '../../lists/listed-entity';
import { analyseName, buildJoins, joinsOf, nameReadings, type AnalysedName, type NameType, type NameUnit } from './analyse-name';
import { countryCode } from './countries';
import { compareLegalForms, LEGAL_FORM_BY_CODE } from './legal-forms';
import { canonicalScheme, checkDigitValid, isGenericScheme, normaliseIdentifier, type QueryIdentifier } from './identifiers';
import { skeletonKey } from './phonetic-key';
import { DEFAULT_PARAMS, scoreAnalysed, type AlignedPair, type NameScore, type ScoringParams, type SimilarityCache } from './score-names';

export type Decision = 'match' | 'review' | 'clear';

export interface SearchQuery {
  name: string;
  type?: EntityType;
  country?: string;
  identifiers?: QueryIdentifier[];
}

export interface SearchOptions {
  limit?: number;
  /** Hits scoring below are dropped; defaults to the review threshold. */
  minScore?: number;
  params?: ScoringParams;
}

export interface IdentifierEvidence {
  scheme: string;
  value: string;
  outcome: 'exact' | 'contradicts';
  /** The listed identifiers compared, as "SCHEME VALUE". */
  listed: string[];
  /** False when the query's value fails its check digit (often an OCR or typing error). */
  checkDigitValid?: boolean;
}

export interface CountryEvidence {
  query?: string;
  listed: string[];
  outcome: 'consistent' | 'contradicts' | 'unknown';
}

export interface Hit {
  entryId: string;
  list: string;
  programs: string[];
  entityType: EntityType;
  matchedName: { value: string; strength: NameStrength; kind: ListedName['kind'] };
  queryNormalized: string;
  listedNormalized: string;
  alignment: AlignedPair[];
  nameScore: number;
  nameExplanation: string;
  identifierEvidence: IdentifierEvidence[];
  countryEvidence: CountryEvidence;
  score: number;
  decision: Decision;
  explanation: string;
}

interface IndexedName {
  entity: number;
  name: ListedName;
  analysed: AnalysedName;
}

/** Factors applied to the name score. */
const WEAK_ALIAS = 0.9;
const IDENTIFIER_CONTRADICTION = 0.8;
const COUNTRY_CONTRADICTION = 0.9;
const TYPE_CONTRADICTION = 0.85;

/** Candidate-generation similarity estimates (the full scorer decides; these only rank). */
const EST_EXACT = 1;
const EST_DELETION = 0.85;
const EST_SKELETON = 0.75;
/** Words weighing less than this ("of", "al", initials) do not pull in candidates. */
const MIN_RECALL_WEIGHT = 0.2;
const MIN_DELETION_LENGTH = 4;
/** Candidates must carry this share of the query's weight, and this share of the best candidate's. */
const CANDIDATE_SHARE = 0.3;
const CANDIDATE_RELATIVE = 0.5;
const MAX_CANDIDATES = 24;
const MIN_SKELETON_LENGTH = 5;

function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

const isNumberKey = (k: string) => /^\d+$/.test(k);

export class NameIndex {
  private readonly entities: ListedEntity[];
  private readonly names: IndexedName[] = [];
  /** Unit key → key id; postings of key id k are postingData[postingStart[k] .. postingStart[k + 1]). */
  private readonly keyIds = new Map<string, number>();
  private readonly postingStart: Int32Array;
  private readonly postingData: Int32Array;
  /** Word key with one character deleted → key ids (a number when there is one, the common case). */
  private readonly deletionIndex = new Map<string, number | number[]>();
  private readonly skeletonIndex = new Map<string, number | number[]>();
  private readonly byIdentifier = new Map<string, number[]>();
  private readonly unitIds = new Map<string, number>();
  private readonly countryCodes: string[][];
  /** Legal forms printed in any of an entity's names: an alias printed without one still belongs to an LLC. */
  private readonly entityForms: string[][] = [];
  /** Index of each entity's first (strongest) indexed name. */
  private readonly firstName: number[] = [];
  // Scratch arrays for candidate accumulation, reused across queries (single-threaded).
  private readonly acc: Float32Array;
  private readonly stamp: Int32Array;
  private readonly best: Float32Array;
  /** Names touched by the current query, in first-touch order (scratch, reused). */
  private readonly touched: Int32Array;
  private stampCounter = 0;
  /** Scratch map of near key ids for one query unit, reused (cleared) across units and queries. */
  private readonly near = new Map<number, number>();

  constructor(entities: ListedEntity[]) {
    this.entities = entities;
    const raw = new Map<string, number[]>();
    const wordKeys = new Set<string>();
    entities.forEach((entity, ei) => {
      const seen = new Set<string>();
      // Primary first, weak last, so duplicates keep the strongest wording.
      const order = { primary: 0, strong: 1, weak: 2 } as const;
      const readings = [...entity.names]
        .sort((a, b) => order[a.strength] - order[b.strength])
        .flatMap((name) => nameReadings(name.value, true).map((value) => ({ name, value })));
      for (const { name, value } of readings) {
        const analysed = analyseName(value, entity.type as NameType);
        if (analysed.tokens.length === 0 || seen.has(analysed.normalized)) continue;
        seen.add(analysed.normalized);
        const ni = this.names.push({ entity: ei, name, analysed }) - 1;
        this.firstName[ei] ??= ni;
        for (const form of analysed.legalForms) (this.entityForms[ei] ??= []).includes(form) || this.entityForms[ei].push(form);
        for (const unit of analysed.tokens) {
          this.intern(unit);
          if (unit.kind === 'word' || unit.kind === 'patronymic') wordKeys.add(unit.key);
          if (unit.adj) wordKeys.add(unit.adj);
        }
        for (const key of this.recallKeys(analysed)) {
          const list = raw.get(key);
          if (!list) raw.set(key, [ni]);
          else if (list[list.length - 1] !== ni) list.push(ni);
        }
      }
      for (const id of entity.identifiers) {
        const value = normaliseIdentifier(id.value);
        if (value.length < 5) continue;
        const list = this.byIdentifier.get(value) ?? [];
        list.push(ei);
        this.byIdentifier.set(value, list);
      }
    });
    let total = 0;
    for (const list of raw.values()) total += list.length;
    this.postingStart = new Int32Array(raw.size + 1);
    this.postingData = new Int32Array(total);
    let offset = 0;
    for (const [key, list] of raw) {
      const k = this.keyIds.size;
      this.keyIds.set(key, k);
      this.postingStart[k] = offset;
      this.postingData.set(list, offset);
      offset += list.length;
      if (!wordKeys.has(key)) continue;
      if (key.length >= MIN_DELETION_LENGTH) for (const d of deletions(key)) pushId(this.deletionIndex, d, k);
      if (key.length >= MIN_SKELETON_LENGTH) pushId(this.skeletonIndex, skeletonKey(key), k);
    }
    this.postingStart[raw.size] = offset;
    this.countryCodes = entities.map((e) => [...new Set([...e.countries, ...e.addresses.map((a) => a.country ?? '')].filter(Boolean).map(countryCode))]);
    this.acc = new Float32Array(this.names.length);
    this.stamp = new Int32Array(this.names.length).fill(-1);
    this.best = new Float32Array(this.names.length);
    this.touched = new Int32Array(this.names.length);
  }

  /** Listed names indexed (after de-duplicating an entity's identical spellings). */
  get size(): number {
    return this.names.length;
  }

  private intern(unit: NameUnit): void {
    // Meanings depend on the name's type as well as the key (persons' names get none): keep them apart.
    // Place-adjective stems likewise (never set for persons' names).
    const id = (unit.alt ? `${unit.key}|${unit.alt}` : unit.key) + (unit.meanings ? '|m' : '') + (unit.adj ? '|a' : '');
    let n = this.unitIds.get(id);
    if (n === undefined) {
      n = this.unitIds.size;
      this.unitIds.set(id, n);
    }
    unit.id = n;
  }

  private recallKeys(analysed: AnalysedName): string[] {
    const keys: string[] = [];
    for (const unit of analysed.tokens) {
      if (unit.weight < MIN_RECALL_WEIGHT || unit.kind === 'initial') continue;
      keys.push(unit.key);
      if (unit.alt) keys.push(unit.alt);
      // "URALSKIY …" is found from "Ural …", and (below) "Уральский …" finds "URAL …".
      if (unit.adj) keys.push(unit.adj);
    }
    // Join keys are indexed but the join units are not kept: the scorer rebuilds them for the few candidates it needs.
    for (const join of buildJoins(analysed.tokens, analysed.han)) keys.push(join.key);
    return keys;
  }

  /** Listed key ids near a query key, each with an estimate of how near. */
  private nearKeys(key: string, near: Map<number, number>): void {
    const exact = this.keyIds.get(key);
    if (exact !== undefined) addNear(near, exact, EST_EXACT);
    if (isNumberKey(key)) return;
    if (key.length >= MIN_DELETION_LENGTH) {
      for (let i = 0; i < key.length; i++) {
        const d = key.slice(0, i) + key.slice(i + 1);
        const shorter = this.keyIds.get(d);
        if (shorter !== undefined) addNear(near, shorter, EST_DELETION);
        addAllNear(near, this.deletionIndex.get(d), EST_DELETION);
      }
      addAllNear(near, this.deletionIndex.get(key), EST_DELETION);
    }
    if (key.length >= MIN_SKELETON_LENGTH) addAllNear(near, this.skeletonIndex.get(skeletonKey(key)), EST_SKELETON);
  }

  /** Names sharing something with the query, best first, with their share of the query's weight. */
  private candidates(query: AnalysedName, max: number): number[] {
    const touched = this.touched;
    let nTouched = 0;
    let total = 0;
    for (const t of query.tokens) total += t.weight;
    const near = this.near;
    const joins = joinsOf(query);
    const n = query.tokens.length + joins.length;
    for (let u = 0; u < n; u++) {
      const unit = u < query.tokens.length ? query.tokens[u] : joins[u - query.tokens.length];
      const single = unit.kind !== 'join';
      if (single && (unit.weight < MIN_RECALL_WEIGHT || unit.kind === 'initial')) continue;
      near.clear();
      if (single) this.nearKeys(unit.key, near);
      else {
        // Joins exist to bridge spacing ("al qaeda"/"alqaeda"): exact lookups suffice.
        const k = this.keyIds.get(unit.key);
        if (k !== undefined) near.set(k, EST_EXACT);
      }
      if (unit.alt) this.nearKeys(unit.alt, near);
      if (unit.adj) this.nearKeys(unit.adj, near);
      const s = ++this.stampCounter;
      for (const [k, est] of near) {
        const contribution = est * unit.weight;
        const end = this.postingStart[k + 1];
        for (let i = this.postingStart[k]; i < end; i++) {
          const n = this.postingData[i];
          if (this.stamp[n] !== s) {
            if (this.stamp[n] < 0) touched[nTouched++] = n;
            this.stamp[n] = s;
            this.best[n] = contribution;
            this.acc[n] += contribution;
          } else if (contribution > this.best[n]) {
            this.acc[n] += contribution - this.best[n];
            this.best[n] = contribution;
          }
        }
      }
    }
    // Score the names that cover a fair share of the query, and of those only the ones close to the best:
    // a query that hits one name squarely need not score thirty near-misses.
    const acc = this.acc;
    let bestAcc = 0;
    for (let i = 0; i < nTouched; i++) if (acc[touched[i]] > bestAcc) bestAcc = acc[touched[i]];
    const floor = Math.max(CANDIDATE_SHARE * total, CANDIDATE_RELATIVE * bestAcc);
    // The `max` best by share, ties in the order first touched: what a stable sort of all names above the
    // floor followed by slice(0, max) gives, kept in a short sorted list instead (a common word touches thousands).
    const out: number[] = [];
    for (let i = 0; i < nTouched; i++) {
      const n = touched[i];
      const a = acc[n];
      if (!(a >= floor)) continue;
      if (out.length < max) out.push(n);
      else if (acc[out[max - 1]] >= a) continue;
      else out[max - 1] = n;
      let j = out.length - 1;
      while (j > 0 && acc[out[j - 1]] < a) {
        out[j] = out[j - 1];
        j--;
      }
      out[j] = n;
    }
    for (let i = 0; i < nTouched; i++) (acc[touched[i]] = 0), (this.stamp[touched[i]] = -1);
    return out;
  }

  search(query: SearchQuery, options: SearchOptions = {}): Hit[] {
    const params = options.params ?? DEFAULT_PARAMS;
    const limit = options.limit ?? 10;
    const minScore = options.minScore ?? params.reviewThreshold;
    const bestByEntity = new Map<number, { name: IndexedName; score: NameScore; adjusted: number }>();
    // Each reading of the query (see nameReadings: ";"-separated names, the name without bracketed parts).
    const readings = nameReadings(query.name).map((value) => analyseName(value, (query.type ?? 'unknown') as NameType));
    const analysed = readings[0];
    for (const reading of readings) {
      const cache: SimilarityCache = [];
      for (const ni of this.candidates(reading, Math.max(MAX_CANDIDATES, limit * 2))) {
        const name = this.names[ni];
        const score = scoreAnalysed(reading, name.analysed, params, cache);
        const adjusted = score.score * (name.name.strength === 'weak' ? WEAK_ALIAS : 1);
        const prev = bestByEntity.get(name.entity);
        if (!prev || adjusted > prev.adjusted) bestByEntity.set(name.entity, { name, score, adjusted });
      }
    }
    const idHits = this.identifierHits(query.identifiers ?? []);
    for (const ei of idHits) {
      if (bestByEntity.has(ei)) continue;
      const primary = this.firstName[ei] === undefined ? undefined : this.names[this.firstName[ei]];
      if (primary) bestByEntity.set(ei, { name: primary, score: scoreAnalysed(analysed, primary.analysed, params), adjusted: 0 });
    }
    const scored = [...bestByEntity].map(([ei, best]) => ({ ei, best, final: this.finalScore(ei, best, query, params) }));
    const hits: Hit[] = [];
    for (const s of scored) if (s.final >= minScore) hits.push(this.toHit(s.ei, s.best, query, params));
    hits.sort((a, b) => b.score - a.score || (a.entryId < b.entryId ? -1 : 1));
    return hits.slice(0, limit);
  }

  private identifierHits(identifiers: QueryIdentifier[]): Set<number> {
    const out = new Set<number>();
    for (const id of identifiers) for (const ei of this.byIdentifier.get(normaliseIdentifier(id.value)) ?? []) out.add(ei);
    return out;
  }

  private identifierEvidence(entity: ListedEntity, identifiers: QueryIdentifier[]): IdentifierEvidence[] {
    const out: IdentifierEvidence[] = [];
    for (const id of identifiers) {
      const scheme = canonicalScheme(id.scheme);
      const value = normaliseIdentifier(id.value);
      const valid = checkDigitValid(scheme, value);
      const check = valid === undefined ? {} : { checkDigitValid: valid };
      const listed = entity.identifiers.map((l) => ({ scheme: canonicalScheme(l.scheme), value: normaliseIdentifier(l.value) }));
      const exact = listed.filter((l) => l.value === value && (l.scheme === scheme || isGenericScheme(l.scheme) || isGenericScheme(scheme)));
      if (exact.length) {
        out.push({ scheme, value, outcome: 'exact', listed: exact.map((l) => `${l.scheme} ${l.value}`), ...check });
        continue;
      }
      const sameScheme = isGenericScheme(scheme) ? [] : listed.filter((l) => l.scheme === scheme);
      if (sameScheme.length) out.push({ scheme, value, outcome: 'contradicts', listed: sameScheme.map((l) => `${l.scheme} ${l.value}`), ...check });
    }
    return out;
  }

  private countryEvidence(ei: number, country: string | undefined): CountryEvidence {
    const listed = this.countryCodes[ei];
    if (!country) return { listed, outcome: 'unknown' };
    const code = countryCode(country);
    if (listed.length === 0) return { query: code, listed, outcome: 'unknown' };
    return { query: code, listed, outcome: listed.includes(code) ? 'consistent' : 'contradicts' };
  }

  /**
   * When the name that matched prints no legal form but the query does, the entity's other names may:
   * "Krokus Nanoelektronika AG" must not match an LLC through its form-less alias.
   */
  private entityLegalFactor(ei: number, best: { name: IndexedName; score: NameScore }, params: ScoringParams): { factor: number; reason?: string } {
    const queryForms = best.score.legalForm.query;
    const forms = this.entityForms[ei];
    if (!queryForms.length || best.score.legalForm.listed.length || !forms?.length) return { factor: 1 };
    const verdict = compareLegalForms(queryForms, forms);
    const label = (codes: string[]) => codes.map((c) => LEGAL_FORM_BY_CODE.get(c)?.label ?? c).join('/');
    if (verdict === 'contradiction') {
      return { factor: params.legalContradiction, reason: `legal forms contradict the entity's other names (${label(queryForms)} vs ${label(forms)}) ×${params.legalContradiction}` };
    }
    if (verdict === 'same-family') {
      return { factor: params.legalSameFamily, reason: `legal forms differ within one family from the entity's other names (${label(queryForms)} vs ${label(forms)}) ×${params.legalSameFamily}` };
    }
    return { factor: 1 };
  }

  /** The final score alone, so candidates below minScore are never explained. */
  private finalScore(ei: number, best: { name: IndexedName; score: NameScore; adjusted: number }, query: SearchQuery, params: ScoringParams): number {
    return this.weighEvidence(ei, best, query, params).score;
  }

  /**
   * The name score adjusted by what else is known: an exact identifier makes it 1; the entity's legal forms, a
   * contradicting identifier, country or subject type lower it. With `reasons`, each step is said there.
   */
  private weighEvidence(ei: number, best: { name: IndexedName; score: NameScore; adjusted: number }, query: SearchQuery, params: ScoringParams, reasons?: string[]) {
    const entity = this.entities[ei];
    const identifierEvidence = query.identifiers?.length ? this.identifierEvidence(entity, query.identifiers) : [];
    const countryEvidence = this.countryEvidence(ei, query.country);
    const exact = identifierEvidence.find((e) => e.outcome === 'exact');
    if (exact) {
      reasons?.push(`identifier ${exact.scheme} ${exact.value} equals listed ${exact.listed.join(', ')}: a match whatever the name`);
      return { score: 1, identifierEvidence, countryEvidence };
    }
    let score = best.adjusted;
    const legal = this.entityLegalFactor(ei, best, params);
    score *= legal.factor;
    if (legal.reason) reasons?.push(legal.reason);
    const contradicting = identifierEvidence.filter((e) => e.outcome === 'contradicts');
    if (contradicting.length) {
      score *= IDENTIFIER_CONTRADICTION;
      reasons?.push(`identifier contradicts (${contradicting.map((e) => `${e.scheme} ${e.value} vs listed ${e.listed.join(', ')}`).join('; ')}) ×${IDENTIFIER_CONTRADICTION}`);
    }
    if (countryEvidence.outcome === 'contradicts') {
      score *= COUNTRY_CONTRADICTION;
      reasons?.push(`country ${countryEvidence.query} not among listed ${countryEvidence.listed.join(', ')} ×${COUNTRY_CONTRADICTION}`);
    }
    if (query.type && query.type !== 'unknown' && entity.type !== 'unknown' && query.type !== entity.type) {
      score *= TYPE_CONTRADICTION;
      reasons?.push(`query is ${query.type}, listed subject is ${entity.type} ×${TYPE_CONTRADICTION}`);
    }
    return { score, identifierEvidence, countryEvidence };
  }

  private toHit(ei: number, best: { name: IndexedName; score: NameScore; adjusted: number }, query: SearchQuery, params: ScoringParams): Hit {
    const entity = this.entities[ei];
    const reasons: string[] = [];
    if (best.name.name.strength === 'weak') reasons.push(`weak alias ×${WEAK_ALIAS}`);
    const { score, identifierEvidence, countryEvidence } = this.weighEvidence(ei, best, query, params, reasons);
    if (countryEvidence.outcome === 'consistent') reasons.push(`country ${countryEvidence.query} consistent with the listing`);
    const decision: Decision = score >= params.matchThreshold ? 'match' : score >= params.reviewThreshold ? 'review' : 'clear';
    const nameKind = best.name.name.kind === 'primary' ? 'primary name' : `${best.name.name.strength} alias (${best.name.name.kind})`;
    return {
      entryId: entity.entryId,
      list: entity.list,
      programs: entity.programs,
      entityType: entity.type,
      matchedName: { value: best.name.name.value, strength: best.name.name.strength, kind: best.name.name.kind },
      queryNormalized: best.score.queryNormalized,
      listedNormalized: best.score.listedNormalized,
      alignment: best.score.alignment,
      nameScore: best.score.score,
      nameExplanation: best.score.explanation,
      identifierEvidence,
      countryEvidence,
      score,
      decision,
      explanation:
        `${decision.toUpperCase()} ${score.toFixed(2)}: ${entity.list} ${entity.entryId} via ${nameKind} "${best.name.name.value}"; ` +
        `name ${best.score.score.toFixed(2)} — ${best.score.explanation.split('; ').slice(1).join('; ')}` +
        (reasons.length ? `; ${reasons.join('; ')}` : '') +
        `; programs ${entity.programs.join(', ') || 'n/a'}`,
    };
  }
}

function addNear(near: Map<number, number>, k: number, est: number): void {
  if ((near.get(k) ?? 0) < est) near.set(k, est);
}

function addAllNear(near: Map<number, number>, ids: number | number[] | undefined, est: number): void {
  if (ids === undefined) return;
  if (typeof ids === 'number') addNear(near, ids, est);
  else for (const k of ids) addNear(near, k, est);
}

function pushId(map: Map<string, number | number[]>, key: string, id: number): void {
  const found = map.get(key);
  if (found === undefined) map.set(key, id);
  else if (typeof found === 'number') {
    if (found !== id) map.set(key, [found, id]);
  } else if (found[found.length - 1] !== id) found.push(id);
}
