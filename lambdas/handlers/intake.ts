import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { dynamoDocumentClient, s3Client, sfnClient } from '../adapters/aws-clients';
import { DynamoDbAuditRepository } from '../adapters/dynamodb-audit-repository';
import { S3ObjectStore } from '../adapters/s3-object-store';
import { StepFunctionsWorkflow } from '../adapters/step-functions-workflow';
import { DEFAULT_LIMITS, ENV, optionalInteger, requireString } from '../config';
import { acceptUpload, type AcceptUploadDeps } from '../use-cases/accept-upload';
import { logger } from './logger';
import { parseS3Notification } from './parse-s3-notification';

/** S3 → SQS → here: one audit record and one pipeline execution per uploaded document. */
const deps: AcceptUploadDeps = {
  objects: new S3ObjectStore(s3Client()),
  audit: new DynamoDbAuditRepository(dynamoDocumentClient(), requireString(process.env, ENV.table)),
  workflow: new StepFunctionsWorkflow(sfnClient(), requireString(process.env, ENV.stateMachine)),
  maxBytes: optionalInteger(process.env, ENV.maxBytes, DEFAULT_LIMITS.maxBytes),
  now: () => new Date(),
};
const processor = new BatchProcessor(EventType.SQS);

async function processRecord(record: SQSRecord): Promise<void> {
  for (const upload of parseS3Notification(record.body)) {
    const outcome = await acceptUpload(upload, deps);
    logger.info('upload accepted', { key: upload.key, outcome, messageId: record.messageId });
  }
}

/** Failed messages are reported one by one (ReportBatchItemFailures) and reach the DLQ after maxReceiveCount. */
export const handler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
  processPartialResponse(event, processRecord, processor, { context });
