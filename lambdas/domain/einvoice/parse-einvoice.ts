import type { InvoiceModel } from '../invoice-model';
import { detectEInvoice, type EInvoiceSyntax } from './detect-einvoice';
import type { HeaderEvidence, ReadInvoice } from './model-builder';
import { parseCii } from './parse-cii';
import { parseEsf } from './parse-esf';
import { parseUbl } from './parse-ubl';
import { EInvoiceError, parseXml } from './xml-tree';

export interface ParsedEInvoice {
  syntax: EInvoiceSyntax;
  /** The specification/profile the document declares (CII guideline, UBL CustomizationID), when it does. */
  profile?: string;
  /** Every value's evidence follows the XML evidence convention (see xml-evidence.ts). */
  model: InvoiceModel;
  /** Evidence of the header values (number, date, currency, total, incoterms, place of delivery). */
  headerEvidence: HeaderEvidence;
}

/**
 * Reads a structured e-invoice (CII / ZUGFeRD 1.0 / UBL Invoice or CreditNote / Kazakhstan ESF) into the
 * InvoiceModel every reader produces. Throws EInvoiceError when the XML is not one of these or is unsafe.
 */
export function parseEInvoice(xml: string): ParsedEInvoice {
  const detection = detectEInvoice(xml);
  if (!detection) throw new EInvoiceError('the XML is not a recognised e-invoice (CII, ZUGFeRD 1.0, UBL 2.1 or ESF InvoiceV2)');
  const tree = parseXml(xml);
  const { model, headerEvidence } = readModel(tree, detection.syntax);
  const profile = profileOf(tree, detection.syntax);
  return profile ? { syntax: detection.syntax, profile, model, headerEvidence } : { syntax: detection.syntax, model, headerEvidence };
}

function readModel(tree: Record<string, unknown>, syntax: EInvoiceSyntax): ReadInvoice {
  switch (syntax) {
    case 'cii':
    case 'zugferd-1':
      return parseCii(tree, syntax);
    case 'ubl-invoice':
    case 'ubl-credit-note':
      return parseUbl(tree, syntax);
    case 'kz-esf':
      return parseEsf(tree);
  }
}

function profileOf(tree: Record<string, unknown>, syntax: EInvoiceSyntax): string | undefined {
  const get = (obj: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => (o && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>)[k] : undefined), obj);
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  switch (syntax) {
    case 'cii':
      return text(get(tree, 'CrossIndustryInvoice', 'ExchangedDocumentContext', 'GuidelineSpecifiedDocumentContextParameter', 'ID'));
    case 'zugferd-1':
      return text(get(tree, 'CrossIndustryDocument', 'SpecifiedExchangedDocumentContext', 'GuidelineSpecifiedDocumentContextParameter', 'ID'));
    case 'ubl-invoice':
      return text(get(tree, 'Invoice', 'CustomizationID')) ?? (text(get(tree, 'Invoice', 'UBLVersionID')) && `UBL ${text(get(tree, 'Invoice', 'UBLVersionID'))}`);
    case 'ubl-credit-note':
      return text(get(tree, 'CreditNote', 'CustomizationID'));
    case 'kz-esf':
      return 'InvoiceV2';
  }
}
