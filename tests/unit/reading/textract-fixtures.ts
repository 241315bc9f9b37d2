import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The recorded Textract responses (and two of their source images), copied into the repo: see SOURCES.md there. */
export const TEXTRACT_FIXTURES = join(__dirname, '..', '..', 'fixtures', 'textract');

export function textractFixture<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(join(TEXTRACT_FIXTURES, file), 'utf-8')) as T;
}

export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(TEXTRACT_FIXTURES, file)));
}
