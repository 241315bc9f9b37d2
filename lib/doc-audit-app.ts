import type { App, StackProps } from 'aws-cdk-lib';
import { PipelineStack } from './pipeline-stack';
import { StatefulStack } from './stateful-stack';

export const STACK_NAMES = { stateful: 'DocAuditStateful', pipeline: 'DocAuditPipeline' } as const;

/** Both stacks of doc-audit; used by bin/cdk-app.ts, the infra tests and the local runtime alike. */
export function addDocAuditStacks(app: App, props: StackProps = {}) {
  const stateful = new StatefulStack(app, STACK_NAMES.stateful, props);
  const pipeline = new PipelineStack(app, STACK_NAMES.pipeline, {
    ...props,
    ingestBucket: stateful.ingestBucket,
    auditTable: stateful.auditTable,
    ingestQueue: stateful.ingestQueue,
    deadLetterQueue: stateful.deadLetterQueue,
  });
  return { stateful, pipeline };
}
