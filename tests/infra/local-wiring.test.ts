import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_METADATA_KEY } from '../../lib/pipeline-function';
import { STAGE_STATES } from '../../lib/pipeline-state-machine';
import { synthesizeTemplates, type CfnTemplate } from '../../local/synthesize';
import { buildLocalWiring, WiringError } from '../../local/template-wiring';

/**
 * The local runtime has no wiring of its own: it reads the synthesised template. These tests pin what it
 * reads (so a change to lib/ that the local runtime cannot follow fails here) and prove that it refuses
 * a template it cannot run faithfully instead of guessing.
 */
const ROOT = join(__dirname, '..', '..');
const templates = synthesizeTemplates();
const wiring = buildLocalWiring(templates, { entryMetadataKey: ENTRY_METADATA_KEY });
const fn = (logicalId: string) => wiring.functions.find((f) => f.logicalId === logicalId)!;

describe('local wiring read from the synthesised template', () => {
  test('each Task state runs the handler file the CDK function bundles', () => {
    const tasks = Object.fromEntries(Object.entries(wiring.stateMachine.taskFunctions).map(([state, id]) => [state, fn(id).entry]));
    expect(tasks).toEqual({
      [STAGE_STATES.read]: 'lambdas/handlers/read-document.ts',
      [STAGE_STATES.waitForTextract]: 'lambdas/handlers/start-textract-job.ts',
      [STAGE_STATES.extract]: 'lambdas/handlers/extract-invoice.ts',
      [STAGE_STATES.screen]: 'lambdas/handlers/screen-invoice.ts',
      [STAGE_STATES.record]: 'lambdas/handlers/record-audit.ts',
      [STAGE_STATES.recordFailure]: 'lambdas/handlers/record-failure.ts',
    });
  });

  test('S3 uploads under incoming/ reach the ingest queue, which feeds the intake with partial batch responses', () => {
    expect(wiring.notifications).toHaveLength(1);
    const [notification] = wiring.notifications;
    expect(notification).toMatchObject({ events: ['s3:ObjectCreated:*'], prefix: 'incoming/' });
    const mapping = wiring.eventSourceMappings.find((m) => m.queueLogicalId === notification.queueLogicalId)!;
    expect(fn(mapping.functionLogicalId).entry).toBe('lambdas/handlers/intake.ts');
    expect(mapping).toMatchObject({ batchSize: 10, reportBatchItemFailures: true });
    const queue = wiring.queues.find((q) => q.logicalId === notification.queueLogicalId)!;
    expect(queue.deadLetterQueue).toMatchObject({ maxReceiveCount: 3 });
  });

  test('every function entry exists and, given exactly its template environment, loads and exports its handler', () => {
    for (const f of wiring.functions) {
      expect(existsSync(join(ROOT, f.entry))).toBe(true);
      const saved = { ...process.env };
      try {
        // Only the function's own variables: a handler needing one its template lacks fails here, at load.
        for (const key of Object.keys(process.env)) if (/^(INGEST_|AUDIT_|STATE_MACHINE|MAX_DOCUMENT)/.test(key)) delete process.env[key];
        Object.assign(process.env, f.environment, { AWS_REGION: 'us-east-1' });
        jest.isolateModules(() => {
          const module = require(join(ROOT, f.entry)) as Record<string, unknown>;
          expect(typeof module[f.handlerExport]).toBe('function');
        });
      } finally {
        process.env = saved;
      }
    }
  });

  test('the intake is told the state machine it starts, as a resolved ARN', () => {
    const intake = wiring.functions.find((f) => f.entry.endsWith('intake.ts'))!;
    expect(intake.environment.STATE_MACHINE_ARN).toBe(wiring.stateMachine.arn);
  });
});

describe('drift the local runtime refuses', () => {
  const clone = (): Record<string, CfnTemplate> => JSON.parse(JSON.stringify(templates));
  const pipelineOf = (t: Record<string, CfnTemplate>) => t.DocAuditPipeline;

  test('a function without the entry metadata (not built with PipelineFunction) used as a task', () => {
    const mutated = clone();
    const taskFunctionId = wiring.stateMachine.taskFunctions[STAGE_STATES.read];
    delete pipelineOf(mutated).Resources[taskFunctionId].Metadata![ENTRY_METADATA_KEY];
    expect(() => buildLocalWiring(mutated, { entryMetadataKey: ENTRY_METADATA_KEY })).toThrow(WiringError);
  });

  test('a Task whose resource is not one of the template functions', () => {
    const mutated = clone();
    const machine = Object.values(pipelineOf(mutated).Resources).find((r) => r.Type === 'AWS::StepFunctions::StateMachine')!;
    const parts = machine.Properties!.DefinitionString['Fn::Join'][1] as unknown[];
    const index = parts.findIndex((p) => typeof p === 'object');
    parts[index] = 'arn:aws:lambda:us-east-1:123456789012:function:somewhere-else';
    expect(() => buildLocalWiring(mutated, { entryMetadataKey: ENTRY_METADATA_KEY })).toThrow(WiringError);
  });

  test('an intrinsic function the local runtime cannot resolve', () => {
    const mutated = clone();
    const intakeId = wiring.functions.find((f) => f.entry.endsWith('intake.ts'))!.logicalId;
    pipelineOf(mutated).Resources[intakeId].Properties!.Environment.Variables.EXTRA = { 'Fn::FindInMap': ['M', 'k', 'v'] };
    expect(() => buildLocalWiring(mutated, { entryMetadataKey: ENTRY_METADATA_KEY })).toThrow(/unsupported intrinsic Fn::FindInMap/);
  });
});
