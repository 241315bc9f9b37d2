import { s3Client } from '../adapters/aws-clients';
import { S3ObjectStore } from '../adapters/s3-object-store';
import { TesseractOcr } from '../adapters/tesseract-ocr';
import { DEFAULT_LIMITS, ENV, optionalInteger } from '../config';
import type { PipelineState } from '../use-cases/pipeline-state';
import { readStage } from '../use-cases/pipeline-stages';

const deps = {
  objects: new S3ObjectStore(s3Client()),
  maxPages: optionalInteger(process.env, ENV.maxPages, DEFAULT_LIMITS.maxPages),
  // OCR_ENGINE=tesseract where the binary and its language data exist (the local runtime, a container image).
  ocr: process.env[ENV.ocrEngine] === 'tesseract' ? new TesseractOcr() : undefined,
};

export const handler = async (state: PipelineState): Promise<PipelineState> => readStage(state, deps);
