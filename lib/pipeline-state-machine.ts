import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';

export interface PipelineStateMachineProps {
  read: IFunction;
  /** Starts a multi-page Textract job and leaves the task token for the job's completion. */
  startTextractJob: IFunction;
  extract: IFunction;
  screen: IFunction;
  record: IFunction;
  recordFailure: IFunction;
}

/** Task state names: the local runtime maps them to handlers through the synthesised template. */
export const STAGE_STATES = {
  read: 'ReadDocument',
  waitForTextract: 'WaitForTextract',
  extract: 'ExtractInvoice',
  screen: 'ScreenInvoice',
  record: 'RecordAudit',
  recordFailure: 'RecordFailure',
} as const;

/** How long a document may wait for Textract's completion before it is recorded as failed. */
export const TEXTRACT_WAIT = Duration.minutes(30);

/**
 * read → extract → screen → record, each retried on Lambda service faults; any stage error goes to
 * RecordFailure, which writes the `failed` audit record. A recorded failure is a normal outcome (the
 * execution succeeds), so the ExecutionsFailed metric counts only faults nothing could record.
 * When the read leaves scanned pages to a Textract job (`ocrJob`), the execution waits for the job's
 * completion (a task token answered by the textract-completion function) before it extracts.
 */
export class PipelineStateMachine extends Construct {
  readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: PipelineStateMachineProps) {
    super(scope, id);
    const invoke = (name: string, fn: IFunction) =>
      new tasks.LambdaInvoke(this, name, { lambdaFunction: fn, payloadResponseOnly: true, retryOnServiceExceptions: true });

    const recordFailure = invoke(STAGE_STATES.recordFailure, props.recordFailure).next(new sfn.Succeed(this, 'FailureRecorded'));
    const stage = (name: string, fn: IFunction) => invoke(name, fn).addCatch(recordFailure, { errors: ['States.ALL'], resultPath: '$.failure' });

    const extractOnwards = stage(STAGE_STATES.extract, props.extract)
      .next(stage(STAGE_STATES.screen, props.screen))
      .next(stage(STAGE_STATES.record, props.record))
      .next(new sfn.Succeed(this, 'Screened'));
    const waitForTextract = new tasks.LambdaInvoke(this, STAGE_STATES.waitForTextract, {
      lambdaFunction: props.startTextractJob,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: sfn.TaskInput.fromObject({ state: sfn.JsonPath.entirePayload, taskToken: sfn.JsonPath.taskToken }),
      taskTimeout: sfn.Timeout.duration(TEXTRACT_WAIT),
      retryOnServiceExceptions: true,
    }).addCatch(recordFailure, { errors: ['States.ALL'], resultPath: '$.failure' });
    const definition = stage(STAGE_STATES.read, props.read).next(
      new sfn.Choice(this, 'ScansLeftToTextract')
        .when(sfn.Condition.isPresent('$.ocrJob'), waitForTextract.next(extractOnwards))
        .otherwise(extractOnwards),
    );

    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      stateMachineType: sfn.StateMachineType.STANDARD,
      timeout: Duration.hours(1), // a 10-minute read, up to 30 minutes of Textract, and the other stages
      tracingEnabled: true,
      logs: {
        destination: new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.DESTROY }),
        level: sfn.LogLevel.ALL,
        includeExecutionData: false, // document content stays out of logs
      },
    });
  }
}
