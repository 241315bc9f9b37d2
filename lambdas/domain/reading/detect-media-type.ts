/** Sniffs the real media type from the first bytes; the file extension and the uploader's MIME are not trusted. */
export function detectMediaType(head: Uint8Array): string {
  const starts = (...sig: number[]) => sig.every((b, i) => head[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'application/zip';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<?xml') || text.startsWith('<')) return 'application/xml';
  return 'application/octet-stream';
}

export const IMAGE_MEDIA_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/tiff']);
