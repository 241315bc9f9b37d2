import { Duration } from 'aws-cdk-lib';

/** Settings shared by the stateful and the pipeline stack, so the queue and its consumer cannot disagree. */
export const INTAKE_TIMEOUT = Duration.seconds(60);
/** AWS: the source queue's visibility timeout should be at least six times the consumer's timeout. */
export const INGEST_VISIBILITY_TIMEOUT = Duration.seconds(INTAKE_TIMEOUT.toSeconds() * 6);
export const MAX_RECEIVE_COUNT = 3;
export const INCOMING_PREFIX = 'incoming/';
export const ARTIFACTS_PREFIX = 'artifacts/';
