import { s3Client } from '../adapters/aws-clients';
import { S3ObjectStore } from '../adapters/s3-object-store';
import { DEFAULT_LIMITS, ENV, optionalInteger } from '../config';
import type { PipelineState } from '../use-cases/pipeline-state';
import { readStage } from '../use-cases/pipeline-stages';

const deps = {
  objects: new S3ObjectStore(s3Client()),
  maxPages: optionalInteger(process.env, ENV.maxPages, DEFAULT_LIMITS.maxPages),
};

export const handler = async (state: PipelineState): Promise<PipelineState> => readStage(state, deps);
