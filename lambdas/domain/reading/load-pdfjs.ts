/**
 * The one pdf.js loader (text layers, embedded e-invoices). pdf.js only needs DOMMatrix as a value at module
 * load (it is used for rendering, which we never do); defining a minimal one keeps pdf.js from loading the
 * optional native canvas package, so the bundled Lambda and the local runtime behave identically. Its worker
 * code runs in this thread because a bundled Lambda has no separate worker file.
 */
class TextOnlyDomMatrix {
  a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
  constructor(init?: number[]) {
    if (Array.isArray(init) && init.length === 6) [this.a, this.b, this.c, this.d, this.e, this.f] = init;
  }
}

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });
let pdfjsPromise: Promise<PdfJs> | undefined;

export async function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const g = globalThis as Record<string, unknown>;
    g.DOMMatrix ??= TextOnlyDomMatrix;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // @ts-expect-error pdf.js ships no types for its worker module; it is only handed back to pdf.js.
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  })();
  return pdfjsPromise;
}
