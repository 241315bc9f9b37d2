import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLES_DIR = join(__dirname, '..', '..', 'samples');

export interface SampleTruth {
  file: string;
  languages?: string[];
  invoice?: Record<string, string | number>;
  parties?: Array<{ role: string; name: string; country: string; identifiers: Array<{ scheme: string; value: string }> }>;
  lines?: Array<Record<string, string | number>>;
  expectedFindings?: Array<{ kind: string; list: string; entryId: string }>;
  expectedDecision?: 'clear' | 'review' | 'block';
  expectedStatus?: 'failed';
  expectedFailureStage?: string;
}

/** The labelled samples (samples/expected/*.json): the ground truth the tests and the demo check against. */
export function loadSampleTruths(): SampleTruth[] {
  const dir = join(SAMPLES_DIR, 'expected');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf-8')) as SampleTruth);
}

export const sampleBytes = (file: string) => new Uint8Array(readFileSync(join(SAMPLES_DIR, file)));
