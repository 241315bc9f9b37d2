import { parseBearingDesignation, type BearingDesignation } from './bearing-designations';
import { expandCodes } from './hs-code';
import type { Nomenclature } from './nomenclature';
import { anyTermIn, matchContext, TermIndex, type MatchContext, type Term } from './term-matcher';
import { detectLanguage, type GoodsLanguage } from './text-normalize';
import { CONCEPTS, PARTS_OF, type Code, type Concept } from './vocabulary';

/** A description read as goods: the HS 2022 subheadings it can be in, and why. */
export interface DescriptionReading {
  candidates: string[];
  hs6: string | null;
  heading: string | null;
  confidence: number;
  language: GoodsLanguage;
  /** The concept that named the goods (vocabulary id), if any. */
  conceptId?: string;
  /** Printed words and designations that decided the reading. */
  matched: string[];
  explanation: string;
}

type Zone = 'main' | 'purpose' | 'attribute';
interface ConceptMatch {
  concept: Concept;
  start: number;
  end: number;
  matched: string;
  termLength: number;
  zone: Zone;
}

export class VocabularyIndex {
  readonly index = new TermIndex<Concept>();
  constructor(readonly concepts: Concept[] = CONCEPTS) {
    for (const concept of concepts) for (const term of concept.terms) this.index.add(term, concept);
  }
}

// ── Zones: which parts of a description name the goods, and which only say what they are for or have ──
const CLAUSE_END = /[,;:()[\]，；：（）、。/]/u;
const FORWARD: Array<{ re: RegExp; zone: Zone }> = [
  { re: /(?<![\p{L}\p{N}])(?:для|к|ко|предназначенн\p{L}*|for|of|used in|used for|suitable for|to fit|intended for|designed for)(?![\p{L}\p{N}])/gu, zone: 'purpose' },
  { re: /(?<![\p{L}\p{N}])(?:с|со|включая|в комплекте|with|w\/|incl|including|containing)(?![\p{L}\p{N}])/gu, zone: 'attribute' },
  { re: /用于|适用于|供/gu, zone: 'purpose' },
];
// Kazakh postpositions and the Chinese 的/用 put the dependent words before the goods.
const BACKWARD: Array<{ re: RegExp; zone: Zone }> = [
  { re: /(?<![\p{L}])(?:арналған|үшін)(?![\p{L}])/gu, zone: 'purpose' },
  { re: /(?<![\p{L}])бар(?![\p{L}])/gu, zone: 'attribute' },
  // 用 marks purpose («机床用轴承»), but not inside words such as 万用表 (multimeter), 通用, 使用, 费用.
  { re: /的|专用|(?<![万通使作费应利信实])用(?![于品途户具])/gu, zone: 'purpose' },
];

function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) if (CLAUSE_END.test(text[i])) return i;
  return text.length;
}
function clauseStart(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i -= 1) if (CLAUSE_END.test(text[i])) return i + 1;
  return 0;
}

function zonesOf(text: string): Array<{ start: number; end: number; zone: Zone }> {
  const zones: Array<{ start: number; end: number; zone: Zone }> = [];
  for (const { re, zone } of FORWARD) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      let end = clauseEnd(text, start + m[0].length);
      const de = text.indexOf('的', start);
      if (/[\u4e00-\u9fff]/u.test(m[0]) && de >= 0 && de < end) end = de + 1;
      zones.push({ start, end, zone });
    }
  }
  for (const { re, zone } of BACKWARD) {
    for (const m of text.matchAll(re)) zones.push({ start: clauseStart(text, m.index ?? 0), end: (m.index ?? 0) + m[0].length, zone });
  }
  for (const m of text.matchAll(/[(（][^)）]*[)）]/gu)) zones.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, zone: 'attribute' });
  return zones;
}

const zoneAt = (zones: Array<{ start: number; end: number; zone: Zone }>, at: number): Zone =>
  zones.find((z) => at >= z.start && at < z.end && z.zone === 'purpose')?.zone ?? zones.find((z) => at >= z.start && at < z.end)?.zone ?? 'main';

