import { EntityBuilder } from './entity-builder';
import { toIdentifier } from './identifier-schemes';
import type { EntityType, ListedEntity, ListedName } from './listed-entity';
import { asText, isoDate } from './list-values';
import { type XmlNode, attr, child, children, descendants, parseXml, text } from './xml-tree';

/**
 * OFAC's "advanced" XML (`sdn_advanced.xml`, `cons_advanced.xml`) is relational: parties point by id to
 * reference values, locations and documents declared elsewhere in the file. We index those first.
 */
interface References {
  values: (set: string, id: string) => string;
  attribute: (set: string, id: string, name: string) => string;
  locations: Map<string, { parts: string[]; country?: string; countryName?: string }>;
  documents: Map<string, XmlNode[]>;
}

/** `<AliasTypeValues><AliasType ID="1400">A.K.A.</AliasType>…` → lookups by set and id. */
function referenceValues(root: XmlNode): Pick<References, 'values' | 'attribute'> {
  const sets = new Map<string, Map<string, XmlNode>>();
  for (const [setName, set] of Object.entries(child(root, 'ReferenceValueSets'))) {
    const itemName = setName.replace(/Values$/, '');
    sets.set(itemName, new Map(children(set, itemName).map((v) => [attr(v, 'ID'), v])));
  }
  const item = (set: string, id: string) => sets.get(set)?.get(id);
  return { values: (set, id) => text(item(set, id)), attribute: (set, id, name) => attr(item(set, id), name) };
}

/** Address parts in a readable order (street lines, city, region, postcode), then the country. */
const LOCATION_ORDER = ['ADDRESS1', 'ADDRESS2', 'ADDRESS3', 'CITY', 'STATE/PROVINCE', 'REGION', 'POSTAL CODE'];

function locations(root: XmlNode, refs: Pick<References, 'values' | 'attribute'>): References['locations'] {
  const found: References['locations'] = new Map();
  for (const location of children(child(root, 'Locations'), 'Location')) {
    const parts = children(location, 'LocationPart')
      .map((part) => ({ type: refs.values('LocPartType', attr(part, 'LocPartTypeID')), value: text(child(part, 'LocationPartValue'), 'Value') }))
      .sort((a, b) => LOCATION_ORDER.indexOf(a.type) - LOCATION_ORDER.indexOf(b.type))
      .map((p) => p.value);
    const countryId = attr(child(location, 'LocationCountry'), 'CountryID');
    const [country, countryName] = countryId ? [refs.attribute('Country', countryId, 'ISO2'), refs.values('Country', countryId)] : [];
    found.set(attr(location, 'ID'), { parts, ...(country ? { country } : {}), ...(countryName ? { countryName } : {}) });
  }
  return found;
}

function documentsByIdentity(root: XmlNode): References['documents'] {
  const found: References['documents'] = new Map();
  for (const doc of children(child(root, 'IDRegDocuments'), 'IDRegDocument')) {
    const identity = attr(doc, 'IdentityID');
    found.set(identity, [...(found.get(identity) ?? []), doc]);
  }
  return found;
}

function entityType(profile: XmlNode, refs: References): EntityType {
  const subTypeId = attr(profile, 'PartySubTypeID');
  const subType = refs.values('PartySubType', subTypeId).toLowerCase();
  if (subType === 'vessel' || subType === 'aircraft') return subType;
  const partyType = refs.values('PartyType', refs.attribute('PartySubType', subTypeId, 'PartyTypeID')).toLowerCase();
  return partyType === 'individual' ? 'individual' : partyType === 'entity' ? 'entity' : 'unknown';
}

/** Individuals as OFAC prints them elsewhere: "LAST, First Middle Patronymic"; other names in document order. */
function documentedName(name: XmlNode, partTypes: Map<string, string>, type: EntityType): string {
  const parts = children(name, 'DocumentedNamePart').map((p) => child(p, 'NamePartValue'));
  const typed = parts.map((v) => ({ type: partTypes.get(attr(v, 'NamePartGroupID')) ?? '', value: text(v) }));
  const last = typed.filter((p) => p.type === 'Last Name').map((p) => p.value);
  const others = typed.filter((p) => p.type !== 'Last Name').map((p) => p.value);
  if (type === 'individual' && last.length && others.length) return `${last.join(' ')}, ${others.join(' ')}`;
  return typed.map((p) => p.value).join(' ');
}

function aliasKind(aliasType: string): ListedName['kind'] {
  return aliasType === 'F.K.A.' ? 'fka' : aliasType === 'N.K.A.' ? 'nka' : 'aka';
}

