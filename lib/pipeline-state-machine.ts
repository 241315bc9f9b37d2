import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';

export interface PipelineStateMachineProps {
  read: IFunction;
  extract: IFunction;
  screen: IFunction;
  record: IFunction;
  recordFailure: IFunction;
}

/** Task state names: the local runtime maps them to handlers through the synthesised template. */
export const STAGE_STATES = {
  read: 'ReadDocument',
  extract: 'ExtractInvoice',
  screen: 'ScreenInvoice',
  record: 'RecordAudit',
  recordFailure: 'RecordFailure',
} as const;

/**
 * read → extract → screen → record, each retried on Lambda service faults; any stage error goes to
 * RecordFailure, which writes the `failed` audit record. A recorded failure is a normal outcome (the
 * execution succeeds), so the ExecutionsFailed metric counts only faults nothing could record.
 */
export class PipelineStateMachine extends Construct {
  readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: PipelineStateMachineProps) {
    super(scope, id);
    const invoke = (name: string, fn: IFunction) =>
      new tasks.LambdaInvoke(this, name, { lambdaFunction: fn, payloadResponseOnly: true, retryOnServiceExceptions: true });

    const recordFailure = invoke(STAGE_STATES.recordFailure, props.recordFailure).next(new sfn.Succeed(this, 'FailureRecorded'));
    const stage = (name: string, fn: IFunction) => invoke(name, fn).addCatch(recordFailure, { errors: ['States.ALL'], resultPath: '$.failure' });

    const definition = stage(STAGE_STATES.read, props.read)
      .next(stage(STAGE_STATES.extract, props.extract))
      .next(stage(STAGE_STATES.screen, props.screen))
      .next(stage(STAGE_STATES.record, props.record))
      .next(new sfn.Succeed(this, 'Screened'));

    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      stateMachineType: sfn.StateMachineType.STANDARD,
      timeout: Duration.minutes(15),
      tracingEnabled: true,
      logs: {
        destination: new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.DESTROY }),
        level: sfn.LogLevel.ALL,
        includeExecutionData: false, // document content stays out of logs
      },
    });
  }
}
