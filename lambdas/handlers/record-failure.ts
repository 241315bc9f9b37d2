import { dynamoDocumentClient } from '../adapters/aws-clients';
import { DynamoDbAuditRepository } from '../adapters/dynamodb-audit-repository';
import { ENV, requireString } from '../config';
import type { PipelineState } from '../use-cases/pipeline-state';
import { recordFailureStage } from '../use-cases/pipeline-stages';
import { logger } from './logger';

const deps = {
  audit: new DynamoDbAuditRepository(dynamoDocumentClient(), requireString(process.env, ENV.table)),
  now: () => new Date(),
};

export const handler = async (state: PipelineState) => {
  const result = await recordFailureStage(state, deps);
  logger.warn('document failed', { documentId: state.documentId, ...result.failure });
  return result;
};
