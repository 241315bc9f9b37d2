/**
 * Typed, fail-fast configuration. Handlers read what they need once, at cold start; a missing or malformed
 * variable stops the function before it touches any event, with a message naming the variable.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

export function requireString(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`environment variable ${name} is required`);
  return value;
}

export function optionalInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`environment variable ${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** Environment variable names: CDK sets them (lib/) and the local runtime resolves them from the same template. */
export const ENV = {
  bucket: 'INGEST_BUCKET_NAME',
  table: 'AUDIT_TABLE_NAME',
  stateMachine: 'STATE_MACHINE_ARN',
  maxBytes: 'MAX_DOCUMENT_BYTES',
  maxPages: 'MAX_DOCUMENT_PAGES',
  s3ForcePathStyle: 'S3_FORCE_PATH_STYLE',
  ocrEngine: 'OCR_ENGINE',
} as const;

/**
 * OCR engines a runtime offers, from OCR_ENGINE: `none`, `tesseract` (the local runtime, where installed) or
 * `tesseract+textract` (the AWS read image: Tesseract for Cyrillic and Chinese, Textract for Latin scans).
 */
export function ocrEngines(env: Env): { tesseract: boolean; textract: boolean } {
  const raw = env[ENV.ocrEngine]?.trim() || 'none';
  const engines = new Set(raw.split('+'));
  const known = new Set(['none', 'tesseract', 'textract']);
  if ([...engines].some((e) => !known.has(e)) || (engines.has('textract') && !engines.has('tesseract'))) {
    // Textract is routed by Tesseract's script detection, so it never runs alone.
    throw new ConfigError(`environment variable ${ENV.ocrEngine} must be none, tesseract or tesseract+textract, got "${raw}"`);
  }
  return { tesseract: engines.has('tesseract'), textract: engines.has('textract') };
}

export const DEFAULT_LIMITS = { maxBytes: 50 * 1024 * 1024, maxPages: 200 };
