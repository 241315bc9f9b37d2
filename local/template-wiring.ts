import type { CfnTemplate } from './synthesize';

/**
 * The local runtime's wiring, read from the synthesised CloudFormation templates: which buckets, tables
 * and queues exist, which queue feeds which function, which S3 events reach which queue, and which Task
 * state of the state machine runs which handler. There is no second, hand-written copy of this wiring.
 */
export interface LocalWiring {
  buckets: Array<{ logicalId: string; name: string }>;
  tables: Array<{ logicalId: string; name: string; keySchema: any[]; attributeDefinitions: any[]; globalSecondaryIndexes?: any[] }>;
  queues: Array<{ logicalId: string; name: string; arn: string; visibilityTimeoutSeconds: number; deadLetterQueue?: { logicalId: string; maxReceiveCount: number } }>;
  notifications: Array<{ bucketLogicalId: string; queueLogicalId: string; events: string[]; prefix?: string; suffix?: string }>;
  functions: Array<{ logicalId: string; name: string; arn: string; entry: string; handlerExport: string; timeoutSeconds: number; memorySizeMb: number; environment: Record<string, string> }>;
  eventSourceMappings: Array<{ queueLogicalId: string; functionLogicalId: string; batchSize: number; reportBatchItemFailures: boolean }>;
  stateMachine: { logicalId: string; name: string; arn: string; definition: { StartAt: string; States: Record<string, any> }; taskFunctions: Record<string, string> };
}

function bundledEntry(assemblyDir: string, assetPath: unknown, logicalId: string): string {
  if (typeof assetPath !== 'string') throw new WiringError(`function ${logicalId} has no bundled asset (aws:asset:path)`);
  return `${assemblyDir}/${assetPath}/index.js`;
}

export class WiringError extends Error {
  override readonly name = 'WiringError';
}

const REGION = 'us-east-1';
const ACCOUNT = '000000000000';

interface Located {
  stack: string;
  logicalId: string;
  resource: CfnTemplate['Resources'][string];
}

