import { classifyGoods } from './classify-goods';
import type { GoodsData } from './load-goods-data';

/**
 * The core of `doc-audit classify-goods --jsonl`: one input line `{"text", "hsCode"?}` → one output line
 * `{"hs6", "heading", "confidence", "controls"}` (plus `source` and `explanation`). Blank lines are skipped;
 * a line that is not valid input gives `{"error"}` so output lines stay aligned with input lines.
 */
export function classifyGoodsJsonl(lines: string[], data: GoodsData): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    let input: { text?: unknown; hsCode?: unknown };
    try {
      input = JSON.parse(line) as { text?: unknown; hsCode?: unknown };
    } catch (e) {
      out.push(JSON.stringify({ error: `not JSON: ${(e as Error).message}` }));
      continue;
    }
    if (typeof input.text !== 'string' || (input.hsCode !== undefined && typeof input.hsCode !== 'string' && typeof input.hsCode !== 'number')) {
      out.push(JSON.stringify({ error: 'expected {"text": string, "hsCode"?: string}' }));
      continue;
    }
    const r = classifyGoods({ text: input.text, hsCode: input.hsCode === undefined ? undefined : String(input.hsCode) }, data);
    out.push(JSON.stringify({
      hs6: r.hs6, heading: r.heading, confidence: Number(r.confidence.toFixed(2)), source: r.source,
      controls: r.controls.map(({ list, tier, annex, citation, version, match, entryId }) => ({ list, tier, annex, citation, version, match, entryId })),
      explanation: r.explanation,
    }));
  }
  return out;
}
