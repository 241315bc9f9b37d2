import { TextractClient } from '@aws-sdk/client-textract';
import type { SNSEvent } from 'aws-lambda';
import { s3Client, sfnClient } from '../adapters/aws-clients';
import { S3ObjectStore } from '../adapters/s3-object-store';
import { StepFunctionsTaskTokens } from '../adapters/step-functions-task-tokens';
import { TextractOcr } from '../adapters/textract-ocr';
import { parseTextractCompletion } from '../domain/reading/ocr/textract-completion';
import { completeTextractJob } from '../use-cases/textract-jobs';
import { logger } from './logger';

const deps = {
  objects: new S3ObjectStore(s3Client()),
  textract: new TextractOcr(new TextractClient({})),
  tasks: new StepFunctionsTaskTokens(sfnClient()),
};

/**
 * Textract's SNS completion of an expense-analysis job. An error is thrown back to Lambda's asynchronous
 * retries; if the job still cannot be answered, the waiting state times out and the document is recorded
 * as failed.
 */
export const handler = async (event: SNSEvent): Promise<void> => {
  for (const record of event.Records) {
    const completion = parseTextractCompletion(record.Sns.Message);
    const outcome = await completeTextractJob(completion, deps);
    logger.info('Textract job answered', { jobId: completion.jobId, status: completion.status, outcome });
  }
};
