import type { Box, Evidence, ReadingEngine } from '../document-model';

/**
 * Evidence convention for values read from a structured e-invoice (engine 'e-invoice'):
 *
 *   { page: 0, box: [0, 0, 0, 0], text: '<xpath>: <value>', confidence: 1 }
 *
 * - page 0 means "not on a printed page": the value comes from the XML (standalone, or attached to a PDF);
 *   printed pages are numbered from 1, so the two can never be confused.
 * - box is empty for the same reason.
 * - text is the XPath of the element the value was read from, then ": ", then the value as written in the
 *   XML. Paths use each syntax's conventional prefixes (rsm/ram/udt for CII, cac/cbc for UBL, v2/esf for
 *   ESF), not necessarily those bound in the document, and 1-based positions only where an element repeats,
 *   e.g. `/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem[2]/ram:SpecifiedTradeProduct/ram:Name: Stoßfänger`.
 * - confidence is 1: the value is machine-readable data, not a reading of pixels.
 */
export const XML_EVIDENCE_PAGE = 0;
/** The reading engine to record (audit record `engines`) for values read this way. */
export const E_INVOICE_ENGINE: ReadingEngine = 'e-invoice';
export const XML_EVIDENCE_BOX: Box = [0, 0, 0, 0];

export function xmlEvidence(path: string, value: string | number): Evidence {
  return { page: XML_EVIDENCE_PAGE, box: [...XML_EVIDENCE_BOX], text: `${path}: ${value}`, confidence: 1 };
}

/** Whether a piece of evidence points into an e-invoice XML rather than at a printed page. */
export function isXmlEvidence(evidence: Evidence): boolean {
  return evidence.page === XML_EVIDENCE_PAGE && evidence.box.every((v) => v === 0);
}
