import { countryCode, isCountryCode } from '../countries';
import type { EntityType, ListedEntity, ListedIdentifier, ListedName, NameStrength } from './listed-entity';
import { cleanText, earlier } from './list-values';
import { detectScript } from './script';

const STRENGTH_RANK: Record<NameStrength, number> = { primary: 0, strong: 1, weak: 2 };

/** An ISO code as given, or the code of a country name. */
function toCode(country: string | undefined): string | undefined {
  const text = cleanText(country);
  return isCountryCode(text) ? text : countryCode(text);
}

/**
 * "Abdelali Abou Dher (عبد العالي ابو ذر)": one field holding a name and its rendering in another script
 * (the UN writes aliases so). Returns the renderings as separate names, or undefined for an ordinary name.
 */
function scriptRenderings(text: string): string[] | undefined {
  const m = text.match(/^([^()]+?)\s*\(([^()]+)\)$/);
  const [outer, inner] = m ? [detectScript(m[1]), detectScript(m[2])] : [];
  if (!m || !outer || !inner || outer === inner) return undefined;
  return [m[1], ...m[2].split(/;\s*/)].map(cleanText).filter(Boolean);
}

/**
 * Collects one listed subject from however many rows or elements a list spreads it over, dropping
 * duplicates, and returns the normalised `ListedEntity` (primary names first).
 */
export class EntityBuilder {
  private readonly names = new Map<string, ListedName>();
  private readonly identifiers = new Map<string, ListedIdentifier>();
  private readonly addresses = new Map<string, { text: string; country?: string }>();
  private readonly programs = new Set<string>();
  private readonly countries = new Set<string>();
  private readonly nationalities = new Set<string>();
  private readonly birthDates = new Set<string>();
  private readonly sameAs = new Set<string>();
  private readonly remarks: string[] = [];
  private listedOn?: string;
  private expiresOn?: string;

  constructor(readonly entryId: string, readonly list: string, public type: EntityType) {}

  /**
   * Adds a name. A name not written in Latin letters is an original-script name whatever the list calls
   * it; a name listed twice keeps its strongest reading.
   */
  name(value: string | undefined, strength: NameStrength, kind: ListedName['kind'], script?: string): this {
    // The UN labels some renderings inside the name: "Abu Muhammad (original script: Абу Мухаммад)".
    const text = cleanText(value).replace(/^original script:\s*/i, '');
    if (!text) return this;
    const renderings = scriptRenderings(text);
    if (renderings) {
      renderings.forEach((rendering) => this.name(rendering, strength, kind, script));
      return this;
    }
    const detected = detectScript(text) ?? script ?? 'latin';
    const original = detected !== 'latin';
    const name: ListedName = {
      value: text,
      strength: original && strength === 'primary' ? 'strong' : strength,
      kind: original ? 'original-script' : kind,
      script: detected,
    };
    const key = text.toLowerCase();
    const existing = this.names.get(key);
    if (!existing || STRENGTH_RANK[name.strength] < STRENGTH_RANK[existing.strength]) this.names.set(key, name);
    return this;
  }

  identifier(identifier: ListedIdentifier | undefined): this {
    if (identifier && !this.identifiers.has(`${identifier.scheme}:${identifier.value}`)) {
      this.identifiers.set(`${identifier.scheme}:${identifier.value}`, identifier);
      if (identifier.country) this.countries.add(identifier.country);
    }
    return this;
  }

  /**
   * Adds an address from its parts (empty parts skipped) and its country as printed; the country's code
   * (given, or derived from the name) also counts for the entity.
   */
  address(parts: Array<string | undefined>, country?: string, code = toCode(country)): this {
    const text = [...parts.map(cleanText), cleanText(country)].filter(Boolean).join(', ');
    if (code) this.countries.add(code);
    if (text && !this.addresses.has(text.toLowerCase())) this.addresses.set(text.toLowerCase(), { text, ...(code ? { country: code } : {}) });
    return this;
  }

  country(country: string | undefined): this {
    const code = toCode(country);
    if (code) this.countries.add(code);
    return this;
  }

  /** Nationality or citizenship: recorded as such and as a country of the entity. */
  nationality(country: string | undefined): this {
    const code = toCode(country);
    if (code) {
      this.nationalities.add(code);
      this.countries.add(code);
    }
    return this;
  }

  program(program: string | undefined): this {
    const text = cleanText(program);
    if (text) this.programs.add(text);
    return this;
  }

  birthDate(date: string | undefined): this {
    if (date) this.birthDates.add(date);
    return this;
  }

  /** Keeps the earliest listing date seen. */
  listed(date: string | undefined): this {
    this.listedOn = earlier(this.listedOn, date);
    return this;
  }

  expires(date: string | undefined): this {
    if (date) this.expiresOn = date;
    return this;
  }

  /** The entry id of the same subject on another list, as this list states it (UN-QDi.367, UK-FCDO-RUS0296). */
  same(entryId: string | undefined): this {
    if (entryId) this.sameAs.add(entryId);
    return this;
  }

  remark(text: string | undefined): this {
    const cleaned = cleanText(text);
    if (cleaned && !this.remarks.includes(cleaned)) this.remarks.push(cleaned);
    return this;
  }

  get hasNames(): boolean {
    return this.names.size > 0;
  }

  build(): ListedEntity {
    const names = [...this.names.values()].sort((a, b) => STRENGTH_RANK[a.strength] - STRENGTH_RANK[b.strength]);
    return {
      entryId: this.entryId,
      list: this.list,
      type: this.type,
      programs: [...this.programs],
      names,
      countries: [...this.countries],
      addresses: [...this.addresses.values()],
      identifiers: [...this.identifiers.values()],
      ...(this.birthDates.size ? { birthDates: [...this.birthDates] } : {}),
      ...(this.nationalities.size ? { nationalities: [...this.nationalities] } : {}),
      ...(this.listedOn ? { listedOn: this.listedOn } : {}),
      ...(this.expiresOn ? { expiresOn: this.expiresOn } : {}),
      ...(this.sameAs.size ? { sameAs: [...this.sameAs] } : {}),
      ...(this.remarks.length ? { remarks: this.remarks.join(' ') } : {}),
    };
  }
}
