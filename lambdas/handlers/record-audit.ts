import { dynamoDocumentClient, s3Client } from '../adapters/aws-clients';
import { DynamoDbAuditRepository } from '../adapters/dynamodb-audit-repository';
import { S3ObjectStore } from '../adapters/s3-object-store';
import { ENV, requireString } from '../config';
import type { PipelineState } from '../use-cases/pipeline-state';
import { recordStage } from '../use-cases/pipeline-stages';

const deps = {
  objects: new S3ObjectStore(s3Client()),
  audit: new DynamoDbAuditRepository(dynamoDocumentClient(), requireString(process.env, ENV.table)),
  now: () => new Date(),
};

export const handler = async (state: PipelineState): Promise<PipelineState> => recordStage(state, deps);
