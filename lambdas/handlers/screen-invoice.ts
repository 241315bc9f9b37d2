import { s3Client } from '../adapters/aws-clients';
import { loadScreeners } from '../adapters/list-files';
import { S3ObjectStore } from '../adapters/s3-object-store';
import type { PipelineState } from '../use-cases/pipeline-state';
import { screenStage } from '../use-cases/pipeline-stages';

// The list index is built once per container, at cold start.
const deps = { objects: new S3ObjectStore(s3Client()), screeners: loadScreeners() };

export const handler = async (state: PipelineState): Promise<PipelineState> => screenStage(state, deps);
