/**
 * Core of `doc-audit match-names --jsonl`: one JSON object per input line ({"a","b","type"?}), one result
 * per output line ({"score","match","explanation"}), computed by scoreNames and nothing else. A line that
 * cannot be read yields {"error"} in its place so outputs stay aligned with inputs.
 */
import type { NameType } from './analyse-name';
import { scoreNames } from './score-names';

const TYPES = new Set<NameType>(['individual', 'entity', 'vessel', 'aircraft', 'unknown']);

export function matchNamesJsonl(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    try {
      const input = JSON.parse(line) as { a?: unknown; b?: unknown; type?: unknown };
      if (typeof input.a !== 'string' || typeof input.b !== 'string') throw new Error('expected string fields "a" and "b"');
      if (input.type !== undefined && !TYPES.has(input.type as NameType)) throw new Error(`unknown type ${JSON.stringify(input.type)}`);
      const r = scoreNames(input.a, input.b, input.type ? { type: input.type as NameType } : {});
      out.push(JSON.stringify({ score: Math.round(r.score * 10000) / 10000, match: r.match, explanation: r.explanation }));
    } catch (error) {
      out.push(JSON.stringify({ error: (error as Error).message }));
    }
  }
  return out;
}
