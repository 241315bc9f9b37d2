import type { SQSEvent } from 'aws-lambda';
import { LocalEventSourceMapping, LocalQueue } from '../../local/local-queue';

const waitFor = async (check: () => boolean, ms = 2000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('LocalQueue and LocalEventSourceMapping (SQS semantics)', () => {
  test('a message the handler keeps failing is received maxReceiveCount times, then moved to the DLQ', async () => {
    // Prepare
    const dlq = new LocalQueue('dlq', 'arn:dlq', 1000);
    const queue = new LocalQueue('q', 'arn:q', 20);
    queue.deadLetterQueue = { queue: dlq, maxReceiveCount: 3 };
    const receiveCounts: string[] = [];
    const mapping = new LocalEventSourceMapping(queue, async (event: SQSEvent) => {
      receiveCounts.push(event.Records[0].attributes.ApproximateReceiveCount);
      return { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) };
    }, { batchSize: 10, reportBatchItemFailures: true, region: 'us-east-1' });

    // Act
    mapping.start();
    queue.send('poison');
    await waitFor(() => dlq.depth === 1);
    await mapping.stop();

    // Assess
    expect(receiveCounts).toEqual(['1', '2', '3']);
    expect(queue.depth).toBe(0);
    expect(dlq.peek()[0]).toMatchObject({ body: 'poison', receiveCount: 3 });
  });

  test('a partial batch failure deletes the successes and redelivers only the failure', async () => {
    // Prepare
    const queue = new LocalQueue('q', 'arn:q', 10);
    const seen: string[] = [];
    const mapping = new LocalEventSourceMapping(queue, async (event: SQSEvent) => {
      seen.push(...event.Records.map((r) => r.body));
      const failures = event.Records.filter((r) => r.body === 'flaky' && r.attributes.ApproximateReceiveCount === '1');
      return { batchItemFailures: failures.map((r) => ({ itemIdentifier: r.messageId })) };
    }, { batchSize: 10, reportBatchItemFailures: true, region: 'us-east-1' });

    // Act
    queue.send('ok');
    queue.send('flaky');
    mapping.start();
    await waitFor(() => queue.depth === 0);
    await mapping.stop();

    // Assess
    expect(seen).toEqual(['ok', 'flaky', 'flaky']);
  });
});
