import { DocumentRejectedError, MalformedEventError } from '../../lambdas/domain/errors';
import { parseS3Notification } from '../../lambdas/handlers/parse-s3-notification';
import type { PipelineState } from '../../lambdas/use-cases/pipeline-state';
import { describeFailure } from '../../lambdas/use-cases/pipeline-stages';
import { encodeS3EventKey } from '../../local/s3-notification-bridge';

const s3Body = (key: string) => JSON.stringify({
  Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'ingest' }, object: { key, size: 10, eTag: 'abc' } } }],
});

describe('parseS3Notification', () => {
  test('decodes keys as S3 encodes them in events (space as +, UTF-8 percent-encoded)', () => {
    const key = 'incoming/acme/Счёт №1 (copy)+final.pdf';
    expect(parseS3Notification(s3Body(encodeS3EventKey(key)))[0].key).toBe(key);
  });

  test('the s3:TestEvent sent when notifications are configured carries no upload', () => {
    expect(parseS3Notification(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'ingest' }))).toEqual([]);
  });

  test('bodies that are not S3 notifications are malformed (they go back to the queue and on to the DLQ)', () => {
    expect(() => parseS3Notification('not json')).toThrow(MalformedEventError);
    expect(() => parseS3Notification('{"hello":1}')).toThrow(MalformedEventError);
  });
});

describe('describeFailure', () => {
  const state = (failure: PipelineState['failure'], completed: PipelineState['completed'] = []): PipelineState => ({
    documentId: 'd', tenant: 't', bucket: 'b', key: 'k', file: 'f', sha256: 's', size: 1, receivedAt: '', completed, artifacts: {}, failure,
  });

  test('a rejection keeps its stage, code and reason (Lambda reports Cause as JSON)', () => {
    const error = new DocumentRejectedError('read', 'encrypted', 'the PDF is password-protected');
    const cause = JSON.stringify({ errorType: error.name, errorMessage: error.message });
    expect(describeFailure(state({ Error: error.name, Cause: cause }))).toEqual({ stage: 'read', code: 'encrypted', reason: 'the PDF is password-protected' });
  });

  test('an unexpected fault is attributed to the first stage that did not complete', () => {
    const cause = JSON.stringify({ errorType: 'TypeError', errorMessage: 'x is undefined' });
    expect(describeFailure(state({ Error: 'TypeError', Cause: cause }, ['read', 'extract']))).toEqual({
      stage: 'screen', code: 'internal-error', reason: 'TypeError: x is undefined',
    });
  });

  test('a function that ran out of memory or time is attributed to its stage with its own code', () => {
    const oom = JSON.stringify({ errorType: 'Runtime.OutOfMemory', errorMessage: 'the function ran out of memory (limit 1536 MB)' });
    const slow = JSON.stringify({ errorType: 'Sandbox.Timedout', errorMessage: 'Task timed out after 120.00 seconds' });
    expect(describeFailure(state({ Error: 'Runtime.OutOfMemory', Cause: oom }))).toMatchObject({ stage: 'read', code: 'out-of-memory' });
    expect(describeFailure(state({ Error: 'Sandbox.Timedout', Cause: slow }, ['read']))).toMatchObject({ stage: 'extract', code: 'timeout' });
  });

  test('a Step Functions timeout says which stage timed out', () => {
    expect(describeFailure(state({ Error: 'States.Timeout', Cause: 'timed out' }, ['read']))).toMatchObject({ stage: 'extract', code: 'timeout' });
  });
});
