import { Aws, CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { LIST_SNAPSHOT_PREFIX } from '../lambdas/adapters/s3-list-snapshots';
import { TEXTRACT_ENV } from '../lambdas/adapters/textract-ocr';
import { DEFAULT_LIMITS, ENV } from '../lambdas/config';
import { PipelineFunction } from './pipeline-function';
import { ARTIFACTS_PREFIX, INCOMING_PREFIX, INTAKE_TIMEOUT } from './pipeline-settings';
import { PipelineStateMachine } from './pipeline-state-machine';
import { ingestBucketName } from './stateful-stack';

export interface PipelineStackProps extends StackProps {
  /** Official list download URLs for the daily update: [{ id, files: { fileName: url } }]. */
  listSources?: Array<{ id: string; files: Record<string, string> }>;
  ingestBucket: s3.IBucket;
  auditTable: dynamodb.ITable;
  ingestQueue: sqs.IQueue;
  deadLetterQueue: sqs.IQueue;
}

/** The stateless pipeline: intake, the stage functions, the state machine, alarms and the Textract wiring. */
export class PipelineStack extends Stack {
  readonly stateMachine: PipelineStateMachine;

  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, props);
    const { ingestBucket, auditTable } = props;
    const bucketEnv = { [ENV.bucket]: ingestBucket.bucketName };
    const tableEnv = { [ENV.table]: auditTable.tableName };
    const bucketName = ingestBucketName(this);
    const objectsUnder = (prefix: string) => `arn:${Aws.PARTITION}:s3:::${bucketName}/${prefix}*`;

    const read = new PipelineFunction(this, 'ReadDocument', {
      handler: 'read-document', description: 'Reads an uploaded document into positioned text (text layer, Tesseract, Textract)',
      // Two vCPUs at 3008 MB: Tesseract reads two pages at once. A 200-page scan at about 3 s a page needs minutes.
      environment: { ...bucketEnv, [ENV.maxPages]: String(DEFAULT_LIMITS.maxPages), [ENV.ocrEngine]: 'tesseract+textract' }, memorySize: 3008, timeout: Duration.minutes(10),
      ocrImage: true,
    });
    const extract = new PipelineFunction(this, 'ExtractInvoice', {
      handler: 'extract-invoice', description: 'Extracts the invoice model (parties, goods lines) with evidence', environment: bucketEnv,
    });
    const screen = new PipelineFunction(this, 'ScreenInvoice', {
      handler: 'screen-invoice', description: 'Screens parties, goods and route against the lists', environment: bucketEnv,
      memorySize: 1024, withListData: true,
    });
    const record = new PipelineFunction(this, 'RecordAudit', {
      handler: 'record-audit', description: 'Writes the screened audit record', environment: { ...bucketEnv, ...tableEnv },
    });
    const recordFailure = new PipelineFunction(this, 'RecordFailure', {
      handler: 'record-failure', description: 'Writes the failed audit record with stage and reason', environment: tableEnv,
    });

    const updateLists = new PipelineFunction(this, 'UpdateLists', {
      handler: 'update-lists', description: 'Fetches the official lists daily, publishes a snapshot, re-screens recorded documents',
      environment: { ...bucketEnv, ...tableEnv, LIST_SOURCES: JSON.stringify(props.listSources ?? []) },
      memorySize: 2048, timeout: Duration.minutes(10), withListData: true,
    });
    new events.Rule(this, 'UpdateListsDaily', {
      description: 'Refresh sanctions lists and re-screen recorded documents',
      schedule: events.Schedule.rate(Duration.days(1)),
      targets: [new targets.LambdaFunction(updateLists.function, { retryAttempts: 2 })],
    });

    // Least privilege: uploads are read-only, and each stage touches only the artefacts it needs.
    allow(read, ['s3:GetObject', 's3:GetObjectVersion'], [objectsUnder(INCOMING_PREFIX)]);
    allow(read, ['s3:PutObject'], [objectsUnder(ARTIFACTS_PREFIX)]);
    for (const stage of [extract, screen]) allow(stage, ['s3:GetObject', 's3:PutObject'], [objectsUnder(ARTIFACTS_PREFIX)]);
    allow(record, ['s3:GetObject'], [objectsUnder(ARTIFACTS_PREFIX)]);
    for (const writer of [record, recordFailure]) allow(writer, ['dynamodb:GetItem', 'dynamodb:PutItem'], [auditTable.tableArn]);
    // List snapshots: the screen stage reads them; the updater publishes them and appends retroactive findings.
    const bucketArn = `arn:${Aws.PARTITION}:s3:::${bucketName}`;
    const listsPrefix = { StringLike: { 's3:prefix': [`${LIST_SNAPSHOT_PREFIX}*`] } };
    allow(screen, ['s3:GetObject'], [objectsUnder(LIST_SNAPSHOT_PREFIX)]);
    allow(updateLists, ['s3:GetObject', 's3:PutObject'], [objectsUnder(LIST_SNAPSHOT_PREFIX)]);
    for (const fn of [screen, updateLists]) {
      // Listing (prefix-bound) lets a missing snapshot answer 404 rather than 403.
      fn.role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucketArn], conditions: listsPrefix }));
    }
    allow(updateLists, ['dynamodb:Scan', 'dynamodb:UpdateItem'], [auditTable.tableArn]);

    const textract = this.textractWiring(bucketEnv);
    allow(textract.start, ['s3:GetObject', 's3:GetObjectVersion'], [objectsUnder(INCOMING_PREFIX)]); // Textract reads the upload as its caller
    for (const fn of [textract.start, textract.completion]) allow(fn, ['s3:GetObject', 's3:PutObject'], [objectsUnder(ARTIFACTS_PREFIX)]);
    allow(read, ['textract:AnalyzeExpense'], ['*']);

    this.stateMachine = new PipelineStateMachine(this, 'Pipeline', {
      startTextractJob: textract.start.function,
      read: read.function, extract: extract.function, screen: screen.function, record: record.function, recordFailure: recordFailure.function,
    });

    const intake = new PipelineFunction(this, 'Intake', {
      handler: 'intake', description: 'Accepts S3 upload events from the ingest queue and starts the pipeline',
      environment: { ...tableEnv, [ENV.stateMachine]: this.stateMachine.stateMachine.stateMachineArn, [ENV.maxBytes]: String(DEFAULT_LIMITS.maxBytes) },
      timeout: INTAKE_TIMEOUT,
    });
    allow(intake, ['s3:GetObject', 's3:GetObjectVersion'], [objectsUnder(INCOMING_PREFIX)]);
    allow(intake, ['dynamodb:GetItem', 'dynamodb:PutItem'], [auditTable.tableArn]);
    allow(intake, ['states:StartExecution'], [this.stateMachine.stateMachine.stateMachineArn]);
    intake.function.addEventSource(new SqsEventSource(props.ingestQueue, {
      batchSize: 10,
      maxBatchingWindow: Duration.seconds(1),
      reportBatchItemFailures: true,
    }));

    allow(textract.completion, ['states:SendTaskSuccess', 'states:SendTaskFailure'], [this.stateMachine.stateMachine.stateMachineArn]);
    this.addAlarms(props.deadLetterQueue);
    this.acknowledgeWildcards({ read, extract, screen, record, recordFailure, intake, startTextractJob: textract.start, textractCompletion: textract.completion }, bucketName);
    for (const fn of [screen, updateLists]) {
      Validations.of(fn.role).acknowledge({
        id: `AwsSolutions-IAM5[${this.objectsFinding(bucketName, LIST_SNAPSHOT_PREFIX)}]`,
        reason: 'List snapshots live under the lists/ prefix; their keys are content hashes, unknown in advance.',
      });
    }

    new CfnOutput(this, 'StateMachineArn', { value: this.stateMachine.stateMachine.stateMachineArn });
    new CfnOutput(this, 'IngestBucketName', { value: ingestBucket.bucketName });
    new CfnOutput(this, 'AuditTableName', { value: auditTable.tableName });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: props.deadLetterQueue.queueUrl });
  }

  /**
   * The asynchronous Textract path (multi-page Latin scans): one function starts the job, Textract publishes
   * its completion to an encrypted SNS topic through a role it assumes, and a second function fetches the
   * result and answers the waiting state machine task.
   */
  private textractWiring(bucketEnv: Record<string, string>): { start: PipelineFunction; completion: PipelineFunction } {
    const key = new kms.Key(this, 'TextractTopicKey', { enableKeyRotation: true, description: 'doc-audit Textract completion topic' });
    const topic = new sns.Topic(this, 'TextractCompletionTopic', { masterKey: key, enforceSSL: true });
    const textractRole = new iam.Role(this, 'TextractPublishRole', {
      assumedBy: new iam.ServicePrincipal('textract.amazonaws.com'),
      description: 'Lets Amazon Textract publish job completion to the doc-audit topic',
    });
    topic.grantPublish(textractRole); // also grants use of the topic's key
    Validations.of(textractRole).acknowledge({
      id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      reason: 'Granted by Topic.grantPublish for the topic key only (GenerateDataKey and GenerateDataKeyWithoutPlaintext are what SNS needs to encrypt).',
    });

    const start = new PipelineFunction(this, 'StartTextractJob', {
      handler: 'start-textract-job', description: 'Starts a multi-page Textract expense analysis for the waiting pipeline',
      environment: { ...bucketEnv, [TEXTRACT_ENV.snsTopicArn]: topic.topicArn, [TEXTRACT_ENV.roleArn]: textractRole.roleArn },
    });
    allow(start, ['textract:StartExpenseAnalysis'], ['*']);
    allow(start, ['iam:PassRole'], [textractRole.roleArn]);

    const completion = new PipelineFunction(this, 'TextractCompletion', {
      handler: 'textract-completion', description: 'Merges a finished Textract job into the read document and resumes the pipeline',
      environment: bucketEnv, memorySize: 1024, timeout: Duration.minutes(2),
    });
    allow(completion, ['textract:GetExpenseAnalysis'], ['*']);
    topic.addSubscription(new subscriptions.LambdaSubscription(completion.function));
    return { start, completion };
  }

  private addAlarms(deadLetterQueue: sqs.IQueue) {
    new cloudwatch.Alarm(this, 'DeadLetterQueueNotEmpty', {
      alarmDescription: 'An upload event could not be processed after all retries; inspect it with `npx doc-audit dlq`.',
      metric: deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    new cloudwatch.Alarm(this, 'PipelineExecutionsFailed', {
      alarmDescription: 'A pipeline execution failed without recording a failed audit record.',
      metric: this.stateMachine.stateMachine.metricFailed({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }

  /** How cdk-nag prints a prefix-wide object ARN of the ingest bucket in its finding ids. */
  private objectsFinding(bucketName: string, prefix: string): string {
    return `Resource::arn:<AWS::Partition>:s3:::${bucketName.replace(Aws.ACCOUNT_ID, '<AWS::AccountId>').replace(Aws.REGION, '<AWS::Region>')}/${prefix}*`;
  }

  /**
   * cdk-nag flags every wildcard; each one here is acknowledged by its exact finding, with the reason it is
   * as narrow as the service allows.
   */
  private acknowledgeWildcards(
    fns: Record<'read' | 'extract' | 'screen' | 'record' | 'recordFailure' | 'intake' | 'startTextractJob' | 'textractCompletion', PipelineFunction>,
    bucketName: string,
  ) {
    const objects = (prefix: string) => this.objectsFinding(bucketName, prefix);
    const prefixReason = (prefix: string) =>
      `Object-level access is limited to the ${prefix} key prefix of the ingest bucket (${prefix === INCOMING_PREFIX ? 'uploads, read-only' : 'stage artefacts'}); object keys are per document and cannot be enumerated in advance.`;
    for (const fn of [fns.read, fns.intake, fns.startTextractJob]) {
      Validations.of(fn.role).acknowledge({ id: `AwsSolutions-IAM5[${objects(INCOMING_PREFIX)}]`, reason: prefixReason(INCOMING_PREFIX) });
    }
    for (const fn of [fns.read, fns.startTextractJob, fns.textractCompletion]) {
      Validations.of(fn.role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'Textract analysis actions do not support resource-level permissions (Service Authorization Reference); each function gets only the one Textract action it calls.',
      });
    }
    for (const fn of [fns.read, fns.extract, fns.screen, fns.record, fns.startTextractJob, fns.textractCompletion]) {
      Validations.of(fn.role).acknowledge({ id: `AwsSolutions-IAM5[${objects(ARTIFACTS_PREFIX)}]`, reason: prefixReason(ARTIFACTS_PREFIX) });
    }
    const machine = this.stateMachine.stateMachine;
    for (const fn of Object.values(fns)) {
      if (fn === fns.intake || fn === fns.textractCompletion) continue; // not invoked by the state machine
      const logicalId = this.resolve(this.getLogicalId(fn.function.node.defaultChild as lambda.CfnFunction)) as string;
      Validations.of(machine).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>:*]`,
        reason: 'CDK grants lambda:InvokeFunction on the function and its versions/aliases (ARN:*); the state machine can invoke nothing else.',
      });
    }
    Validations.of(machine).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray tracing (PutTraceSegments, PutTelemetryRecords, GetSampling*) does not support resource-level permissions.',
    });
  }
}

function allow(fn: PipelineFunction, actions: string[], resources: string[]) {
  fn.role.addToPolicy(new iam.PolicyStatement({ actions, resources }));
}
