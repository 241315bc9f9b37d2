import { countryCode } from '../countries';
import { EntityBuilder } from './entity-builder';
import { toIdentifier } from './identifier-schemes';
import type { EntityType, ListedEntity, ListedName } from './listed-entity';
import { asText, cleanText, parseSlashDate } from './list-values';
import { applyOfacRemarks, ofacDate } from './ofac-remarks';
import { type XmlNode, child, children, parseXml, text } from './xml-tree';

/** OFAC writes individuals "LAST, First" in every format; the screener turns that round itself. */
function fullName(node: XmlNode): string {
  const [first, last] = [cleanText(text(node, 'firstName')), cleanText(text(node, 'lastName'))];
  return first && last ? `${last}, ${first}` : last || first;
}

function entityType(sdnType: string): EntityType {
  const kind = sdnType.toLowerCase();
  return kind === 'individual' || kind === 'vessel' || kind === 'aircraft' ? kind : 'entity';
}

const aliasKind = (type: string): ListedName['kind'] =>
  /f\.?k\.?a/i.test(type) ? 'fka' : /n\.?k\.?a/i.test(type) ? 'nka' : 'aka';

function addIds(entry: XmlNode, entity: EntityBuilder): void {
  for (const id of children(child(entry, 'idList'), 'id')) {
    const [label, number, country] = [text(id, 'idType'), text(id, 'idNumber'), countryCode(text(id, 'idCountry'))];
    // Aircraft and vessels: a country, not a document.
    if (/^Nationality of Registration$/i.test(label)) entity.country(number || text(id, 'idCountry'));
    else entity.identifier(toIdentifier({ label, number, country, entityType: entity.type }));
  }
}

function addPlaces(entry: XmlNode, entity: EntityBuilder): void {
  for (const a of children(child(entry, 'addressList'), 'address')) {
    const parts = ['address1', 'address2', 'address3'].map((k) => text(a, k));
    entity.address([...parts, [text(a, 'city'), text(a, 'stateOrProvince'), text(a, 'postalCode')].filter(Boolean).join(' ')], text(a, 'country'));
  }
  children(child(entry, 'nationalityList'), 'nationality').forEach((n) => entity.nationality(text(n, 'country')));
  children(child(entry, 'citizenshipList'), 'citizenship').forEach((c) => entity.nationality(text(c, 'country')));
  entity.country(text(child(entry, 'vesselInfo'), 'vesselFlag'));
}

function toEntity(entry: XmlNode, list: string, idPrefix: string): EntityBuilder {
  const entity = new EntityBuilder(`${idPrefix}-${text(entry, 'uid')}`, list, entityType(text(entry, 'sdnType')));
  entity.name(fullName(entry), 'primary', 'primary');
  for (const aka of children(child(entry, 'akaList'), 'aka')) {
    entity.name(fullName(aka), text(aka, 'category') === 'weak' ? 'weak' : 'strong', aliasKind(text(aka, 'type')));
  }
  children(child(entry, 'programList'), 'program').forEach((p) => entity.program(text(p)));
  addIds(entry, entity);
  addPlaces(entry, entity);
  for (const dob of children(child(entry, 'dateOfBirthList'), 'dateOfBirthItem')) entity.birthDate(ofacDate(text(dob, 'dateOfBirth')));
  // What the XML keeps in remarks (e.g. an identifier OFAC did not structure) is read as in the CSV.
  applyOfacRemarks(text(entry, 'remarks'), entity);
  return entity.remark(text(entry, 'remarks'));
}

/**
 * Parses OFAC's classic XML (`sdn.xml`, or `consolidated.xml` for the non-SDN list, same schema):
 * aliases carry OFAC's strong/weak category, identifiers come structured in `idList`.
 */
export function parseOfacXml(xml: string | Buffer, list = 'OFAC-SDN', idPrefix = 'SDN'): ListedEntity[] {
  const root = child(parseXml(xml), 'sdnList');
  return children(root, 'sdnEntry').map((entry) => toEntity(entry, list, idPrefix).build());
}

/** `publshInformation/Publish_Date` (MM/DD/YYYY, OFAC's spelling of the element) as an ISO date. */
export function ofacXmlPublishedAt(xml: string | Buffer): string | undefined {
  const date = asText(xml).slice(0, 4000).match(/<Publish_Date>([^<]+)<\/Publish_Date>/)?.[1];
  return date ? parseSlashDate(date, 'mdy') : undefined;
}
