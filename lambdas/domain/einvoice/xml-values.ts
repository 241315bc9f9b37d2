/** Strict readers for the typed values of e-invoice XML: a value is either exactly valid or absent. */

/** xs:decimal ("2000.00", "-21.25", "+5"); no thousands separators, no decimal comma. */
export function parseDecimal(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** UN/CEFACT DateTimeString: format 102 = CCYYMMDD (the only format EN 16931 allows for dates). */
export function parseCiiDate(raw: string | undefined, format = '102'): string | undefined {
  const m = raw?.trim().match(/^(\d{4})(\d{2})(\d{2})$/);
  return format === '102' && m ? isoDate(+m[1], +m[2], +m[3]) : undefined;
}

/** xs:date as UBL writes it: YYYY-MM-DD, optionally with a time-zone suffix. */
export function parseIsoDate(raw: string | undefined): string | undefined {
  const m = raw?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/);
  return m ? isoDate(+m[1], +m[2], +m[3]) : undefined;
}

/** ESF dates: dd.MM.yyyy. */
export function parseDottedDate(raw: string | undefined): string | undefined {
  const m = raw?.trim().match(/^(\d{2})\.(\d{2})\.(\d{4})$/);
  return m ? isoDate(+m[3], +m[2], +m[1]) : undefined;
}

export const parseCurrency = (raw: string | undefined) => (raw && /^[A-Z]{3}$/.test(raw.trim()) ? raw.trim() : undefined);
export const parseCountry = (raw: string | undefined) => (raw && /^[A-Z]{2}$/.test(raw.trim().toUpperCase()) ? raw.trim().toUpperCase() : undefined);

/** Incoterms 2010/2020 codes (2020 replaced DAT by DPU; both still appear). */
const INCOTERMS = new Set(['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DAT', 'DDP']);
export function parseIncoterm(raw: string | undefined): string | undefined {
  const code = raw?.trim().toUpperCase();
  if (code && INCOTERMS.has(code)) return code;
  const inText = raw?.toUpperCase().match(/\b(EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DAT|DDP)\b/);
  return inText?.[1];
}

/** A commodity code kept as digits (HS heading 4, subheading 6, CN/TN VED 8–10). */
export function parseCommodityCode(raw: string | undefined): string | undefined {
  const digits = raw?.replace(/[\s.]/g, '');
  return digits && /^\d{4,10}$/.test(digits) ? digits : undefined;
}

/** Collapses whitespace (line breaks in names and descriptions are layout, not content). */
export const cleanText = (raw: string | undefined) => raw?.replace(/\s+/g, ' ').trim() || undefined;

/** Same amount to the cent (the margin only absorbs binary floating-point error). */
export const sameAmount = (a: number, b: number) => Math.abs(a - b) < 0.005 + 1e-9;

/** quantity × price gives the amount, allowing for a price rounded to 4 decimals (3 × 3.3333 = 10.00). */
const productGives = (quantity: number, price: number, amount: number) => Math.abs(quantity * price - amount) <= 0.005 + Math.abs(quantity) * 0.00005;

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Unit price from a price given per base quantity (EN 16931 BT-146/BT-149). Some producers write the
 * line quantity into the base quantity by mistake (an Odoo export: 10.00 per 15 g for 15 g = 150.00);
 * the interpretation that reproduces the line amount wins, and the other case is reported.
 */
export function unitPriceOf(price: number | undefined, baseQuantity: number | undefined, quantity: number | undefined, amount: number | undefined): { value?: number; warning?: string } {
  if (price === undefined) return {};
  if (!baseQuantity || baseQuantity === 1) return { value: price };
  const perUnit = round6(price / baseQuantity);
  if (quantity !== undefined && amount !== undefined && !productGives(quantity, perUnit, amount) && productGives(quantity, price, amount)) {
    return { value: price, warning: `price ${price} per base quantity ${baseQuantity} taken as a unit price: quantity × price gives the line amount ${amount}` };
  }
  return { value: perUnit };
}
