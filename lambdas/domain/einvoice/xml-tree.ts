import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An XML document that is not a readable e-invoice (malformed, unsafe, too large or of an unknown syntax). */
export class EInvoiceError extends Error {
  override readonly name = 'EInvoiceError';
}

/** E-invoices are a few hundred kB at most; anything far larger is not one and is not worth parsing. */
export const MAX_XML_CHARS = 10_000_000;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Documents bind the same namespaces to different prefixes (rsm:, default xmlns, ubl:…); every syntax
  // read here has unique local names, so matching on the local name is both simpler and more robust.
  removeNSPrefix: true,
  // Values stay strings: invoice numbers such as "000127" must keep their zeros; amounts are parsed strictly.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  htmlEntities: false,
});

/** Rejects what no e-invoice needs and only an attacker would send: DTDs (entity expansion) and huge input. */
export function parseXml(xml: string): Record<string, unknown> {
  if (xml.length > MAX_XML_CHARS) throw new EInvoiceError(`the XML is too large (${xml.length} characters)`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new EInvoiceError('the XML declares a DTD or entities, which e-invoices never do');
  const text = xml.replace(/^\uFEFF/, '');
  // The parser itself is lenient (it closes what is left open); a truncated invoice must not read as complete.
  const validation = XMLValidator.validate(text);
  if (validation !== true) throw new EInvoiceError(`the XML is not well-formed (${validation.err.msg}, line ${validation.err.line})`);
  try {
    return parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new EInvoiceError(`the XML is not well-formed (${error instanceof Error ? error.message : String(error)})`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A read-only cursor over the parsed tree that remembers its XPath, so every value read carries the
 * path it came from (the evidence of XML-sourced values). Steps are written with the syntax's
 * conventional prefix ("ram:Name", "cbc:ID"); only the local name is used to look the element up.
 */
export class XmlNode {
  constructor(
    readonly raw: unknown,
    readonly path: string,
  ) {}

  /** Every child element with this local name, indexed in the path when there are several. */
  all(step: string): XmlNode[] {
    if (!isRecord(this.raw)) return [];
    const local = step.slice(step.indexOf(':') + 1);
    if (!Object.prototype.hasOwnProperty.call(this.raw, local)) return [];
    const value = this.raw[local];
    const items = Array.isArray(value) ? value : [value];
    return items.map((item, i) => new XmlNode(item, items.length > 1 ? `${this.path}/${step}[${i + 1}]` : `${this.path}/${step}`));
  }

  /** The first element along a path of steps, or undefined when any step is missing. */
  at(...steps: string[]): XmlNode | undefined {
    let node: XmlNode | undefined = this;
    for (const step of steps) node = node?.all(step)[0];
    return node;
  }

  /** Trimmed text content; empty elements count as absent. */
  text(): string | undefined {
    const value = isRecord(this.raw) ? this.raw['#text'] : this.raw;
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    const text = String(value).trim();
    return text ? text : undefined;
  }

  /** Text of the element at a path of steps. */
  textAt(...steps: string[]): string | undefined {
    return this.at(...steps)?.text();
  }

  attr(name: string): string | undefined {
    if (!isRecord(this.raw)) return undefined;
    const value = this.raw[`@_${name}`];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  }
}

/** The root element of a parsed document, by local name. */
export function rootNode(tree: Record<string, unknown>, local: string, pathStep: string): XmlNode {
  if (!Object.prototype.hasOwnProperty.call(tree, local)) throw new EInvoiceError(`the XML has no ${pathStep} root element`);
  return new XmlNode(tree[local], `/${pathStep}`);
}