/** Spans outside every purpose zone: where refinements of the goods may be read. */
function nonPurposeSpans(text: string, zones: Array<{ start: number; end: number; zone: Zone }>): Array<[number, number]> {
  const purpose = zones.filter((z) => z.zone === 'purpose').sort((a, b) => a.start - b.start);
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const z of purpose) {
    if (z.start > at) spans.push([at, z.start]);
    at = Math.max(at, z.end);
  }
  if (at < text.length) spans.push([at, text.length]);
  return spans;
}

// ── Matching concepts ──────────────────────────────────────────────────────────────────────────
/** "Part No.", "арт.", "модель" introduce identifiers, not goods: cut there so "part" is not read as parts. */
const IDENTIFIER_LABELS = /\b(?:part\s*(?:no|number|#)|p\/n|art(?:icle)?\s*no|model|item\s*no)\b\.?|(?<![\p{L}])(?:арт(?:икул)?|модель|марка|тип|каталожн\p{L}* номер)\.?(?![\p{L}])/giu;

function conceptMatches(ctx: MatchContext, vocab: VocabularyIndex): ConceptMatch[] {
  const zones = zonesOf(ctx.text);
  const raw = vocab.index.find(ctx).map(({ payload, hit, term }) => ({
    concept: payload, start: hit.start, end: hit.end, matched: hit.matched, termLength: termLength(term), zone: zoneAt(zones, hit.start),
  }));
  // Longest match wins where matches overlap ("подшипник скольжения" over "подшипник").
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || b.termLength - a.termLength);
  const kept: ConceptMatch[] = [];
  for (const m of raw) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  // "Spare parts: bearings": words before a colon are a heading for what follows it.
  const colon = ctx.text.search(/[:：]/u);
  if (colon > 0 && kept.some((m) => m.start > colon && !m.concept.partsOf)) {
    for (const m of kept) if (m.start < colon && m.zone === 'main') m.zone = 'attribute';
  }
  return kept.sort((a, b) => a.start - b.start);
}

const termLength = (t: Term) => (t instanceof RegExp ? t.source.length : t.length);
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|ыми|ими|ую|юю)$/;
const isAdjective = (m: ConceptMatch) => ADJECTIVE.test(m.matched.split(' ').pop() ?? '');

/**
 * The goods noun among the matches: highest rank, then by the language's word order — Russian puts the
 * goods first (and adjectives before it are not the goods), Kazakh and Chinese last, English last in the
 * first phrase ("bearing grease", but "Ball bearings, for motors").
 */
function pickHead(matches: ConceptMatch[], text: string, lang: GoodsLanguage): ConceptMatch | undefined {
  const head = pickByOrder(matches, text, lang);
  if (!head?.concept.umbrella) return head;
  const within = new Set((Array.isArray(head.concept.code) ? head.concept.code : [head.concept.code]).map((c) => c.slice(0, 4)));
  return matches.find((m) => m !== head && m.zone !== 'purpose' && within.has(firstHeading(m.concept.code))) ?? head;
}

function pickByOrder(matches: ConceptMatch[], text: string, lang: GoodsLanguage): ConceptMatch | undefined {
  let pool = ['main', 'attribute', 'purpose'].map((z) => matches.filter((m) => m.zone === z)).find((l) => l.length) ?? [];
  if (!pool.length) return undefined;
  // «антенный штекер», «пивоваренный ячмень»: a Russian adjective describes the noun, it is not the goods.
  if (lang === 'ru' && pool.some((m) => !isAdjective(m))) pool = pool.filter((m) => !isAdjective(m));
  const topRank = Math.max(...pool.map((m) => m.concept.rank ?? 2));
  const best = pool.filter((m) => (m.concept.rank ?? 2) === topRank);
  if (lang === 'kk' || lang === 'zh') return best[best.length - 1];
  if (lang === 'en') {
    const firstPhraseEnd = clauseEnd(text, 0);
    const inFirst = best.filter((m) => m.start < firstPhraseEnd);
    return inFirst.length ? inFirst[inFirst.length - 1] : best[0];
  }
  return best[0];
}

