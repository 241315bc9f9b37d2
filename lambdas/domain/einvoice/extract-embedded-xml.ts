import { detectEInvoice, type EInvoiceSyntax } from './detect-einvoice';
import { loadPdfJs } from '../reading/load-pdfjs';
import { MAX_XML_CHARS } from './xml-tree';

export interface EmbeddedEInvoice {
  /** The attachment's file name as stored in the PDF (path stripped). */
  fileName: string;
  xml: string;
  syntax: EInvoiceSyntax;
}

/**
 * Attachment names the hybrid-invoice standards prescribe, most specific first: Factur-X / ZUGFeRD 2.1+
 * (factur-x.xml), ZUGFeRD 2.0 (zugferd-invoice.xml), ZUGFeRD 1.0 (ZUGFeRD-invoice.xml), XRechnung
 * (xrechnung.xml). Any other attachment that detects as an e-invoice (a UBL file from Odoo…) comes after.
 */
const STANDARD_NAMES = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml'];
/** Hybrid invoices attach a single small XML; bigger attachments are not one and are not decoded. */
const MAX_ATTACHMENT_BYTES = MAX_XML_CHARS;
/** Page-level file attachment annotations are a fallback; only the first pages are looked at. */
const MAX_ANNOTATION_PAGES = 5;

interface Attachment {
  filename: string;
  content: Uint8Array;
}

/**
 * Finds the e-invoice XML embedded in a PDF (Factur-X, ZUGFeRD 1/2, XRechnung, UBL attachments) via the
 * document's embedded files, falling back to file-attachment annotations. Returns undefined when there is
 * none — and when pdf.js cannot open the PDF at all: the text reader then reports why the file is unreadable.
 */
export async function extractEmbeddedXml(pdf: Uint8Array): Promise<EmbeddedEInvoice | undefined> {
  const pdfjs = await loadPdfJs();
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: pdf.slice(), // pdf.js detaches the buffer it is given
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch {
    return undefined;
  }
  try {
    const embedded = toAttachments(await doc.getAttachments());
    const found = pickEInvoice(embedded);
    if (found) return found;
    const annotated: Attachment[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_ANNOTATION_PAGES); n++) {
      const annotations = (await (await doc.getPage(n)).getAnnotations()) as Array<{ annotationType?: number; file?: unknown }>;
      annotated.push(...toAttachments(annotations.filter((a) => a.annotationType === pdfjs.AnnotationType.FILEATTACHMENT).map((a) => a.file)));
    }
    return pickEInvoice(annotated);
  } finally {
    await doc.destroy();
  }
}

/** pdf.js returns attachments untyped: keep only entries with a name and byte content. */
function toAttachments(raw: unknown): Attachment[] {
  const values = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? Object.values(raw) : [];
  return values.filter((v): v is Attachment => !!v && typeof v === 'object' && typeof (v as Attachment).filename === 'string' && (v as Attachment).content instanceof Uint8Array);
}

function pickEInvoice(attachments: Attachment[]): EmbeddedEInvoice | undefined {
  const rank = (a: Attachment) => {
    const i = STANDARD_NAMES.indexOf(a.filename.toLowerCase());
    return i >= 0 ? i : STANDARD_NAMES.length + (a.filename.toLowerCase().endsWith('.xml') ? 0 : 1);
  };
  for (const attachment of [...attachments].sort((a, b) => rank(a) - rank(b))) {
    if (attachment.content.length > MAX_ATTACHMENT_BYTES) continue;
    const xml = decodeXml(attachment.content);
    const detection = detectEInvoice(xml);
    if (detection) return { fileName: attachment.filename, xml, syntax: detection.syntax };
  }
  return undefined;
}

/** Decodes XML bytes by their BOM or declared encoding (UTF-8 unless stated otherwise, per the XML spec). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = head.match(/^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // an unknown label: UTF-8 is the XML default
  }
}
