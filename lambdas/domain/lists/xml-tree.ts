import { XMLParser } from 'fast-xml-parser';
import { asText } from './list-values';

/** An element as fast-xml-parser gives it: child elements by name, attributes as `@name`, text as `#text`. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  removeNSPrefix: true,
  // Identifiers such as "00123" must stay text.
  parseTagValue: false,
  parseAttributeValue: false,
  // The UN file writes "&#8217;" and "&#233;".
  htmlEntities: true,
  trimValues: true,
});

/** A downloaded list is untrusted input: no published list format declares a DTD, and entity expansion is an attack. */
export class UnsafeXmlError extends Error {
  override readonly name = 'UnsafeXmlError';
}

export function parseXml(input: string | Buffer): XmlNode {
  const xml = asText(input);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new UnsafeXmlError('the list XML declares a DTD or entities, which no published list format does');
  return parser.parse(xml) as XmlNode;
}

const isNode = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The child elements called `name`, always as a list (the parser collapses a single one). */
export function children(node: unknown, name: string): XmlNode[] {
  if (!isNode(node)) return [];
  const value = node[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map((v) => (isNode(v) ? v : { '#text': v }));
}

/** The first child element called `name` (an empty node when absent). */
export function child(node: unknown, name: string): XmlNode {
  return children(node, name)[0] ?? {};
}

/** Text of an element, or of its first child element called `name`. */
export function text(node: unknown, name?: string): string {
  const target = name === undefined ? node : child(node, name);
  if (typeof target === 'string' || typeof target === 'number') return String(target).trim();
  return isNode(target) && target['#text'] !== undefined ? String(target['#text']).trim() : '';
}

/** Texts of all child elements called `name`. */
export function texts(node: unknown, name: string): string[] {
  return children(node, name).map((c) => text(c)).filter(Boolean);
}

export function attr(node: unknown, name: string): string {
  return isNode(node) && node[`@${name}`] !== undefined ? String(node[`@${name}`]).trim() : '';
}

/** Every element called `name` at any depth below `node`, in document order. */
export function descendants(node: unknown, name: string): XmlNode[] {
  if (Array.isArray(node)) return node.flatMap((n) => descendants(n, name));
  if (!isNode(node)) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key.startsWith('@') || key === '#text' ? [] : [...(key === name ? children(node, key) : []), ...descendants(value, name)],
  );
}
