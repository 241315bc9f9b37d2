import { join } from 'node:path';
import { LocalLambda } from '../../local/local-lambda';

jest.setTimeout(60_000);

const fixture = join(__dirname, '..', 'fixtures', 'handlers', 'misbehaving-handlers.js');
const lambdaFor = (handlerExport: string, options: { timeoutSeconds?: number; memoryMb?: number } = {}) =>
  new LocalLambda({
    logicalId: handlerExport, name: handlerExport, arn: `arn:aws:lambda:us-east-1:000000000000:function:${handlerExport}`,
    entry: fixture, handlerExport, timeoutSeconds: options.timeoutSeconds ?? 10, memorySizeMb: options.memoryMb ?? 64,
    environment: { FIXTURE_VARIABLE: 'from-template' },
  }, {}, options.memoryMb ?? 64);

describe('LocalLambda: isolated execution environments like Lambda', () => {
  test('JSON in, JSON out, with exactly the function environment', async () => {
    const lambda = lambdaFor('echo');
    await expect(lambda.invoke({ a: 1, when: new Date(0) })).resolves.toEqual({ echoed: { a: 1, when: '1970-01-01T00:00:00.000Z' }, env: 'from-template' });
    await lambda.stop();
  });

  test('the host environment reaches a function only as Lambda provides it (PATH, HOME) or as a local override; never its AWS credentials', async () => {
    // Prepare
    const host = { AWS_PROFILE: 'production', AWS_SECRET_ACCESS_KEY: 'host-secret', DOC_AUDIT_LIST_DIR: '/lists', UNRELATED_TOKEN: 'x' };
    const saved = Object.fromEntries(Object.keys(host).map((name) => [name, process.env[name]]));
    Object.assign(process.env, host);
    const lambda = lambdaFor('variables');

    // Act
    const seen = await lambda.invoke({ names: ['AWS_PROFILE', 'AWS_SECRET_ACCESS_KEY', 'UNRELATED_TOKEN', 'DOC_AUDIT_LIST_DIR', 'PATH', 'FIXTURE_VARIABLE'] });
    await lambda.stop();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }

    // Assess
    expect(seen).toEqual({ AWS_PROFILE: null, AWS_SECRET_ACCESS_KEY: null, UNRELATED_TOKEN: null, DOC_AUDIT_LIST_DIR: '/lists', PATH: process.env.PATH, FIXTURE_VARIABLE: 'from-template' });
  });

  test('a thrown error is reported as Lambda reports it: name = errorType, message = JSON cause', async () => {
    const lambda = lambdaFor('throwTyped');
    const error = await lambda.invoke({}).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'DocumentRejectedError' });
    expect(JSON.parse((error as Error).message)).toEqual({ errorType: 'DocumentRejectedError', errorMessage: 'read/encrypted: the PDF is password-protected' });
    await lambda.stop();
  });

  test('running out of memory fails that invocation only; the next one gets a fresh environment', async () => {
    // Prepare
    const hog = lambdaFor('exhaustMemory', { memoryMb: 48 });

    // Act
    const error = await hog.invoke({}).catch((e: Error) => e);

    // Assess
    expect(error).toMatchObject({ name: 'Runtime.OutOfMemory' });
    await expect(hog.invoke({})).rejects.toMatchObject({ name: 'Runtime.OutOfMemory' });
    await hog.stop();
  });

  test('an invocation past the function timeout is cut off with Sandbox.Timedout and the environment replaced', async () => {
    const lambda = lambdaFor('hang', { timeoutSeconds: 1 });
    const started = Date.now();
    await expect(lambda.invoke({})).rejects.toMatchObject({ name: 'Sandbox.Timedout' });
    expect(Date.now() - started).toBeLessThan(5000);
    await lambda.stop();
  });
});
