import { isHan, normalizeText, tokenize, type Token } from './text-normalize';

/**
 * Vocabulary terms, written in the normalised form:
 * - Cyrillic or Latin words separated by spaces; each word matches a token that starts with it
 *   (so a Russian stem covers its case endings), or exactly when it ends with `$`;
 *   the words of a phrase must be consecutive tokens.
 * - Chinese text, matched as a substring (Chinese has no spaces to split on).
 * - A RegExp, tested on the whole normalised text (designations, part numbers).
 */
export type Term = string | RegExp;

export interface TermHit {
  start: number;
  end: number;
  /** The text that matched, as printed (normalised). */
  matched: string;
}

export interface MatchContext {
  text: string;
  tokens: Token[];
}

export function matchContext(raw: string): MatchContext {
  const text = normalizeText(raw);
  return { text, tokens: tokenize(text) };
}

type Compiled =
  | { kind: 'words'; words: Array<{ w: string; exact: boolean }>; gap?: boolean }
  | { kind: 'han'; text: string }
  | { kind: 'regex'; re: RegExp };

const compiled = new Map<Term, Compiled>();

function compile(term: Term): Compiled {
  const cached = compiled.get(term);
  if (cached) return cached;
  const result = compileUncached(term);
  compiled.set(term, result);
  return result;
}

function compileUncached(term: Term): Compiled {
  if (term instanceof RegExp) return { kind: 'regex', re: new RegExp(term.source, term.flags.includes('g') ? term.flags : `${term.flags}g`) };
  const text = normalizeText(term);
  if (isHan(text)) return { kind: 'han', text };
  // Terms with punctuation inside a word ("99,99", "тс-1", "multi-layer") cannot be token prefixes: match them in the text.
  if (/[^\p{L}\p{N} $]/u.test(text)) {
    const exact = text.endsWith('$');
    const body = (exact ? text.slice(0, -1) : text).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    return { kind: 'regex', re: new RegExp(`(?<![\\p{L}\\p{N}])${body}${exact ? '(?![\\p{L}\\p{N}])' : ''}`, 'gu') };
  }
  const words = text.split(' ').map((w) => (w.endsWith('$') ? { w: w.slice(0, -1), exact: true } : { w, exact: false }));
  return { kind: 'words', words };
}

/**
 * Russian puts an adjective after its noun as readily as before it («плата печатная», «подшипник шарнирный»):
 * a two-word Cyrillic phrase also matches in the other order.
 */
function variants(term: Term): Compiled[] {
  const c = compile(term);
  if (c.kind !== 'words' || c.words.length !== 2 || !/[\u0400-\u04ff]/.test(c.words[0].w)) return [c];
  return [c, { kind: 'words', words: [c.words[1], c.words[0]] }, { kind: 'words', words: c.words, gap: true }];
}

/** «кольцо внутреннее подшипника»: one adjective may stand between the two words of a Russian phrase. */
const RU_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|ыми|ими|ую|юю)$/;

const wordMatches = (token: string, word: { w: string; exact: boolean }) => (word.exact ? token === word.w : token.startsWith(word.w));

function hitsOf(c: Compiled, ctx: MatchContext, startToken?: number): TermHit[] {
  if (c.kind === 'regex') {
    return [...ctx.text.matchAll(c.re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, matched: m[0] }));
  }
  if (c.kind === 'han') {
    const hits: TermHit[] = [];
    for (let i = ctx.text.indexOf(c.text); i >= 0; i = ctx.text.indexOf(c.text, i + 1)) hits.push({ start: i, end: i + c.text.length, matched: c.text });
    return hits;
  }
  const hits: TermHit[] = [];
  const first = startToken ?? 0;
  const last = startToken ?? ctx.tokens.length - 1;
  if (c.gap) {
    for (let i = first; i <= last && i + 2 < ctx.tokens.length; i += 1) {
      const [a, mid, b] = [ctx.tokens[i], ctx.tokens[i + 1], ctx.tokens[i + 2]];
      if (wordMatches(a.text, c.words[0]) && RU_ADJECTIVE.test(mid.text) && wordMatches(b.text, c.words[1])) {
        hits.push({ start: a.start, end: b.end, matched: ctx.text.slice(a.start, b.end) });
      }
    }
    return hits;
  }
  for (let i = first; i <= last && i + c.words.length <= ctx.tokens.length; i += 1) {
    if (c.words.every((w, j) => wordMatches(ctx.tokens[i + j].text, w))) {
      const end = ctx.tokens[i + c.words.length - 1].end;
      hits.push({ start: ctx.tokens[i].start, end, matched: ctx.text.slice(ctx.tokens[i].start, end) });
    }
  }
  return hits;
}

/** Whether any of the terms occurs in the text, optionally only inside the given character spans. */
export function anyTermIn(terms: Term[], ctx: MatchContext, spans?: Array<[number, number]>): TermHit | undefined {
  for (const term of terms) {
    for (const hit of variants(term).flatMap((c) => hitsOf(c, ctx))) {
      if (!spans || spans.some(([s, e]) => hit.start >= s && hit.end <= e)) return hit;
    }
  }
  return undefined;
}

/**
 * Many terms with payloads, indexed so that one description is matched in microseconds:
 * word terms by the first two letters of their first word, Chinese terms by their first character.
 */
export class TermIndex<P> {
  private readonly byWordKey = new Map<string, Array<{ c: Compiled; payload: P; term: Term }>>();
  private readonly byHanChar = new Map<string, Array<{ c: Compiled; payload: P; term: Term }>>();
  private readonly regexes: Array<{ c: Compiled; payload: P; term: Term }> = [];

  add(term: Term, payload: P): void {
    for (const c of variants(term)) {
      const entry = { c, payload, term };
      if (c.kind === 'regex') this.regexes.push(entry);
      else if (c.kind === 'han') push(this.byHanChar, [...c.text].find(isHan) ?? c.text[0], entry);
      else push(this.byWordKey, c.words[0].w.slice(0, 2), entry);
    }
  }

  find(ctx: MatchContext): Array<{ payload: P; hit: TermHit; term: Term }> {
    const found: Array<{ payload: P; hit: TermHit; term: Term }> = [];
    ctx.tokens.forEach((token, i) => {
      for (const e of this.byWordKey.get(token.text.slice(0, 2)) ?? []) {
        for (const hit of hitsOf(e.c, ctx, i)) found.push({ payload: e.payload, hit, term: e.term });
      }
    });
    const seenHan = new Set<string>();
    for (const ch of ctx.text) {
      if (seenHan.has(ch) || !isHan(ch)) continue;
      seenHan.add(ch);
      for (const e of this.byHanChar.get(ch) ?? []) for (const hit of hitsOf(e.c, ctx)) found.push({ payload: e.payload, hit, term: e.term });
    }
    for (const e of this.regexes) for (const hit of hitsOf(e.c, ctx)) found.push({ payload: e.payload, hit, term: e.term });
    return found;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
