import type { Finding } from '../audit-record';
import type { Party } from '../invoice-model';
import { legalFormsCompatible, normalizeName, type NormalizedName } from './normalize-name';
import type { ListedEntity } from '../lists/listed-entity';

interface IndexedName {
  entity: ListedEntity;
  listedName: string;
  normalized: NormalizedName;
  isAlias: boolean;
}

/** Cores shorter than this are too generic to match on their own ("AO", "MIR"). */
const MIN_CORE_LENGTH = 4;

/**
 * Normalised exact matching of party names against listed names and aliases, plus exact matching of
 * registration numbers quoted in the list. (Fuzzy and cross-script scoring deepen this in the screening issue.)
 */
export class PartyScreener {
  private readonly byCore = new Map<string, IndexedName[]>();
  private readonly byIdentifier = new Map<string, ListedEntity[]>();

  /** @param listVersions version of each list the entities come from, stamped on every finding */
  constructor(entities: ListedEntity[], private readonly listVersions: Record<string, string>) {
    for (const entity of entities) {
      for (const name of entity.names) {
        for (const variant of nameVariants(name.value, entity.type)) this.addName(entity, name.value, variant, name.kind !== 'primary');
      }
      for (const id of entity.identifiers) {
        this.byIdentifier.set(id.value, [...(this.byIdentifier.get(id.value) ?? []), entity]);
      }
    }
  }

  get size(): number {
    return this.byCore.size;
  }

  private addName(entity: ListedEntity, listedName: string, variant: string, isAlias: boolean) {
    const normalized = normalizeName(variant);
    if (normalized.core.length < MIN_CORE_LENGTH) return;
    const bucket = this.byCore.get(normalized.core) ?? [];
    if (!bucket.some((n) => n.entity === entity && n.normalized.legalForm === normalized.legalForm)) {
      bucket.push({ entity, listedName, normalized, isAlias });
      this.byCore.set(normalized.core, bucket);
    }
  }

  screen(party: Party): Finding[] {
    const findings = new Map<string, Finding>();
    const query = normalizeName(party.name);
    for (const hit of this.byCore.get(query.core) ?? []) {
      if (!legalFormsCompatible(query.legalForm, hit.normalized.legalForm)) continue;
      const sameForm = query.legalForm !== undefined && query.legalForm === hit.normalized.legalForm;
      findings.set(hit.entity.entryId, {
        kind: 'party',
        severity: 'critical',
        summary: `${party.role} "${party.name}" matches ${hit.entity.list} ${hit.entity.entryId} "${hit.entity.names[0].value}"`,
        list: hit.entity.list,
        listVersion: this.listVersions[hit.entity.list] ?? 'unknown',
        entryId: hit.entity.entryId,
        reason:
          `normalised name "${query.core}"${query.legalForm ? ` (${query.legalForm})` : ''} equals listed ${hit.isAlias ? 'alias' : 'name'} ` +
          `"${hit.listedName}"${sameForm ? ', same legal form' : ''}; programs ${hit.entity.programs.join(', ') || 'n/a'}`,
        evidence: party.evidence,
        programs: hit.entity.programs,
        matchedName: hit.listedName,
      });
    }
    for (const identifier of party.identifiers) {
      for (const entity of this.byIdentifier.get(identifier.value) ?? []) {
        const listed = entity.identifiers.find((i) => i.value === identifier.value);
        const existing = findings.get(entity.entryId);
        const idReason = `${identifier.scheme} ${identifier.value} equals the listed ${listed?.label ?? 'identifier'}${listed?.country ? ` (${listed.country})` : ''}`;
        if (existing) {
          existing.reason += `; ${idReason}`;
          continue;
        }
        findings.set(entity.entryId, {
          kind: 'party',
          severity: 'critical',
          summary: `${party.role} "${party.name}" carries the identifier of ${entity.list} ${entity.entryId} "${entity.names[0].value}"`,
          list: entity.list,
          listVersion: this.listVersions[entity.list] ?? 'unknown',
          entryId: entity.entryId,
          reason: `${idReason}; an identifier match holds whatever the printed name; programs ${entity.programs.join(', ') || 'n/a'}`,
          evidence: party.evidence,
          programs: entity.programs,
          matchedName: entity.names[0].value,
        });
      }
    }
    return [...findings.values()];
  }
}

/** OFAC writes individuals as "LAST, First Middle"; invoices print "First Last". */
function nameVariants(name: string, type: ListedEntity['type']): string[] {
  if (type !== 'individual' || !name.includes(',')) return [name];
  const [last, ...rest] = name.split(',');
  return [name, `${rest.join(' ').trim()} ${last.trim()}`];
}
