import { countryCode, leadingCountryCode } from '../countries';
import { EntityBuilder } from './entity-builder';
import { documentNumber, schemeOfDocumentType, toIdentifier } from './identifier-schemes';
import type { ListedEntity, NameStrength } from './listed-entity';
import { asText, cleanText, isoDatePart } from './list-values';
import { type XmlNode, child, children, parseXml, text, texts } from './xml-tree';

/** UN alias QUALITY: individuals say Good/Low, entities say a.k.a./f.k.a. */
function aliasReading(quality: string): { strength: NameStrength; kind: 'aka' | 'fka' } {
  if (/^low/i.test(quality)) return { strength: 'weak', kind: 'aka' };
  return { strength: 'strong', kind: /f\.?k\.?a/i.test(quality) ? 'fka' : 'aka' };
}

/** EXACT (DATE or YEAR), APPROXIMATELY (EDTF "~"), BETWEEN (FROM_YEAR/TO_YEAR interval). */
function birthDate(node: XmlNode): string | undefined {
  const exact = isoDatePart(text(node, 'DATE')) ?? (cleanText(text(node, 'YEAR')) || undefined);
  const range = text(node, 'FROM_YEAR') && text(node, 'TO_YEAR') ? `${text(node, 'FROM_YEAR')}/${text(node, 'TO_YEAR')}` : undefined;
  const date = exact ?? range;
  return date && text(node, 'TYPE_OF_DATE') === 'APPROXIMATELY' ? `${date}~` : date;
}

function addNames(node: XmlNode, aliasTag: string, entity: EntityBuilder): void {
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((k) => text(node, k)).filter(Boolean).join(' ');
  entity.name(primary, 'primary', 'primary');
  for (const alias of children(node, aliasTag)) {
    const { strength, kind } = aliasReading(text(alias, 'QUALITY'));
    entity.name(text(alias, 'ALIAS_NAME'), strength, kind);
  }
  // Arabic, Cyrillic… as the committee published it; the script is read from the characters.
  entity.name(text(node, 'NAME_ORIGINAL_SCRIPT'), 'strong', 'original-script');
}

function addDocuments(node: XmlNode, entity: EntityBuilder): void {
  for (const doc of children(node, 'INDIVIDUAL_DOCUMENT')) {
    const label = cleanText(text(doc, 'TYPE_OF_DOCUMENT') || text(doc, 'TYPE_OF_DOCUMENT2'));
    const raw = text(doc, 'NUMBER');
    // The issuer is an element, or the start of the number text ("Russian foreign travel passport number …").
    const country = countryCode(text(doc, 'ISSUING_COUNTRY') || text(doc, 'COUNTRY_OF_ISSUE')) ?? leadingCountryCode(raw);
    const scheme = schemeOfDocumentType(label) ?? schemeOfDocumentType(raw) ?? 'OTHER-ID';
    entity.identifier(toIdentifier({ label, number: documentNumber(raw), country, entityType: entity.type, scheme }));
  }
}

function addPlaces(node: XmlNode, addressTag: string, entity: EntityBuilder): void {
  for (const a of children(node, addressTag)) {
    entity.address(['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE'].map((k) => text(a, k)), text(a, 'COUNTRY'));
  }
  texts(child(node, 'NATIONALITY'), 'VALUE').forEach((n) => entity.nationality(n));
}

function toEntity(node: XmlNode, kind: 'INDIVIDUAL' | 'ENTITY'): ListedEntity {
  const entity = new EntityBuilder(`UN-${text(node, 'REFERENCE_NUMBER')}`, 'UN-SC', kind === 'INDIVIDUAL' ? 'individual' : 'entity');
  addNames(node, `${kind}_ALIAS`, entity);
  addDocuments(node, entity);
  addPlaces(node, `${kind}_ADDRESS`, entity);
  children(node, 'INDIVIDUAL_DATE_OF_BIRTH').forEach((d) => entity.birthDate(birthDate(d)));
  return entity.program(text(node, 'UN_LIST_TYPE')).listed(isoDatePart(text(node, 'LISTED_ON'))).remark(text(node, 'COMMENTS1')).build();
}

/**
 * Parses the UN Security Council Consolidated List XML (`CONSOLIDATED_LIST`, schema sc-sanctions.xsd).
 * Entry ids are the permanent reference numbers (UN-QDi.001), which other lists quote.
 */
export function parseUnXml(xml: string | Buffer): ListedEntity[] {
  const root = child(parseXml(xml), 'CONSOLIDATED_LIST');
  return [
    ...children(child(root, 'INDIVIDUALS'), 'INDIVIDUAL').map((n) => toEntity(n, 'INDIVIDUAL')),
    ...children(child(root, 'ENTITIES'), 'ENTITY').map((n) => toEntity(n, 'ENTITY')),
  ];
}

/** The root's `dateGenerated` attribute, as an ISO date. */
export function unPublishedAt(xml: string | Buffer): string | undefined {
  return isoDatePart(asText(xml).slice(0, 2000).match(/dateGenerated="([^"]+)"/)?.[1]);
}
