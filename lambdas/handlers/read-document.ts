import { TextractClient } from '@aws-sdk/client-textract';
import { s3Client } from '../adapters/aws-clients';
import { RoutedOcr } from '../adapters/routed-ocr';
import { S3ObjectStore } from '../adapters/s3-object-store';
import { TesseractOcr } from '../adapters/tesseract-ocr';
import { TextractOcr } from '../adapters/textract-ocr';
import { DEFAULT_LIMITS, ENV, ocrEngines, optionalInteger } from '../config';
import type { PipelineState } from '../use-cases/pipeline-state';
import { readStage } from '../use-cases/pipeline-stages';

// OCR_ENGINE says what this runtime has: Tesseract where the binary and its models exist (the local runtime,
// the AWS container image), Textract on AWS only. Multi-page Textract jobs are started by the next state.
const engines = ocrEngines(process.env);
const textract = engines.textract ? new TextractOcr(new TextractClient({})) : undefined;

const deps = {
  objects: new S3ObjectStore(s3Client()),
  maxPages: optionalInteger(process.env, ENV.maxPages, DEFAULT_LIMITS.maxPages),
  ocr: engines.tesseract ? new RoutedOcr(new TesseractOcr(), textract) : undefined,
};

export const handler = async (state: PipelineState): Promise<PipelineState> => readStage(state, deps);
