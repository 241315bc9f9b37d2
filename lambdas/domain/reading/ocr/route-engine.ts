import type { DocumentPage, ReadingEngine } from '../../document-model';
import {
  assessTextLayer,
  countScripts,
  DEFAULT_TEXT_LAYER_THRESHOLDS,
  hasKazakhLetters,
  scriptFromOsdName,
  scriptsOf,
  type Script,
  type TextLayerThresholds,
} from './detect-scripts';

/**
 * Per-page engine choice. A real PDF text layer is exact and free, so it wins. Otherwise the page needs OCR:
 * on AWS, Textract only for Latin-script pages (AnalyzeExpense reads English only: Cyrillic and Chinese come
 * back as wrong Latin look-alikes), Tesseract for everything else; locally Tesseract always.
 */
export type Runtime = 'aws' | 'local';

export interface RoutingPolicy {
  runtime: Runtime;
  /** Whether Textract may be called at all (AWS with the Textract permissions and topic configured). */
  textractEnabled: boolean;
  /** Tesseract models when the scripts are unknown (OSD found too little text): every language we expect. */
  fallbackLanguages: string;
  /** Models for the page's main script; the order matters to Tesseract (the first is tried first). */
  languagesByScript: Record<Script, string>;
  /** The one model added for each further script on the page (a Chinese page with English names: + eng). */
  extraModelByScript: Record<Script, string>;
  textLayer: TextLayerThresholds;
  /**
   * OSD names one script per page and gets it wrong on coarse scans (on the samples at 100–200 dpi it called
   * the Kazakh and the Chinese page "Latin", with script confidence ≤ 2.4, where real Latin pages scored ≥ 5.9
   * at 200 dpi). Below this confidence an OSD "Latin" does not send a page to Textract.
   */
  minOsdConfidenceForTextract: number;
}

/**
 * Measured on rasters of the samples (ocr/README.md). Cyrillic pages need kaz, since rus alone drops every
 * Kazakh letter (word recall 0.61 on the Kazakh sample, 0.92 with kaz); kaz goes after eng because placed
 * before it, it turns Latin identifiers into Cyrillic look-alikes ("KZ-2025-0117" → "К2-2025-0117"). eng rides
 * along for IBANs, SWIFT codes and Incoterms. A Chinese page read with the Cyrillic models first loses a third
 * of its Latin/digit tokens, so Han pages read chi_sim, alone: it reads their Latin and digits too, and every model
 * added beside it lost Han words to that model (below).
 */
export const DEFAULT_LANGUAGES_BY_SCRIPT: Record<Script, string> = {
  cyrillic: 'rus+eng+kaz',
  latin: 'eng+rus',
  han: 'chi_sim',
  other: 'rus+eng+kaz+chi_sim',
};

export const DEFAULT_EXTRA_MODEL_BY_SCRIPT: Record<Script, string> = { cyrillic: 'rus', latin: 'eng', han: 'chi_sim', other: '' };

export const DEFAULT_FALLBACK_LANGUAGES = 'rus+eng+kaz+chi_sim';

export function defaultRoutingPolicy(runtime: Runtime, overrides: Partial<RoutingPolicy> = {}): RoutingPolicy {
  return {
    runtime,
    textractEnabled: runtime === 'aws',
    fallbackLanguages: DEFAULT_FALLBACK_LANGUAGES,
    languagesByScript: DEFAULT_LANGUAGES_BY_SCRIPT,
    extraModelByScript: DEFAULT_EXTRA_MODEL_BY_SCRIPT,
    textLayer: DEFAULT_TEXT_LAYER_THRESHOLDS,
    minOsdConfidenceForTextract: 3,
    ...overrides,
  };
}

/** What is known about a page before it is read. */
export interface PageSignals {
  page: number;
  /** The PDF text layer of the page; absent for images. */
  textLayer?: string;
  /** Text from a quick OCR pass, when one was made. */
  ocrText?: string;
  /** The script named by Tesseract's orientation-and-script detection (`Script: Cyrillic`)… */
  osdScript?: string;
  /** …and its `Script confidence`. */
  osdScriptConfidence?: number;
}

