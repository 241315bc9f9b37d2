import type { Finding } from '../audit-record';
import type { Party } from '../invoice-model';
import type { ListedEntity } from '../lists/listed-entity';
import { NameIndex, type Hit } from './name-matching';

/** Invoice parties are companies unless the name reads as a person's; the index weighs type contradictions lightly. */
const PARTY_QUERY_LIMIT = 5;

/**
 * Parties against the sanctions lists through the multilingual name index: transliteration, legal forms,
 * typos, identifiers (an exact INN/OGRN/BIN/IMO/SWIFT hit matches whatever the name) and countries.
 * A `match` blocks the document; a `review` hit asks an auditor to decide.
 */
export class PartyScreener {
  private readonly index: NameIndex;

  /** @param listVersions version of each list the entities come from, stamped on every finding */
  constructor(entities: ListedEntity[], private readonly listVersions: Record<string, string>) {
    this.index = new NameIndex(entities);
  }

  screen(party: Party): Finding[] {
    const hits = this.index.search(
      { name: party.name, country: party.country, identifiers: party.identifiers.map((i) => ({ scheme: i.scheme, value: i.value })) },
      { limit: PARTY_QUERY_LIMIT },
    );
    // Listed vessels and aircraft can only be carriers; as a seller's or buyer's name they are coincidences.
    const relevant = hits.filter((h) => party.role === 'carrier' || (h.entityType !== 'vessel' && h.entityType !== 'aircraft'));
    return relevant.filter((h) => h.decision !== 'clear').map((hit) => this.toFinding(party, hit));
  }

  private toFinding(party: Party, hit: Hit): Finding {
    const match = hit.decision === 'match';
    return {
      kind: 'party',
      severity: match ? 'critical' : 'medium',
      summary: `${party.role} "${party.name}" ${match ? 'matches' : 'may match'} ${hit.list} ${hit.entryId} "${hit.matchedName.value}" (score ${hit.score.toFixed(2)})`,
      list: hit.list,
      listVersion: this.listVersions[hit.list] ?? 'unknown',
      entryId: hit.entryId,
      // The index's explanation already names query vs listed forms, alignment, legal form, identifiers, country and programs.
      reason: hit.explanation,
      evidence: party.evidence,
      programs: hit.programs,
      matchedName: hit.matchedName.value,
      score: Number(hit.score.toFixed(3)),
      alignment: hit.alignment.map((a) => ({ query: a.query, listed: a.listed, similarity: Number(a.similarity.toFixed(3)) })),
    };
  }
}