// ── Reading a description ──────────────────────────────────────────────────────────────────────
export function readDescription(text: string, vocab: VocabularyIndex, nom: Nomenclature): DescriptionReading {
  const language = detectLanguage(text);
  const ctx = matchContext(text.replace(IDENTIFIER_LABELS, ', '));
  const matches = conceptMatches(ctx, vocab);
  const head = pickHead(matches, ctx.text, language);
  const cyrillic = /[\u0400-\u04ff]/.test(ctx.text);

  if (!head || head.concept.designations === 'bearing') {
    const designation = parseBearingDesignation(ctx.text, cyrillic);
    if (!head) {
      if (designation?.distinctive) return fromDesignation(designation, language, nom, 0.8, 'no goods word, but');
      return fallback(text, language, nom);
    }
    return readConcept(head, matches, ctx, language, nom, designation);
  }
  return readConcept(head, matches, ctx, language, nom);
}

function readConcept(
  head: ConceptMatch, matches: ConceptMatch[], ctx: MatchContext, language: GoodsLanguage, nom: Nomenclature, designation?: BearingDesignation,
): DescriptionReading {
  const concept = head.concept;
  if (concept.partsOf) return readParts(head, matches, language, nom);
  if (head.zone === 'purpose') return readUnnamedFor(head, language, nom);
  const spans = nonPurposeSpans(ctx.text, zonesOf(ctx.text));
  const steps = [`«${head.matched}» → ${concept.label} (${describeCode(concept.code, nom)})`];
  const matched = [head.matched];

  for (const r of concept.refine ?? []) {
    const hit = anyTermIn(r.any, ctx, r.scope === 'all' ? undefined : spans);
    if (!hit) continue;
    const also = r.and ? anyTermIn(r.and, ctx, r.scope === 'all' ? undefined : spans) : undefined;
    if (r.and && !also) continue;
    matched.push(hit.matched, ...(also ? [also.matched] : []));
    steps.push(`«${hit.matched}»${also ? ` + «${also.matched}»` : ''} → ${r.label} (${describeCode(r.code, nom)})`);
    if (designation && !expandCodes(r.code, nom).some((c) => designation.candidates.includes(c))) {
      steps.push(`designation ${designation.designation} would read as ${designation.type}; the words printed decide`);
    }
    return reading(expandCodes(r.code, nom), 0.85, concept, matched, steps, language, nom);
  }
  if (designation) {
    matched.push(designation.designation);
    steps.push(designationStep(designation, nom));
    return reading(designation.candidates, designation.candidates.length === 1 ? 0.9 : 0.75, concept, matched, steps, language, nom);
  }
  const code = concept.defaultCode ?? concept.code;
  if (concept.defaultCode) steps.push(`nothing printed narrows it further: ${describeCode(code, nom)}`);
  const candidates = expandCodes(code, nom);
  return reading(candidates, candidates.length === 1 ? (concept.defaultCode ? 0.7 : 0.8) : 0.6, concept, matched, steps, language, nom);
}

function readParts(head: ConceptMatch, matches: ConceptMatch[], language: GoodsLanguage, nom: Nomenclature): DescriptionReading {
  const others = matches.filter((m) => m !== head && !m.concept.partsOf);
  const ordered = [...others.filter((m) => m.zone === 'purpose'), ...others.filter((m) => m.zone !== 'purpose')];
  for (const object of ordered) {
    const headingOf = firstHeading(object.concept.code);
    const rule = PARTS_OF.find((p) => p.headings.includes(headingOf));
    if (!rule) continue;
    const steps = [`«${head.matched}» of «${object.matched}» (${object.concept.label}) → ${rule.label} (${describeCode(rule.code, nom)})`];
    return reading(expandCodes(rule.code, nom), 0.75, head.concept, [head.matched, object.matched], steps, language, nom);
  }
  const steps = [`«${head.matched}»: parts of goods the description does not name, so no heading can be given`];
  return { candidates: [], hs6: null, heading: null, confidence: 0.2, language, conceptId: head.concept.id, matched: [head.matched], explanation: `description → ${steps.join('; ')}` };
}

