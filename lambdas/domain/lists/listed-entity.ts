/**
 * One listed subject in one normalised shape, whatever list it comes from (OFAC SDN and non-SDN, UN, UK
 * OFSI/FCDO, EU, BIS). Screening, explanations and retroactive re-screening read only this shape.
 */
export type EntityType = 'entity' | 'individual' | 'vessel' | 'aircraft' | 'unknown';

/** How much a name should be trusted: the list's primary name, a good alias, or a weak/low-quality alias. */
export type NameStrength = 'primary' | 'strong' | 'weak';

export interface ListedName {
  value: string;
  strength: NameStrength;
  kind: 'primary' | 'aka' | 'fka' | 'nka' | 'original-script';
  /** ISO 15924-ish script of the name as published: latin, cyrillic, arabic, han, … */
  script?: string;
}

export interface ListedIdentifier {
  /** RU-INN, RU-OGRN, KZ-BIN, IMO, SWIFT, TAX-ID, REGISTRATION, PASSPORT, NATIONAL-ID, … */
  scheme: string;
  /** Normalised: upper case, no spaces or dashes (nor dots). */
  value: string;
  /** ISO 3166 alpha-2 of the issuing country, when the list says (or a number labelled INN/OGRN passes the Russian check digits). */
  country?: string;
  /** The list's own wording ("Tax ID No.", "Registration Number"). */
  label?: string;
}

export interface ListedEntity {
  /** Stable, prefixed per list: SDN-39164, CONS-12345, UN-KPi.033, UK-OFSI-12345, EU-12345, BIS-DPL-<hash>. */
  entryId: string;
  /** OFAC-SDN, OFAC-CONS, UN-SC, UK-OFSI, UK-FCDO, EU-FSF, BIS-DPL. */
  list: string;
  type: EntityType;
  programs: string[];
  names: ListedName[];
  /** ISO 3166 alpha-2 countries from addresses, nationality, citizenship, registration. */
  countries: string[];
  addresses: Array<{ text: string; country?: string }>;
  identifiers: ListedIdentifier[];
  /** ISO 8601, as precise as the list: 1948-12-10, 1948-12, 1948; "1951~" approximate, "1955/1957" a range. */
  birthDates?: string[];
  /** ISO date of listing (designation, effective date). */
  listedOn?: string;
  remarks?: string;
  /** ISO 3166 alpha-2 of nationality or citizenship (also included in `countries`). */
  nationalities?: string[];
  /** ISO date a listing ends by itself (BIS denial orders expire). */
  expiresOn?: string;
  /** Entry ids of the same subject on other lists, as this list states them: UN-QDi.367, UK-FCDO-RUS0296, UK-OFSI-14241. */
  sameAs?: string[];
}