export function buildLocalWiring(
  templates: Record<string, CfnTemplate>,
  options: { namePrefix?: string; entryMetadataKey: string; /** run bundled assets found here instead of the TypeScript entries */ assemblyDir?: string },
): LocalWiring {
  const prefix = options.namePrefix ?? '';
  const all: Located[] = Object.entries(templates).flatMap(([stack, t]) =>
    Object.entries(t.Resources).map(([logicalId, resource]) => ({ stack, logicalId, resource })));
  const byId = new Map(all.map((r) => [r.logicalId, r]));
  const ofType = (type: string) => all.filter((r) => r.resource.Type === type);

  /** Local physical name from the construct path: "DocAuditStateful/IngestBucket/Resource" → "ingest-bucket". */
  const localName = (logicalId: string) => {
    const path: string = byId.get(logicalId)?.resource.Metadata?.['aws:cdk:path'] ?? logicalId;
    const parts = path.split('/').filter((p) => p !== 'Resource' && p !== 'Function' && p !== 'StateMachine');
    const base = parts.slice(1).join('-') || logicalId;
    return `${prefix}${base.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`.slice(0, 63);
  };
  const arnOf = (logicalId: string): string => {
    const type = byId.get(logicalId)?.resource.Type;
    const name = localName(logicalId);
    switch (type) {
      case 'AWS::Lambda::Function': return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
      case 'AWS::SQS::Queue': return `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}`;
      case 'AWS::StepFunctions::StateMachine': return `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${name}`;
      case 'AWS::S3::Bucket': return `arn:aws:s3:::${name}`;
      case 'AWS::DynamoDB::Table': return `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}`;
      default: return `arn:aws:local:${REGION}:${ACCOUNT}:${name}`;
    }
  };
  const refOf = (logicalId: string): string => {
    const type = byId.get(logicalId)?.resource.Type;
    if (!type) throw new WiringError(`Ref to unknown resource ${logicalId}`);
    if (type === 'AWS::StepFunctions::StateMachine' || type === 'AWS::SNS::Topic') return arnOf(logicalId);
    if (type === 'AWS::SQS::Queue') return `http://localhost/${ACCOUNT}/${localName(logicalId)}`;
    return localName(logicalId);
  };
  const exports = new Map<string, { stack: string; value: unknown }>();
  for (const [stack, template] of Object.entries(templates)) {
    for (const output of Object.values(template.Outputs ?? {})) {
      if (typeof output.Export?.Name === 'string') exports.set(output.Export.Name, { stack, value: output.Value });
    }
  }

  /** Resolves the intrinsic functions CDK emits for names and ARNs. Anything else is an error, not a guess. */
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (!value || typeof value !== 'object') return value;
    const obj = value as Record<string, any>;
    if ('Ref' in obj) {
      if (obj.Ref === 'AWS::Region') return REGION;
      if (obj.Ref === 'AWS::AccountId') return ACCOUNT;
      if (obj.Ref === 'AWS::Partition') return 'aws';
      if (obj.Ref === 'AWS::URLSuffix') return 'amazonaws.com';
      return refOf(obj.Ref);
    }
    if ('Fn::GetAtt' in obj) {
      const [logicalId, attribute] = obj['Fn::GetAtt'] as [string, string];
      if (attribute === 'Arn') return arnOf(logicalId);
      if (attribute === 'QueueName' || attribute === 'Name') return localName(logicalId);
      if (attribute === 'QueueUrl') return refOf(logicalId);
      throw new WiringError(`unsupported Fn::GetAtt ${logicalId}.${attribute}`);
    }
    if ('Fn::ImportValue' in obj) {
      const name = resolve(obj['Fn::ImportValue']) as string;
      const exported = exports.get(name);
      if (!exported) throw new WiringError(`no stack exports ${name}`);
      return resolve(exported.value);
    }
    if ('Fn::Join' in obj) {
      const [separator, parts] = obj['Fn::Join'] as [string, unknown[]];
      return (resolve(parts) as unknown[]).join(separator);
    }
    if ('Fn::Select' in obj) {
      const [index, list] = obj['Fn::Select'] as [number, unknown];
      return (resolve(list) as unknown[])[index];
    }
    if ('Fn::Split' in obj) {
      const [separator, source] = obj['Fn::Split'] as [string, unknown];
      return String(resolve(source)).split(separator);
    }
    const key = Object.keys(obj).find((k) => k.startsWith('Fn::'));
    if (key) throw new WiringError(`unsupported intrinsic ${key}`);
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, resolve(v)]));
  };
  const logicalIdOfArn = (arn: unknown, type: string) => {
    const match = all.find((r) => r.resource.Type === type && arnOf(r.logicalId) === arn);
    if (!match) throw new WiringError(`no ${type} has ARN ${String(arn)}`);
    return match.logicalId;
  };

  const queues = ofType('AWS::SQS::Queue').map(({ logicalId, resource }) => {
    const redrive = resource.Properties?.RedrivePolicy;
    return {
      logicalId,
      name: localName(logicalId),
      arn: arnOf(logicalId),
      visibilityTimeoutSeconds: Number(resource.Properties?.VisibilityTimeout ?? 30),
      deadLetterQueue: redrive
        ? { logicalId: logicalIdOfArn(resolve(redrive.deadLetterTargetArn), 'AWS::SQS::Queue'), maxReceiveCount: Number(redrive.maxReceiveCount) }
        : undefined,
    };
  });

  const notifications = ofType('Custom::S3BucketNotifications').flatMap(({ resource }) => {
    const bucketLogicalId = (resource.Properties?.BucketName as { Ref: string }).Ref;
    const configs: any[] = resource.Properties?.NotificationConfiguration?.QueueConfigurations ?? [];
    return configs.map((c) => {
      const rules: Array<{ Name: string; Value: string }> = c.Filter?.Key?.FilterRules ?? [];
      return {
        bucketLogicalId,
        queueLogicalId: logicalIdOfArn(resolve(c.QueueArn), 'AWS::SQS::Queue'),
        events: c.Events as string[],
        prefix: rules.find((r) => r.Name.toLowerCase() === 'prefix')?.Value,
        suffix: rules.find((r) => r.Name.toLowerCase() === 'suffix')?.Value,
      };
    });
  });

  const functions = ofType('AWS::Lambda::Function')
    .filter(({ resource }) => resource.Metadata?.[options.entryMetadataKey])
    .map(({ logicalId, resource }) => {
      // A zip function names its handler; an image function's handler is its image command (`index.handler`).
      const handler = String(resource.Properties?.Handler ?? resource.Properties?.ImageConfig?.Command?.[0] ?? '');
      if (!handler) throw new WiringError(`function ${logicalId} has neither Handler nor ImageConfig.Command`);
      return {
        logicalId,
        name: localName(logicalId),
        arn: arnOf(logicalId),
        entry: options.assemblyDir
          ? bundledEntry(options.assemblyDir, resource.Metadata?.['aws:asset:path'], logicalId)
          : (resource.Metadata![options.entryMetadataKey] as string),
        handlerExport: handler.slice(handler.lastIndexOf('.') + 1),
        timeoutSeconds: Number(resource.Properties?.Timeout ?? 3),
        memorySizeMb: Number(resource.Properties?.MemorySize ?? 128),
        environment: resolve(resource.Properties?.Environment?.Variables ?? {}) as Record<string, string>,
      };
    });
  const functionIds = new Set(functions.map((f) => f.logicalId));

  const eventSourceMappings = ofType('AWS::Lambda::EventSourceMapping').map(({ resource }) => {
    const functionLogicalId = (resource.Properties?.FunctionName as { Ref: string }).Ref;
    if (!functionIds.has(functionLogicalId)) throw new WiringError(`event source mapping targets ${functionLogicalId}, which has no ${options.entryMetadataKey} metadata`);
    return {
      queueLogicalId: logicalIdOfArn(resolve(resource.Properties?.EventSourceArn), 'AWS::SQS::Queue'),
      functionLogicalId,
      batchSize: Number(resource.Properties?.BatchSize ?? 10),
      reportBatchItemFailures: (resource.Properties?.FunctionResponseTypes ?? []).includes('ReportBatchItemFailures'),
    };
  });

  const machines = ofType('AWS::StepFunctions::StateMachine');
  if (machines.length !== 1) throw new WiringError(`expected one state machine, found ${machines.length}`);
  const [machine] = machines;
  const definition = JSON.parse(resolve(machine.resource.Properties?.DefinitionString) as string);
  const taskFunctions: Record<string, string> = {};
  for (const [stateName, state] of Object.entries<any>(definition.States)) {
    if (state.Type !== 'Task') continue;
    // A plain Lambda task names the function as its Resource; a callback task (lambda:invoke.waitForTaskToken) in its Parameters.
    const functionArn = String(state.Resource).startsWith('arn:aws:states:::lambda:invoke') ? state.Parameters?.FunctionName : state.Resource;
    const functionLogicalId = logicalIdOfArn(functionArn, 'AWS::Lambda::Function');
    if (!functionIds.has(functionLogicalId)) throw new WiringError(`task ${stateName} runs ${functionLogicalId}, which has no ${options.entryMetadataKey} metadata`);
    taskFunctions[stateName] = functionLogicalId;
  }

  return {
    buckets: ofType('AWS::S3::Bucket').map(({ logicalId }) => ({ logicalId, name: localName(logicalId) })),
    tables: ofType('AWS::DynamoDB::Table').map(({ logicalId, resource }) => ({
      logicalId,
      name: localName(logicalId),
      keySchema: resource.Properties?.KeySchema,
      attributeDefinitions: resource.Properties?.AttributeDefinitions,
      globalSecondaryIndexes: resource.Properties?.GlobalSecondaryIndexes,
    })),
    queues,
    notifications,
    functions,
    eventSourceMappings,
    stateMachine: { logicalId: machine.logicalId, name: localName(machine.logicalId), arn: arnOf(machine.logicalId), definition, taskFunctions },
  };
}