/**
 * Only "for …" words were recognised («Полетный контроллер для БПЛА»): the goods are not named, but goods made
 * for a machine are most often its parts. Read as those parts at low confidence, so a control is only "possible".
 */
function readUnnamedFor(object: ConceptMatch, language: GoodsLanguage, nom: Nomenclature): DescriptionReading {
  const rule = PARTS_OF.find((p) => p.headings.includes(firstHeading(object.concept.code)));
  if (!rule) {
    const explanation = `description → goods not named, only what they are for («${object.matched}», ${object.concept.label}): not classified`;
    return { candidates: [], hs6: null, heading: null, confidence: 0, language, matched: [object.matched], explanation };
  }
  const steps = [`goods not named, only what they are for: «${object.matched}» (${object.concept.label}); read as ${rule.label} (${describeCode(rule.code, nom)}), to be confirmed`];
  return reading(expandCodes(rule.code, nom), 0.45, undefined, [object.matched], steps, language, nom);
}

const firstHeading = (code: Code) => (Array.isArray(code) ? code[0] ?? '' : code).slice(0, 4);

function fromDesignation(d: BearingDesignation, language: GoodsLanguage, nom: Nomenclature, confidence: number, lead: string): DescriptionReading {
  const steps = [`${lead} ${designationStep(d, nom)}`];
  return reading(d.candidates, d.candidates.length === 1 ? confidence : confidence - 0.1, undefined, [d.designation], steps, language, nom);
}

function designationStep(d: BearingDesignation, nom: Nomenclature): string {
  const alt = d.alternative ? ` (or ${d.alternative})` : '';
  return `designation ${d.designation} (${d.system}) → ${d.type}${alt} (${describeCode(d.candidates, nom)})`;
}

/** No vocabulary concept: the closest HS 2022 / TN VED heading text, at low confidence. */
function fallback(text: string, language: GoodsLanguage, nom: Nomenclature): DescriptionReading {
  const hit = language === 'zh' ? undefined : nom.search.best(text);
  // Two content words must meet one nomenclature text: one shared word («оборудование», «услуги») is noise.
  if (!hit || hit.score < 1.6 || hit.matched.length < 2) {
    return { candidates: [], hs6: null, heading: null, confidence: 0, language, matched: [], explanation: 'description → no goods word recognised; not classified' };
  }
  const candidates = nom.subheadingsOf.get(hit.heading) ?? [];
  const confidence = Math.min(0.45, 0.15 + hit.score / 10);
  const steps = [`closest nomenclature text for «${hit.matched.join(' ')}»: heading ${hit.heading} "${hit.text}" (word match only)`];
  return { ...reading(candidates, confidence, undefined, hit.matched, steps, language, nom), hs6: null };
}

function reading(
  candidates: string[], confidence: number, concept: Concept | undefined, matched: string[], steps: string[], language: GoodsLanguage, nom: Nomenclature,
): DescriptionReading {
  const headings = [...new Set(candidates.map((c) => c.slice(0, 4)))];
  return {
    candidates, hs6: candidates.length === 1 ? candidates[0] : null, heading: headings.length === 1 ? headings[0] : null,
    confidence, language, conceptId: concept?.id, matched: [...new Set(matched)],
    explanation: `description → ${steps.join('; ')}`,
  };
}

export function describeCode(code: Code, nom: Pick<Nomenclature, 'subheadings' | 'headings'>): string {
  const codes = Array.isArray(code) ? code : [code];
  if (codes.length === 1) {
    const c = codes[0];
    const text = c.length === 6 ? nom.subheadings.get(c) : nom.headings.get(c);
    return `${c.length === 6 ? `${c.slice(0, 4)}.${c.slice(4)}` : c}${text ? ` "${text}"` : ''}`;
  }
  return codes.map((c) => (c.length === 6 ? `${c.slice(0, 4)}.${c.slice(4)}` : c)).join(' | ');
}