export interface PageRoute {
  page: number;
  engine: ReadingEngine;
  /** Scripts the decision was based on; empty when unknown. */
  scripts: Script[];
  /** Tesseract `-l` value, when the engine is Tesseract. */
  tesseractLanguages?: string;
  /** Why, for the audit log: "text layer", "text layer garbage: 40% unmapped glyphs; OCR: cyrillic"… */
  reason: string;
}

export function routePage(signals: PageSignals, policy: RoutingPolicy): PageRoute {
  let reason = 'no text layer';
  if (signals.textLayer !== undefined) {
    const verdict = assessTextLayer(signals.textLayer, policy.textLayer);
    if (verdict.usable) return { page: signals.page, engine: 'pdf-text', scripts: scriptsOf(verdict.counts), reason: 'text layer' };
    reason = `text layer ${verdict.reason}: ${verdict.detail}`;
  }
  const { scripts, kazakh, source } = scriptsForOcr(signals);
  reason += `; scripts ${scripts.length ? scripts.join('+') : 'unknown'} (${source})`;
  const sure = source !== 'OSD' || (signals.osdScriptConfidence ?? 0) >= policy.minOsdConfidenceForTextract;
  if (policy.runtime === 'aws' && policy.textractEnabled && sure && scripts.length > 0 && scripts.every((s) => s === 'latin')) {
    return { page: signals.page, engine: 'textract', scripts, reason: `${reason}; Latin only: Textract` };
  }
  const tesseractLanguages = tesseractLanguagesFor(scripts, kazakh, policy);
  return { page: signals.page, engine: 'tesseract', scripts, tesseractLanguages, reason: `${reason}; Tesseract ${tesseractLanguages}` };
}

export function routePages(signals: readonly PageSignals[], policy: RoutingPolicy): PageRoute[] {
  return signals.map((s) => routePage(s, policy));
}

/** A quick OCR text beats OSD: it sees every script on the page (and Kazakh letters); OSD names only the dominant one. */
function scriptsForOcr(signals: PageSignals): { scripts: Script[]; kazakh: boolean; source: string } {
  if (signals.ocrText) {
    const counts = countScripts(signals.ocrText);
    const scripts = scriptsOf(counts);
    if (scripts.length) return { scripts, kazakh: hasKazakhLetters(counts), source: 'quick OCR' };
  }
  const osd = signals.osdScript ? scriptFromOsdName(signals.osdScript) : undefined;
  if (osd) return { scripts: [osd], kazakh: false, source: 'OSD' };
  return { scripts: [], kazakh: false, source: 'none' };
}

/**
 * The main (first) script's models, plus one model per further script: every extra model costs time and,
 * on the samples, accuracy (Cyrillic models misread Chinese pages), so secondary scripts get only their core
 * model. Unknown scripts → the fallback set.
 */
export function tesseractLanguagesFor(
  scripts: readonly Script[],
  kazakh: boolean,
  policy: Pick<RoutingPolicy, 'languagesByScript' | 'extraModelByScript' | 'fallbackLanguages'>,
): string {
  if (scripts.length === 0) return policy.fallbackLanguages;
  const [main, ...rest] = scripts;
  // chi_sim reads the Latin print of a Chinese invoice itself; eng beside it took Han words for Latin ones («货号» read
  // "HS"): on the 17 Chinese scans chi_sim alone read goods lines at 0.74, chi_sim+eng+rus 0.50, chi_sim+rus 0.47.
  // Cyrillic still needs rus (a Chinese–Russian invoice).
  const others = main === 'han' ? rest.filter((s) => s !== 'latin') : rest;
  // On a page known to be Kazakh, kaz first reads its letters best (recall 0.93–0.94 against 0.91–0.92).
  const models = [...(kazakh ? ['kaz'] : []), ...policy.languagesByScript[main].split('+'), ...others.map((s) => policy.extraModelByScript[s])];
  return [...new Set(models.filter(Boolean))].join('+');
}

/** Plain text of a page in reading order, for routing signals (a PDF page read by pdf-text-reader, say). */
export function pageText(page: Pick<DocumentPage, 'lines'>): string {
  return page.lines.map((l) => l.text).join('\n');
}

