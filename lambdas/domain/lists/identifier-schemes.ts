import { isValidRuInn, isValidRuOgrn } from '../extraction/identifiers';
import type { EntityType, ListedIdentifier } from './listed-entity';

/**
 * Identifier labels as the lists print them → our scheme. OFAC uses the same labels in the CSV remarks,
 * in `sdn.xml` (idType) and in `sdn_advanced.xml` (IDRegDocType), so one table serves all three.
 * `ID` means "a person's national id or an organisation's registration number", decided by entity type.
 */
const LABELS: Record<string, string> = {
  // persons
  'passport': 'PASSPORT', 'diplomatic passport': 'PASSPORT', 'passport booklet': 'PASSPORT',
  'british national overseas passport': 'PASSPORT', 'stateless person passport': 'PASSPORT',
  'national id no.': 'NATIONAL-ID', 'national identification number': 'NATIONAL-ID', 'cedula no.': 'NATIONAL-ID',
  'd.n.i.': 'NATIONAL-ID', 'personal id card': 'NATIONAL-ID', 'c.u.r.p.': 'NATIONAL-ID', 'c.u.r.p. #': 'NATIONAL-ID',
  'turkish identification number': 'NATIONAL-ID', "citizen's card number": 'NATIONAL-ID',
  'numero de identidad': 'NATIONAL-ID', 'cnp (personal numerical code)': 'NATIONAL-ID',
  'tazkira national id card': 'NATIONAL-ID', 'kenyan id no.': 'NATIONAL-ID', 'bosnian personal id no.': 'NATIONAL-ID',
  'moroccan personal id no.': 'NATIONAL-ID', 'national foreign id number': 'NATIONAL-ID', 'c.u.i.': 'NATIONAL-ID',
  'c.u.i.p.': 'NATIONAL-ID', 'uae identification': 'NATIONAL-ID', 'ssn': 'NATIONAL-ID',
  'identification number': 'ID',
  "driver's license no.": 'OTHER-ID', 'electoral registry no.': 'OTHER-ID', 'credencial electoral': 'OTHER-ID',
  'i.f.e.': 'OTHER-ID', 'birth certificate number': 'OTHER-ID', 'residency number': 'OTHER-ID',
  'travel document number': 'OTHER-ID', 'refugee id card': 'OTHER-ID', 'stateless person id card': 'OTHER-ID',
  'military registration number': 'OTHER-ID', 'cartilla de servicio militar nacional': 'OTHER-ID',
  // tax
  'tax id no.': 'TAX-ID', 'r.f.c.': 'TAX-ID', 'r.f.c. #': 'TAX-ID', 'rfc': 'TAX-ID', 'nit #': 'TAX-ID',
  'ruc #': 'TAX-ID', 'rif #': 'TAX-ID', 'c.u.i.t.': 'TAX-ID', 'us fein': 'TAX-ID', 'italian fiscal code': 'TAX-ID',
  'n.i.f.': 'TAX-ID', 'c.i.f.': 'TAX-ID', 'numero unico de identificacao tributaria (nuit)': 'TAX-ID', 'rtn': 'TAX-ID',
  'paraguayan tax identification number': 'TAX-ID', 'romanian tax registration': 'TAX-ID', 'fiscal code': 'TAX-ID',
  'v.a.t. number': 'VAT',
  // organisations
  'registration number': 'REGISTRATION', 'business registration number': 'REGISTRATION',
  'registration id': 'REGISTRATION', 'company number': 'REGISTRATION', 'uk company number': 'REGISTRATION',
  'commercial registry number': 'REGISTRATION', 'c.r. no.': 'REGISTRATION', 'trade license no.': 'REGISTRATION',
  'chamber of commerce number': 'REGISTRATION', 'central registration system number': 'REGISTRATION',
  'business number': 'REGISTRATION', 'enterprise number': 'REGISTRATION', 'branch unit number': 'REGISTRATION',
  'registered charity no.': 'REGISTRATION', 'folio mercantil no.': 'REGISTRATION',
  'matricula mercantil no': 'REGISTRATION', 'public registration number': 'REGISTRATION',
  'istanbul chamber of comm. no.': 'REGISTRATION', 'dubai chamber of commerce membership no.': 'REGISTRATION',
  'economic register number (cbls)': 'REGISTRATION', 'certificate of incorporation number': 'REGISTRATION',
  'business registration document #': 'REGISTRATION', 'registration certificate number (dubai)': 'REGISTRATION',
  'le number': 'REGISTRATION', 'c.i.n.': 'REGISTRATION', 'msb registration number': 'REGISTRATION',
  'romanian c.r.': 'REGISTRATION', 'license': 'REGISTRATION',
  // "Government Gazette Number" is what OFAC calls the Russian OKPO code.
  'government gazette number': 'RU-OKPO',
  'legal entity number': 'LEI',
  'unified social credit code (uscc)': 'CN-USCC', 'united social credit code certificate (usccc)': 'CN-USCC',
  'swift/bic': 'SWIFT', 'bik (ru)': 'RU-BIK', 'd-u-n-s number': 'DUNS', 'isin': 'ISIN',
  // vessels and aircraft
  'vessel registration identification': 'IMO', 'international maritime organization no.': 'IMO', 'mmsi': 'MMSI',
  "aircraft manufacturer's serial number (msn)": 'AIRCRAFT-MSN', 'aircraft tail number': 'AIRCRAFT-TAIL',
};

/** Labels longest first, so "Registration Number" does not shadow "Business Registration Number". */
export const KNOWN_LABELS: string[] = Object.keys(LABELS).sort((a, b) => b.length - a.length);

