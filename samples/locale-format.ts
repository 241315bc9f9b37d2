/**
 * Number formatting as it appears on paper in each locale. Written out by hand instead of
 * Intl.NumberFormat because ICU uses U+00A0/U+202F as the Russian group separator and its
 * output differs between Node builds; the samples must be byte-stable and use a plain space.
 */

export type NumberStyle = 'ru' | 'en';

const SEPARATORS: Record<NumberStyle, { group: string; decimal: string }> = {
  ru: { group: ' ', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function groupThousands(integerDigits: string, group: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Money from integer minor units (cents), always with two decimals. */
export function formatMoney(cents: number, style: NumberStyle): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new Error(`bad amount in cents: ${cents}`);
  const { group, decimal } = SEPARATORS[style];
  const whole = groupThousands(String(Math.floor(cents / 100)), group);
  return `${whole}${decimal}${String(cents % 100).padStart(2, '0')}`;
}

/** Quantities: grouped integer part, decimals only when present (e.g. tonnes). */
export function formatQuantity(quantity: number, style: NumberStyle): string {
  const { group, decimal } = SEPARATORS[style];
  const [whole, fraction] = String(quantity).split('.');
  return groupThousands(whole, group) + (fraction ? decimal + fraction : '');
}
