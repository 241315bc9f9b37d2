import { isCountryCode } from '../countries';
import { EntityBuilder } from './entity-builder';
import { schemeOfDocumentType, toIdentifier } from './identifier-schemes';
import type { EntityType, ListedEntity } from './listed-entity';
import { asText, cleanText, isoDate, isoDatePart } from './list-values';
import { detectScript } from './script';
import { type XmlNode, attr, child, children, parseXml, text } from './xml-tree';

/** EU `identificationTypeCode` values → our scheme (the description refines "other" and "regnumber"). */
const ID_CODES: Record<string, string> = {
  passport: 'PASSPORT', id: 'NATIONAL-ID', nrn: 'NATIONAL-ID', ssn: 'NATIONAL-ID', fiscalcode: 'TAX-ID',
  regnumber: 'REGISTRATION', tradelic: 'REGISTRATION', swiftbic: 'SWIFT', imo: 'IMO',
  birthcert: 'OTHER-ID', nationcert: 'OTHER-ID', travelcardid: 'OTHER-ID', electionid: 'OTHER-ID',
  residentperm: 'OTHER-ID', drivinglicence: 'OTHER-ID', other: 'OTHER-ID',
};

/** `countryIso2Code` unless it is the EU's "00" (unknown); else the description. */
function countryOf(node: XmlNode): string | undefined {
  const code = attr(node, 'countryIso2Code');
  if (isCountryCode(code)) return code;
  const description = attr(node, 'countryDescription');
  return description && description !== 'UNKNOWN' ? description : undefined;
}

function subjectType(node: XmlNode): EntityType {
  const code = attr(child(node, 'subjectType'), 'code');
  return code === 'person' ? 'individual' : code === 'enterprise' ? 'entity' : 'unknown';
}

const wholeName = (alias: XmlNode) => attr(alias, 'wholeName') || ['firstName', 'middleName', 'lastName'].map((k) => attr(alias, k)).filter(Boolean).join(' ');

/** The EU flags no primary name: the first Latin-script alias is the name the regulation lists first. */
function addNames(node: XmlNode, entity: EntityBuilder): void {
  const aliases = children(node, 'nameAlias');
  const primary = Math.max(0, aliases.findIndex((a) => detectScript(wholeName(a)) === 'latin'));
  aliases.forEach((alias, i) => {
    const strength = i === primary ? 'primary' : attr(alias, 'strong') === 'false' ? 'weak' : 'strong';
    entity.name(wholeName(alias), strength, i === primary ? 'primary' : 'aka');
  });
}

function addIdentifications(node: XmlNode, entity: EntityBuilder): void {
  for (const id of children(node, 'identification')) {
    const code = attr(id, 'identificationTypeCode');
    const description = attr(id, 'identificationTypeDescription');
    const country = countryOf(id);
    const scheme = (code === 'other' || code === 'regnumber' ? schemeOfDocumentType(description) : undefined) ?? ID_CODES[code] ?? 'OTHER-ID';
    entity.identifier(
      toIdentifier({
        label: description || code,
        number: attr(id, 'number') || attr(id, 'latinNumber'),
        country: country && isCountryCode(country) ? country : undefined,
        entityType: entity.type,
        scheme,
      }),
    );
  }
}

function birthDate(node: XmlNode): string | undefined {
  const date = isoDatePart(attr(node, 'birthdate')) ?? isoDate(Number(attr(node, 'year')), Number(attr(node, 'monthOfYear')), Number(attr(node, 'dayOfMonth')));
  return date && attr(node, 'circa') === 'true' ? `${date}~` : date;
}

function addPlaces(node: XmlNode, entity: EntityBuilder): void {
  for (const a of children(node, 'address')) {
    const cityLine = [attr(a, 'zipCode'), attr(a, 'city')].filter(Boolean).join(' ');
    const parts = [attr(a, 'street'), attr(a, 'poBox'), cityLine, attr(a, 'region'), attr(a, 'place')];
    const [code, description] = [attr(a, 'countryIso2Code'), attr(a, 'countryDescription')];
    entity.address(parts, description === 'UNKNOWN' ? undefined : description, isCountryCode(code) ? code : undefined);
  }
  children(node, 'citizenship').forEach((c) => entity.nationality(countryOf(c)));
}

function addRegulations(node: XmlNode, entity: EntityBuilder): void {
  for (const regulation of children(node, 'regulation')) {
    entity.program(attr(regulation, 'programme')).listed(isoDatePart(attr(regulation, 'publicationDate')));
  }
  entity.listed(isoDatePart(attr(node, 'designationDate')));
}

function toEntity(node: XmlNode): ListedEntity {
  const entity = new EntityBuilder(`EU-${attr(node, 'logicalId')}`, 'EU-FSF', subjectType(node));
  addNames(node, entity);
  addIdentifications(node, entity);
  addPlaces(node, entity);
  children(node, 'birthdate').forEach((b) => entity.birthDate(birthDate(b)));
  addRegulations(node, entity);
  const un = cleanText(attr(node, 'unitedNationId'));
  entity.same(un ? `UN-${un}` : undefined);
  children(node, 'remark').forEach((r) => entity.remark(text(r)));
  return entity.build();
}

/**
 * Parses the EU Financial Sanctions Files consolidated XML (`xmlFullSanctionsList_1_1`, namespace
 * http://eu.europa.eu/fpi/fsd/export): one `sanctionEntity` per subject, entry id EU-<logicalId>.
 */
export function parseEuFsfXml(xml: string | Buffer): ListedEntity[] {
  return children(child(parseXml(xml), 'export'), 'sanctionEntity').map(toEntity);
}

/** The root's `generationDate` attribute, as an ISO date. */
export function euPublishedAt(xml: string | Buffer): string | undefined {
  return isoDatePart(asText(xml).slice(0, 2000).match(/generationDate="([^"]+)"/)?.[1]);
}