function addIdentity(identity: XmlNode, entity: EntityBuilder, refs: References): void {
  const partTypes = new Map(
    descendants(child(identity, 'NamePartGroups'), 'NamePartGroup').map((g) => [attr(g, 'ID'), refs.values('NamePartType', attr(g, 'NamePartTypeID'))]),
  );
  for (const alias of children(identity, 'Alias')) {
    const primary = attr(alias, 'Primary') === 'true';
    const strength = primary ? 'primary' : attr(alias, 'LowQuality') === 'true' ? 'weak' : 'strong';
    const kind = primary ? 'primary' : aliasKind(refs.values('AliasType', attr(alias, 'AliasTypeID')));
    for (const name of children(alias, 'DocumentedName')) entity.name(documentedName(name, partTypes, entity.type), strength, kind);
  }
  for (const doc of refs.documents.get(attr(identity, 'ID')) ?? []) {
    const countryId = attr(doc, 'IssuedBy-CountryID');
    entity.identifier(
      toIdentifier({
        label: refs.values('IDRegDocType', attr(doc, 'IDRegDocTypeID')),
        number: text(doc, 'IDRegistrationNo'),
        country: countryId ? refs.attribute('Country', countryId, 'ISO2') || undefined : undefined,
        entityType: entity.type,
      }),
    );
  }
}

const dateOf = (node: XmlNode) => isoDate(Number(text(node, 'Year')), Number(text(node, 'Month')), Number(text(node, 'Day')));

/** A date period as an ISO date, a year when it spans exactly one year, else an interval; "~" if approximate. */
function periodDate(period: XmlNode): string | undefined {
  const start = child(period, 'Start');
  const end = child(period, 'End');
  const from = dateOf(child(start, 'From'));
  const to = dateOf(child(end, 'To')) ?? dateOf(child(start, 'To')) ?? from;
  if (!from || !to) return undefined;
  const wholeYear = from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`;
  const date = from === to ? from : wholeYear ? from.slice(0, 4) : `${from}/${to}`;
  return attr(start, 'Approximate') === 'true' ? `${date}~` : date;
}

function addFeatures(profile: XmlNode, entity: EntityBuilder, refs: References): void {
  for (const feature of children(profile, 'Feature')) {
    const type = refs.values('FeatureType', attr(feature, 'FeatureTypeID'));
    for (const version of children(feature, 'FeatureVersion')) {
      const location = refs.locations.get(attr(child(version, 'VersionLocation'), 'LocationID'));
      if (type === 'Birthdate') entity.birthDate(periodDate(child(version, 'DatePeriod')));
      else if (type === 'Nationality Country' || type === 'Citizenship Country') entity.nationality(location?.country);
      else if (type === 'Location' && location) entity.address(location.parts, location.countryName, location.country);
      else if (type === 'Vessel Flag' || type === 'Nationality of Registration') {
        entity.country(location?.country ?? refs.values('DetailReference', attr(child(version, 'VersionDetail'), 'DetailReferenceID')));
      }
    }
  }
}

/** Programs and listing date, from the sanctions entries keyed by profile id. */
function addSanctions(root: XmlNode, entities: Map<string, EntityBuilder>, refs: References): void {
  for (const entry of children(child(root, 'SanctionsEntries'), 'SanctionsEntry')) {
    const entity = entities.get(attr(entry, 'ProfileID'));
    if (!entity) continue;
    for (const measure of children(entry, 'SanctionsMeasure')) {
      if (refs.values('SanctionsType', attr(measure, 'SanctionsTypeID')) === 'Program') entity.program(text(measure, 'Comment'));
    }
    for (const event of children(entry, 'EntryEvent')) entity.listed(dateOf(child(event, 'Date')));
  }
}

/** Parses OFAC's advanced XML; entry ids are the parties' FixedRef, the same numbers as the CSV's ent_num. */
export function parseOfacAdvancedXml(xml: string | Buffer, list = 'OFAC-SDN', idPrefix = 'SDN'): ListedEntity[] {
  const root = child(parseXml(xml), 'Sanctions');
  const values = referenceValues(root);
  const refs: References = { ...values, locations: locations(root, values), documents: documentsByIdentity(root) };
  const entities = new Map<string, EntityBuilder>();
  for (const party of children(child(root, 'DistinctParties'), 'DistinctParty')) {
    for (const profile of children(party, 'Profile')) {
      const entity = new EntityBuilder(`${idPrefix}-${attr(party, 'FixedRef')}`, list, entityType(profile, refs));
      children(profile, 'Identity').forEach((identity) => addIdentity(identity, entity, refs));
      addFeatures(profile, entity, refs);
      entity.remark(text(party, 'Comment'));
      entities.set(attr(profile, 'ID'), entity);
    }
  }
  addSanctions(root, entities, refs);
  return [...entities.values()].map((e) => e.build());
}

/** `DateOfIssue` (Year/Month/Day) as an ISO date. */
export function ofacAdvancedPublishedAt(xml: string | Buffer): string | undefined {
  const issue = asText(xml).slice(0, 4000).match(/<DateOfIssue>([\s\S]*?)<\/DateOfIssue>/)?.[1] ?? '';
  const part = (name: string) => Number(issue.match(new RegExp(`<${name}>(\\d+)</${name}>`))?.[1] ?? 0);
  return issue ? isoDate(part('Year'), part('Month'), part('Day')) : undefined;
}
