import type { Nomenclature } from './nomenclature';

/**
 * A printed HS / TN VED code, normalised to HS 2022:
 * «8482 10 100 9», «8482.10.1009», «848210», «84821010» (8-digit national) → 848210;
 * «8482» → heading only (every subheading under it is a candidate).
 */
export interface PrintedCode {
  /** Digits as printed. */
  digits: string;
  /** The HS 2022 subheading, when the code determines one. */
  hs6: string | null;
  /** The HS 2022 heading, when the code determines at least that. */
  heading: string | null;
  /** Every HS 2022 subheading the goods can be in (one for a full code, all under a heading). */
  candidates: string[];
  /** What had to be interpreted (old HS version, dropped leading zero, unknown subheading). */
  note?: string;
}

/**
 * HS 2017 → HS 2022 for the subheadings that moved where the CHPL is concerned (WCO HS 2022 amendments:
 * new heading 8806 for unmanned aircraft moved 8803 to 8807; 8525.80, 8541.40 and 8541.50 were split).
 */
const HS2017_TO_2022: Record<string, string[]> = {
  '880310': ['880710'], '880320': ['880720'], '880330': ['880730'], '880390': ['880790'],
  '852580': ['852581', '852582', '852583', '852589'],
  '854140': ['854141', '854142', '854143', '854149'],
  '854150': ['854151', '854159'],
};

type Codes = Pick<Nomenclature, 'subheadings' | 'headings' | 'subheadingsOf'>;

export function normalizePrintedCode(raw: string, nom: Codes): PrintedCode {
  const digits = raw.replace(/\D/g, '');
  const base = { digits, hs6: null, heading: null, candidates: [] as string[] };
  if (digits.length === 4) return headingOnly(digits, nom, base);
  if (digits.length < 4) return { ...base, note: `code "${raw}" is too short for a heading` };

  const direct = fromSix(digits.slice(0, 6), nom);
  // An odd length (5, 7, 9 digits) often means a spreadsheet dropped the leading zero of chapters 01–09.
  if (digits.length % 2 === 1 && (!direct.hs6 || digits.length === 9 || digits.length === 5)) {
    const padded = fromSix(`0${digits}`.slice(0, 6), nom);
    if (padded.hs6) return { ...base, ...padded, note: `read as 0${digits}: a leading zero seems to have been dropped${padded.note ? `; ${padded.note}` : ''}` };
  }
  if (direct.hs6 || direct.candidates.length) return { ...base, ...direct };
  const heading = digits.slice(0, 4);
  if (nom.headings.has(heading)) {
    return { ...headingOnly(heading, nom, base), note: `${digits.slice(0, 6)} is not an HS 2022 subheading; only its heading ${heading} could be used` };
  }
  return { ...base, note: `${digits.slice(0, 6)} is neither an HS 2022 subheading nor under an HS 2022 heading` };
}

function fromSix(six: string, nom: Codes): Pick<PrintedCode, 'hs6' | 'heading' | 'candidates' | 'note'> {
  if (nom.subheadings.has(six)) return { hs6: six, heading: six.slice(0, 4), candidates: [six] };
  const moved = HS2017_TO_2022[six];
  if (moved) {
    const note = `${six} is an HS 2017 subheading; HS 2022 ${moved.length === 1 ? 'moved it to' : 'split it into'} ${moved.join(', ')}`;
    return { hs6: moved.length === 1 ? moved[0] : null, heading: moved[0].slice(0, 4), candidates: moved, note };
  }
  return { hs6: null, heading: null, candidates: [] };
}

function headingOnly(heading: string, nom: Codes, base: PrintedCode): PrintedCode {
  if (!nom.headings.has(heading)) return { ...base, note: `${heading} is not an HS 2022 heading` };
  return { ...base, heading, candidates: nom.subheadingsOf.get(heading) ?? [] };
}

/** Expands a vocabulary code (chapter, heading, subheading or a list of them) to HS 2022 subheadings. */
export function expandCodes(codes: string | string[], nom: Codes): string[] {
  const out = new Set<string>();
  for (const code of Array.isArray(codes) ? codes : [codes]) {
    if (code.length === 6) { if (nom.subheadings.has(code)) out.add(code); }
    else if (code.length === 4) for (const hs6 of nom.subheadingsOf.get(code) ?? []) out.add(hs6);
    else if (code.length === 2) for (const [heading, list] of nom.subheadingsOf) if (heading.startsWith(code)) list.forEach((hs6) => out.add(hs6));
  }
  return [...out].sort();
}
