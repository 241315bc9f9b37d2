import { countryCode } from '../countries';
import type { EntityBuilder } from './entity-builder';
import { KNOWN_LABELS, toIdentifier } from './identifier-schemes';
import { cleanText, parseDayMonthYear } from './list-values';

/**
 * OFAC's legacy files put most facts into one "Remarks" text:
 * `DOB 10 Dec 1948; nationality Russia; Tax ID No. 7710889933 (Russia); alt. Passport 123 (Egypt) issued 2001.`
 * Aliases quoted there ("a.k.a. 'X'") are left alone: alt.csv carries the aliases.
 */

/** "10 Dec 1948", "circa 1951" (EDTF "1951~"), "1955 to 1957" (interval "1955/1957"). */
export function ofacDate(text: string): string | undefined {
  const cleaned = cleanText(text);
  const approximate = /^circa\s+/i.test(cleaned);
  const parts = cleaned.replace(/^circa\s+/i, '').split(/\s+to\s+/i).map(parseDayMonthYear);
  if (parts.some((p) => !p)) return undefined;
  const date = parts.join('/');
  return approximate ? `${date}~` : date;
}

/** Splits remarks into their "; "-separated items, without a leading "alt." or the final period. */
function remarkItems(remarks: string): string[] {
  return remarks
    .split(/;\s+/)
    .map((item) => item.trim().replace(/\.$/, '').replace(/^alt\.\s+/i, ''))
    .filter(Boolean);
}

/** Known labels grouped by their first word, so each item is compared with a handful of labels only. */
const LABELS_BY_FIRST_WORD = KNOWN_LABELS.reduce((index, label) => {
  const first = label.split(' ')[0];
  index.set(first, [...(index.get(first) ?? []), label]);
  return index;
}, new Map<string, string[]>());

/** "Tax ID No. 7710889933 (Russia) issued 2011" → label, number and country. */
function identifierItem(item: string): { label: string; number: string; country?: string } | undefined {
  const lower = item.toLowerCase();
  const label = LABELS_BY_FIRST_WORD.get(lower.split(' ')[0])?.find((l) => lower.startsWith(`${l} `));
  if (!label) return undefined;
  let rest = item.slice(label.length).trim().replace(/\s+(issued|expires|expired)\b.*$/i, '');
  let country: string | undefined;
  const trailing = rest.match(/\s*\(([^()]+)\)\s*$/);
  if (trailing && countryCode(trailing[1])) {
    country = countryCode(trailing[1]);
    rest = rest.slice(0, trailing.index);
  }
  // What remains in parentheses is a note ("HRA 738077 (Stuttgart)"), not part of the number.
  const number = rest.replace(/\([^()]*\)/g, ' ').trim();
  return { label: item.slice(0, label.length), number, ...(country ? { country } : {}) };
}

/** Adds what the remarks state — identifiers, birth dates, nationality, citizenship — to the entity. */
export function applyOfacRemarks(remarks: string, entity: EntityBuilder): void {
  for (const item of remarkItems(remarks)) {
    const dob = item.match(/^DOB\s+(.+)$/);
    if (dob) {
      entity.birthDate(ofacDate(dob[1]));
      continue;
    }
    // Aircraft and vessels: "Nationality of Registration Russia" is a country, not a nationality.
    const registration = item.match(/^Nationality of Registration\s+(.+)$/i);
    if (registration) {
      entity.country(registration[1]);
      continue;
    }
    const nationality = item.match(/^(?:nationality|citizen)\s+(.+)$/i);
    if (nationality) {
      entity.nationality(nationality[1]);
      continue;
    }
    const found = identifierItem(item);
    if (found) entity.identifier(toIdentifier({ ...found, entityType: entity.type }));
  }
}
