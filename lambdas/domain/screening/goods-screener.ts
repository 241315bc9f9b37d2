import type { Finding } from '../audit-record';
import { screenGoodsLine, type GoodsData } from '../goods';
import type { GoodsLine } from '../invoice-model';

/** Destinations for which the US EAR Supp. 4 to part 746 (whole HS chapters) requires a licence. */
const EAR_SUPP4_DESTINATIONS = new Set(['RU', 'BY']);

/**
 * Goods lines against the control lists: the Common High Priority List always (it is the diversion list
 * for every destination), the US EAR Supp. 4 chapters only for goods bound for Russia or Belarus, where it
 * applies. The EU Annex XL mirrors the CHPL codes, so its citation is not repeated as a second finding.
 */
export class GoodsScreener {
  constructor(readonly data: GoodsData) {}

  screen(line: GoodsLine, context: { destination?: string } = {}): Finding[] {
    const lists = ['CHPL', ...(context.destination && EAR_SUPP4_DESTINATIONS.has(context.destination) ? ['US-EAR-746-SUPP4'] : [])];
    return screenGoodsLine(line, this.data, { lists });
  }
}
