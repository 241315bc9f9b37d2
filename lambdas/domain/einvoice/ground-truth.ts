import type { InvoiceModel } from '../invoice-model';
import { parseEInvoice } from './parse-einvoice';

/**
 * Ground truth for the extraction benchmark: the invoice model of an e-invoice XML (the attachment of a
 * Factur-X/ZUGFeRD PDF, a UBL or an ESF file), read with the same parsers the pipeline uses, so the text
 * extractor can be scored field by field against what the issuer declared in machine-readable form.
 * Throws EInvoiceError for XML that is not a supported e-invoice.
 */
export function invoiceTruthFromXml(xml: string): InvoiceModel {
  return parseEInvoice(xml).model;
}
