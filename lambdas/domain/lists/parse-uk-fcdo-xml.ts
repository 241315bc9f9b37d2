import { countryCode, leadingCountryCode } from '../countries';
import { EntityBuilder } from './entity-builder';
import { documentNumber, schemeOfDocumentType, toIdentifier } from './identifier-schemes';
import type { EntityType, ListedEntity, ListedName, NameStrength } from './listed-entity';
import { asText, cleanText, isoDatePart, parseSlashDate } from './list-values';
import { type XmlNode, child, children, descendants, parseXml, text } from './xml-tree';

/*
 * Element names follow the FCDO format guide and the published file; nested details (individual, entity,
 * ship) are looked up by element name at any depth, so a wrapper added or renamed does not lose them.
 */

function designationType(value: string): EntityType {
  const type = value.toLowerCase();
  return type === 'individual' ? 'individual' : type === 'ship' ? 'vessel' : type === 'entity' ? 'entity' : 'unknown';
}

/** NameType: "Primary Name", "Primary Name Variation" (a spelling of it) or "Alias" (with AliasStrength). */
function nameReading(name: XmlNode, isPrimary: boolean): { strength: NameStrength; kind: ListedName['kind'] } {
  if (isPrimary) return { strength: 'primary', kind: 'primary' };
  return { strength: /low/i.test(text(name, 'AliasStrength')) ? 'weak' : 'strong', kind: 'aka' };
}

const fullName = (name: XmlNode) => ['Name1', 'Name2', 'Name3', 'Name4', 'Name5', 'Name6'].map((k) => cleanText(text(name, k))).filter(Boolean).join(' ');

function addNames(designation: XmlNode, entity: EntityBuilder): void {
  const names = descendants(child(designation, 'Names'), 'Name');
  const type = (name: XmlNode) => text(name, 'NameType').toLowerCase();
  // Without a "Primary Name", the first variation of it stands for it.
  const primary = names.find((n) => type(n) === 'primary name') ?? names.find((n) => type(n) === 'primary name variation');
  for (const name of names) {
    const { strength, kind } = nameReading(name, name === primary);
    entity.name(fullName(name), strength, kind);
  }
  descendants(designation, 'NameNonLatinScript').forEach((n) => entity.name(text(n), 'strong', 'original-script'));
}

/** Passport / national identifier numbers with their "additional information" sibling. */
function addDocuments(designation: XmlNode, entity: EntityBuilder, prefix: 'Passport' | 'NationalIdentifier', fallback: string): void {
  for (const detail of descendants(designation, `${prefix}Detail`)) {
    const info = text(detail, `${prefix}AdditionalInformation`);
    const scheme = (prefix === 'NationalIdentifier' && info ? schemeOfDocumentType(info) : undefined) ?? fallback;
    const label = info || (prefix === 'Passport' ? 'Passport number' : 'National identifier number');
    const number = text(detail, `${prefix}Number`);
    const country = leadingCountryCode(info) ?? leadingCountryCode(number);
    entity.identifier(toIdentifier({ label, number: documentNumber(number), country, entityType: entity.type, scheme }));
  }
}

/** "BIN 210340012345", "INN 7736588433", "1117746411529": the label, if any, precedes the number. */
function addRegistrations(designation: XmlNode, country: string | undefined, entity: EntityBuilder): void {
  for (const reg of descendants(designation, 'BusinessRegistrationNumber')) {
    const m = text(reg).match(/^(.*?)[\s:]*([A-Z]{0,3}[\d][\d\s-]*\d)\s*$/);
    if (!m) continue;
    const label = cleanText(m[1]);
    const scheme = schemeOfDocumentType(label || 'registration');
    entity.identifier(toIdentifier({ label: label || 'Business registration number', number: m[2], country, entityType: entity.type, scheme }));
  }
  for (const imo of descendants(designation, 'IMONumber')) {
    entity.identifier(toIdentifier({ label: 'IMO number', number: text(imo), entityType: entity.type, scheme: 'IMO' }));
  }
}

function addPlaces(designation: XmlNode, entity: EntityBuilder): void {
  for (const a of descendants(child(designation, 'Addresses'), 'Address')) {
    const lines = [1, 2, 3, 4, 5, 6].map((n) => text(a, `AddressLine${n}`));
    entity.address([...lines, text(a, 'AddressPostalCode')], text(a, 'AddressCountry'));
  }
  descendants(designation, 'Nationality').forEach((n) => entity.nationality(text(n)));
  descendants(designation, 'CurrentBelievedFlagOfShip').forEach((f) => entity.country(text(f)));
  descendants(designation, 'DOB').forEach((d) => entity.birthDate(parseSlashDate(text(d), 'dmy')));
}

function toEntity(designation: XmlNode): ListedEntity {
  const entity = new EntityBuilder(`UK-FCDO-${text(designation, 'UniqueID')}`, 'UK-FCDO', designationType(text(designation, 'IndividualEntityShip')));
  addNames(designation, entity);
  addPlaces(designation, entity);
  addDocuments(designation, entity, 'Passport', 'PASSPORT');
  addDocuments(designation, entity, 'NationalIdentifier', 'NATIONAL-ID');
  const firstAddressCountry = countryCode(text(descendants(designation, 'Address')[0], 'AddressCountry'));
  addRegistrations(designation, firstAddressCountry, entity);
  const [group, un] = [text(designation, 'OFSIGroupID'), text(designation, 'UNReferenceNumber')];
  entity.same(group ? `UK-OFSI-${group}` : undefined).same(un ? `UN-${un}` : undefined);
  entity.program(text(designation, 'RegimeName')).listed(parseSlashDate(text(designation, 'DateDesignated'), 'dmy'));
  return entity.remark(text(designation, 'OtherInformation')).build();
}

/** Parses the FCDO UK Sanctions List XML; entry ids are the list's Unique IDs (UK-FCDO-RUS0296). */
export function parseUkFcdoXml(xml: string | Buffer): ListedEntity[] {
  return children(child(parseXml(xml), 'Designations'), 'Designation').map(toEntity);
}

/** `DateGenerated` as an ISO date (ISO date-time, or dd/mm/yyyy). */
export function fcdoPublishedAt(xml: string | Buffer): string | undefined {
  const value = asText(xml).slice(0, 4000).match(/<DateGenerated>([^<]+)<\/DateGenerated>/)?.[1] ?? '';
  return isoDatePart(value) ?? parseSlashDate(value.slice(0, 10), 'dmy');
}
