import { s3Client } from '../adapters/aws-clients';
import { S3ObjectStore } from '../adapters/s3-object-store';
import type { PipelineState } from '../use-cases/pipeline-state';
import { extractStage } from '../use-cases/pipeline-stages';

const deps = { objects: new S3ObjectStore(s3Client()) };

export const handler = async (state: PipelineState): Promise<PipelineState> => extractStage(state, deps);