/** Free-text document types (UN, EU, UK): keywords, checked in order. */
const KEYWORDS: Array<[RegExp, string]> = [
  [/\b(inn|tin|taxpayer|tax|fiscal)\b|инн/i, 'TAX-ID'],
  [/\bogrn(ip)?\b|огрн/i, 'REGISTRATION'],
  [/\bkpp\b|кпп/i, 'RU-KPP'],
  [/\bokpo\b|окпо/i, 'RU-OKPO'],
  [/\bbin\b|бин|бсн/i, 'REGISTRATION'],
  [/\biin\b|иин|жсн/i, 'NATIONAL-ID'],
  [/\bimo\b/i, 'IMO'],
  [/\bswift\b|\bbic\b/i, 'SWIFT'],
  [/\blei\b|legal entity/i, 'LEI'],
  [/passport|passeport|pasaporte|laissez/i, 'PASSPORT'],
  [/national|identi|id card|tazkira|\bid\b|citizen|civil/i, 'NATIONAL-ID'],
  [/regist|company|incorporat|commercial|chamber|licen[cs]e/i, 'REGISTRATION'],
];

const labelKey = (label: string) => label.trim().replace(/[:\s]+$/, '').toLowerCase();

/** Our scheme for one of OFAC's identifier labels; undefined for anything else ("Email Address", "Gender"). */
export function schemeOfLabel(label: string): string | undefined {
  return LABELS[labelKey(label)];
}

/** Our scheme for a free-text document type ("Russian foreign travel passport", "INN", "regnumber"). */
export function schemeOfDocumentType(type: string): string | undefined {
  const key = labelKey(type);
  return LABELS[key] ?? KEYWORDS.find(([pattern]) => pattern.test(key))?.[1];
}

/**
 * The number inside a free-text document field, as the UN and the UK lists sometimes write it:
 * "Russian foreign travel passport number 622641887" → "622641887", "381110042 (Expired 25 Jan. 2016)"
 * → "381110042", "R00012098, South Sudan" → "R00012098". Plain numbers come back unchanged.
 */
export function documentNumber(raw: string): string {
  let text = raw.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!/\p{L}{4,}/u.test(text)) return text;
  const markers = [...text.matchAll(/\b(?:no|number)\b\.?\s*:?\s*|:\s*/gi)];
  const last = markers[markers.length - 1];
  if (last?.index !== undefined) text = text.slice(last.index + last[0].length);
  text = text.split(',').find((part) => /\d/.test(part)) ?? text;
  // Leading words ("Libya 428720", "German travel document A 0139243").
  return text.replace(/^(?:[\p{L}’'“”"-]{4,}\s+)+/u, '').trim();
}

/** Upper case, without spaces, dashes or dots (lists and invoices punctuate numbers differently). */
export function normaliseIdentifierValue(value: string): string {
  return value.toUpperCase().replace(/[\s.\-‐–—]+/g, '');
}

/**
 * Country-specific schemes that a generic label hides (a Russian "Tax ID No." of 10 digits is an INN).
 * A number labelled INN or OGRN that passes the Russian check digits is Russian even when the list
 * gives no country; a Russian registration number of 10 digits with a valid INN check is an INN.
 */
function refine(scheme: string, value: string, country: string | undefined, type: EntityType, label: string): { scheme: string; country?: string } {
  if (/\binn\b|инн/i.test(label) && isValidRuInn(value)) return { scheme: 'RU-INN', country: country ?? 'RU' };
  if (/\bogrn(ip)?\b|огрн/i.test(label) && isValidRuOgrn(value)) return { scheme: 'RU-OGRN', country: country ?? 'RU' };
  const general = scheme === 'ID' ? (type === 'individual' ? 'NATIONAL-ID' : 'REGISTRATION') : scheme;
  if (country === 'RU' && general === 'TAX-ID' && /^(\d{10}|\d{12})$/.test(value)) return { scheme: 'RU-INN', country };
  if (country === 'RU' && general === 'REGISTRATION' && /^(\d{13}|\d{15})$/.test(value)) return { scheme: 'RU-OGRN', country };
  if (country === 'RU' && general === 'REGISTRATION' && isValidRuInn(value)) return { scheme: 'RU-INN', country };
  if (general === 'RU-OKPO' && country !== 'RU') return { scheme: 'REGISTRATION', country };
  // Kazakhstan: one 12-digit number, BIN for organisations and IIN for persons, whatever the label says.
  if (country === 'KZ' && /^\d{12}$/.test(value) && ['REGISTRATION', 'TAX-ID', 'NATIONAL-ID'].includes(general)) {
    return { scheme: type === 'individual' ? 'KZ-IIN' : 'KZ-BIN', country };
  }
  return { scheme: general, country };
}

export interface IdentifierInput {
  /** The list's own label ("Tax ID No.", "Passport", "regnumber"). */
  label: string;
  number: string;
  /** ISO alpha-2 of the issuing country, if known. */
  country?: string;
  entityType: EntityType;
  /** Scheme decided by the caller (an EU code, a dedicated column), else taken from the label. */
  scheme?: string;
}

/** A normalised identifier, or undefined when the label is not an identifier or the number is empty. */
export function toIdentifier(input: IdentifierInput): ListedIdentifier | undefined {
  let value = normaliseIdentifierValue(input.number);
  let scheme = input.scheme ?? schemeOfLabel(input.label);
  // OFAC writes IMO numbers as "IMO 1234567" under several labels.
  if (/^IMO\d{7}$/.test(value)) [scheme, value] = ['IMO', value.slice(3)];
  if (!scheme || !/[0-9A-Z]/.test(value) || value.length < 3) return undefined;
  const refined = refine(scheme, value, input.country, input.entityType, input.label);
  return {
    scheme: refined.scheme,
    value,
    ...(refined.country ? { country: refined.country } : {}),
    ...(input.label ? { label: input.label.trim() } : {}),
  };
}
