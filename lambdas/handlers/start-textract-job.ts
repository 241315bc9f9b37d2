import { TextractClient } from '@aws-sdk/client-textract';
import { s3Client } from '../adapters/aws-clients';
import { S3ObjectStore } from '../adapters/s3-object-store';
import { TextractOcr, textractNotificationFromEnv } from '../adapters/textract-ocr';
import type { PipelineState } from '../use-cases/pipeline-state';
import { startTextractJob } from '../use-cases/textract-jobs';

const deps = {
  objects: new S3ObjectStore(s3Client()),
  textract: new TextractOcr(new TextractClient({}), { notification: textractNotificationFromEnv() }),
  now: () => new Date(),
};

/** Invoked by the state machine with a task token; the pipeline waits until textract-completion answers it. */
export const handler = async (event: { state: PipelineState; taskToken: string }): Promise<{ jobId: string }> => startTextractJob(event, deps);
