/**
 * Recognises a structured e-invoice by its root element and that element's namespace, without parsing
 * the whole document: it is cheap enough to run on every XML upload and on every PDF attachment.
 */
export type EInvoiceSyntax =
  | 'cii' // UN/CEFACT Cross Industry Invoice D16B: Factur-X, ZUGFeRD 2.x, XRechnung CII
  | 'zugferd-1' // ZUGFeRD 1.0 CrossIndustryDocument
  | 'ubl-invoice' // OASIS UBL 2.x Invoice (EN 16931, PEPPOL, XRechnung UBL)
  | 'ubl-credit-note'
  | 'kz-esf'; // Kazakhstan ИС ЭСФ electronic invoice, InvoiceV2

export interface EInvoiceDetection {
  syntax: EInvoiceSyntax;
  /** Local name of the document element (for ESF containers: of the container). */
  root: string;
  namespace: string;
  /** ESF containers may hold several invoices; the readers take the first. */
  invoiceCount: number;
}

const NAMESPACES: Array<[string, string, EInvoiceSyntax]> = [
  ['CrossIndustryInvoice', 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100', 'cii'],
  ['CrossIndustryDocument', 'urn:ferd:CrossIndustryDocument:invoice:1p0', 'zugferd-1'],
  ['Invoice', 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2', 'ubl-invoice'],
  ['CreditNote', 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2', 'ubl-credit-note'],
  ['invoice', 'v2.esf', 'kz-esf'],
];
/** The ESF upload/download container (`esf:invoiceContainer/invoiceSet/v2:invoice…`). */
const ESF_CONTAINER: [string, string] = ['invoiceContainer', 'esf'];
const ESF_INVOICE_TAG = /<([A-Za-z_][\w.-]*:)?invoice(?=[\s/>])([^>]*)>/g;

interface StartTag {
  prefix?: string;
  local: string;
  attributes: Map<string, string>;
}

/** Detects the e-invoice syntax of an XML text; undefined for anything else (other XML, HTML, binary). */
export function detectEInvoice(xml: string): EInvoiceDetection | undefined {
  const root = rootStartTag(xml);
  if (!root) return undefined;
  const namespace = namespaceOf(root, root.attributes);
  if (root.local === ESF_CONTAINER[0] && namespace === ESF_CONTAINER[1]) {
    const invoiceCount = countEsfInvoices(xml, root);
    return invoiceCount ? { syntax: 'kz-esf', root: root.local, namespace: ESF_CONTAINER[1], invoiceCount } : undefined;
  }
  const known = NAMESPACES.find(([local, ns]) => local === root.local && ns === namespace);
  return known ? { syntax: known[2], root: root.local, namespace: known[1], invoiceCount: 1 } : undefined;
}

/** The first start tag after the prolog (BOM, XML declaration, comments, processing instructions). */
function rootStartTag(xml: string): StartTag | undefined {
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i])) i++;
    if (xml.startsWith('<?', i)) i = skipPast(xml, i, '?>');
    else if (xml.startsWith('<!--', i)) i = skipPast(xml, i, '-->');
    else break;
    if (i < 0) return undefined;
  }
  if (xml[i] !== '<') return undefined; // not XML, or a DOCTYPE, which e-invoices never carry
  const match = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/.exec(xml.slice(i, i + 16384));
  if (!match) return undefined;
  return { prefix: match[1]?.slice(0, -1), local: match[2], attributes: parseAttributes(match[3]) };
}

function skipPast(xml: string, from: number, end: string): number {
  const at = xml.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of source.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.set(m[1], m[2] ?? m[3] ?? '');
  return attributes;
}

/** The namespace of a tag: its own declarations first, then those inherited from the root. */
function namespaceOf(tag: StartTag, inherited: Map<string, string>): string | undefined {
  const key = tag.prefix ? `xmlns:${tag.prefix}` : 'xmlns';
  return tag.attributes.get(key) ?? inherited.get(key);
}

function countEsfInvoices(xml: string, container: StartTag): number {
  let count = 0;
  for (const m of xml.matchAll(ESF_INVOICE_TAG)) {
    const tag: StartTag = { prefix: m[1]?.slice(0, -1), local: 'invoice', attributes: parseAttributes(m[2]) };
    if (namespaceOf(tag, container.attributes) === 'v2.esf') count++;
  }
  return count;
}
