import type { Finding, Severity } from '../audit-record';
import type { GoodsLine } from '../invoice-model';
import { classifyGoods, type GoodsClassification } from './classify-goods';
import { dotted, type ControlHit } from './control-lists';
import type { GoodsData } from './load-goods-data';

export interface ScreenGoodsOptions {
  /** Only these list ids produce findings (default: every loaded list). */
  lists?: string[];
}

/**
 * One finding per control list that covers the line's goods. Severity: CHPL-tiered lists by tier
 * (1/2 high, others medium); a "possible" match (heading only, or words that contradict the code) low;
 * lists whose reach depends on jurisdiction (US EAR Supp. 4: items subject to the EAR) low.
 */
export function screenGoodsLine(line: GoodsLine, data: GoodsData, options: ScreenGoodsOptions = {}): Finding[] {
  const result = classifyGoods({ text: line.description, hsCode: line.hsCode }, data);
  return result.controls
    .filter((c) => !options.lists || options.lists.includes(c.list))
    .map((control) => toFinding(control, result, line, data));
}

function toFinding(control: ControlHit, result: GoodsClassification, line: GoodsLine, data: GoodsData): Finding {
  const list = data.controls.lists.find((l) => l.id === control.list);
  const what = result.hs6 ? `HS ${dotted(result.hs6)}` : result.heading ? `heading ${result.heading}` : `HS ${control.entryId}`;
  const printed = line.hsCode ? ` (printed code ${line.hsCode})` : '';
  const tier = control.tier ? `, tier ${control.tier}` : '';
  const summary = control.match === 'exact'
    ? `"${line.description}"${printed} is ${what}: on the ${control.list}${tier}`
    : `"${line.description}"${printed} may be on the ${control.list}${tier}: ${what} needs review`;
  const caveat = list?.caveat ? ` ${control.list}: ${list.caveat}.` : '';
  return {
    kind: 'goods',
    severity: severityOf(control, list?.findingSeverity ?? 'tier'),
    summary,
    list: control.list,
    listVersion: control.version,
    entryId: control.entryId,
    reason: `${result.explanation}. Entry: ${control.citation}.${caveat}`,
    evidence: line.evidence,
    tier: control.tier,
    hs6: result.hs6 ? dotted(result.hs6) : undefined,
  };
}

function severityOf(control: ControlHit, rule: 'tier' | 'low'): Severity {
  if (control.match === 'possible' || rule === 'low') return 'low';
  const tiers = (control.tier ?? '').split('/');
  return tiers.includes('1') || tiers.includes('2') ? 'high' : 'medium';
}
