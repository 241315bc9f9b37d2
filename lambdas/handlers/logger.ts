import { Logger } from '@aws-lambda-powertools/logger';

/** One structured logger per function container (level from POWERTOOLS_LOG_LEVEL). */
export const logger = new Logger({ serviceName: 'doc-audit' });
