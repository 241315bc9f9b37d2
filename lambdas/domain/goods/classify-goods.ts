import { describeCode, readDescription, type DescriptionReading } from './classify-description';
import { dotted, type ControlHit } from './control-lists';
import { normalizePrintedCode, type PrintedCode } from './hs-code';
import type { GoodsData } from './load-goods-data';

export interface GoodsInput {
  text: string;
  hsCode?: string;
}

export interface GoodsClassification {
  /** HS 2022 subheading, 6 digits (848210), when one is determined. */
  hs6: string | null;
  /** HS 2022 heading, 4 digits. */
  heading: string | null;
  /** 0..1 */
  confidence: number;
  source: 'printed-code' | 'description' | 'both';
  controls: ControlHit[];
  explanation: string;
  /** Every HS 2022 subheading the goods can be in, as far as code and words tell. */
  candidates: string[];
  printed?: PrintedCode;
  description?: DescriptionReading;
}

/** Readings from the description below this confidence only ever make a control "possible". */
const SURE_DESCRIPTION = 0.5;
/** A description that contradicts the printed code is reported when the reading is at least this sure. */
const CONTRADICTION = 0.7;

/**
 * Printed code → HS 2022 subheading → control lists; the description classifies the goods when no usable code
 * is printed and cross-checks the code when one is.
 */
export function classifyGoods(input: GoodsInput, data: GoodsData): GoodsClassification {
  const nom = data.nomenclature;
  const printed = input.hsCode?.trim() ? normalizePrintedCode(input.hsCode, nom) : undefined;
  const description = input.text?.trim() ? readDescription(input.text, data.vocabulary, nom) : undefined;
  const codeStep = printed ? printedStep(input.hsCode ?? '', printed, data) : undefined;

  if (printed?.candidates.length) {
    const agreed = description ? printed.candidates.filter((c) => description.candidates.includes(c)) : [];
    if (agreed.length && description) {
      const both = describeBoth(printed, description, agreed);
      return withControls({ ...both, printed, description, explanation: `${codeStep}; ${description.explanation}` }, data);
    }
    const result = {
      hs6: printed.hs6, heading: printed.heading, candidates: printed.candidates, source: 'printed-code' as const, printed, description,
      confidence: printed.hs6 ? (printed.note ? 0.9 : 0.95) : 0.5,
      explanation: codeStep ?? '',
    };
    if (description?.candidates.length && description.confidence >= CONTRADICTION) {
      // The words say other goods than the code: keep the declared code, and say what the words would be.
      return withContradiction({ ...result, confidence: Math.min(result.confidence, 0.6) }, description, data);
    }
    return withControls(result, data);
  }

  if (description?.candidates.length) {
    const note = codeStep ? `${codeStep}; ` : '';
    return withControls({
      hs6: description.hs6, heading: description.heading, candidates: description.candidates, source: 'description', printed, description,
      confidence: description.confidence, explanation: `${note}${description.explanation}`,
    }, data, description.confidence < SURE_DESCRIPTION);
  }
  return {
    hs6: null, heading: null, candidates: [], source: printed ? 'printed-code' : 'description', confidence: 0, controls: [], printed, description,
    explanation: [codeStep, description?.explanation].filter(Boolean).join('; ') || 'nothing to classify',
  };
}

function describeBoth(printed: PrintedCode, description: DescriptionReading, agreed: string[]): Omit<GoodsClassification, 'controls' | 'explanation'> {
  const hs6 = agreed.length === 1 ? agreed[0] : printed.hs6;
  const headings = [...new Set(agreed.map((c) => c.slice(0, 4)))];
  const confidence = printed.hs6 ? (description.hs6 === printed.hs6 ? 0.99 : 0.97) : Math.min(0.95, description.confidence + 0.1);
  return { hs6, heading: headings.length === 1 ? headings[0] : printed.heading, candidates: agreed, confidence, source: 'both' };
}

function printedStep(raw: string, printed: PrintedCode, data: GoodsData): string {
  const nom = data.nomenclature;
  const target = printed.hs6
    ? `HS 2022 ${describeCode(printed.hs6, nom)}`
    : printed.candidates.length
      ? `HS 2022 ${printed.heading ? `heading ${describeCode(printed.heading, nom)}` : describeCode(printed.candidates, nom)} (subheading not determined by the code)`
      : 'no HS 2022 code';
  return `printed code «${raw.trim()}» → ${target}${printed.note ? ` (${printed.note})` : ''}`;
}

type Unchecked = Omit<GoodsClassification, 'controls'>;

function withControls(result: Unchecked, data: GoodsData, forcePossible = false): GoodsClassification {
  const controls = data.controls.controlsFor(result.candidates, forcePossible);
  return { ...result, controls, explanation: `${result.explanation}${controlsStep(controls)}` };
}

function withContradiction(result: Unchecked, description: DescriptionReading, data: GoodsData): GoodsClassification {
  const declared = data.controls.controlsFor(result.candidates);
  const listed = new Set(declared.filter((c) => c.match === 'exact').map((c) => c.list));
  const fromWords = data.controls.controlsFor(description.candidates, true).filter((c) => !listed.has(c.list));
  const controls = [...declared, ...fromWords];
  const words = description.hs6 ? dotted(description.hs6) : description.heading ?? description.candidates.map(dotted).join('|');
  const explanation = `${result.explanation}; but the ${description.explanation} — the description does not match the declared code (it reads as ${words}): check the classification`;
  return { ...result, controls, explanation: `${explanation}${controlsStep(controls)}` };
}

function controlsStep(controls: ControlHit[]): string {
  if (!controls.length) return '; on none of the control lists';
  return `; ${controls.map((c) => `${c.match === 'exact' ? 'listed' : 'possibly listed'}: ${c.list}${c.tier ? ` tier ${c.tier}` : ''} (${c.entryId})`).join('; ')}`;
}
