import {
  AnalyzeExpenseCommand,
  DetectDocumentTextCommand,
  GetExpenseAnalysisCommand,
  StartExpenseAnalysisCommand,
} from '@aws-sdk/client-textract';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextractSender } from '../../lambdas/adapters/textract-ocr';

/** The recorded Textract responses (and two of their source images), copied into the repo: see SOURCES.md there. */
export const TEXTRACT_FIXTURES = join(__dirname, '..', 'fixtures', 'textract');

export function textractFixture<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(join(TEXTRACT_FIXTURES, file), 'utf-8')) as T;
}

export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(TEXTRACT_FIXTURES, file)));
}

export type TextractCommand = AnalyzeExpenseCommand | DetectDocumentTextCommand | StartExpenseAnalysisCommand | GetExpenseAnalysisCommand;

/** Replays recorded responses in order, per command type, and records every command it was sent. */
export class FakeTextract {
  readonly sent: TextractCommand[] = [];
  constructor(private readonly replies: Map<Function, unknown[]>) {}

  async send(command: TextractCommand): Promise<never> {
    this.sent.push(command);
    const queue = this.replies.get(command.constructor) ?? [];
    if (!queue.length) throw new Error(`no recorded reply left for ${command.constructor.name}`);
    return queue.shift() as never;
  }

  asSender(): TextractSender {
    return this;
  }
}

