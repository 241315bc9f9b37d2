import { randomUUID, createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export interface QueuedMessage {
  messageId: string;
  body: string;
  sentAt: number;
  receiveCount: number;
  visibleAt: number;
  firstReceivedAt?: number;
}

/**
 * An in-process queue with the SQS semantics the pipeline relies on: at-least-once delivery, a visibility
 * timeout after each receive, and a redrive to the dead-letter queue after maxReceiveCount receives.
 * `timeScale` shrinks the template's visibility timeout for local runs (1 = as deployed).
 */
export class LocalQueue extends EventEmitter {
  private readonly messages: QueuedMessage[] = [];
  deadLetterQueue?: { queue: LocalQueue; maxReceiveCount: number };

  constructor(readonly name: string, readonly arn: string, private readonly visibilityTimeoutMs: number) {
    super();
  }

  send(body: string): string {
    const messageId = randomUUID();
    this.messages.push({ messageId, body, sentAt: Date.now(), receiveCount: 0, visibleAt: 0 });
    this.emit('message');
    return messageId;
  }

  /** Receives up to `max` visible messages; each becomes invisible for the visibility timeout. */
  receive(max: number): QueuedMessage[] {
    const now = Date.now();
    const received: QueuedMessage[] = [];
    for (const message of [...this.messages]) {
      if (received.length >= max) break;
      if (message.visibleAt > now) continue;
      if (this.deadLetterQueue && message.receiveCount >= this.deadLetterQueue.maxReceiveCount) {
        this.remove(message.messageId);
        this.deadLetterQueue.queue.messages.push({ ...message, visibleAt: 0 });
        this.deadLetterQueue.queue.emit('message');
        this.emit('dead-letter', message);
        continue;
      }
      message.receiveCount++;
      message.firstReceivedAt ??= now;
      message.visibleAt = now + this.visibilityTimeoutMs;
      received.push({ ...message });
    }
    return received;
  }

  delete(messageId: string): void {
    this.remove(messageId);
  }

  private remove(messageId: string) {
    const index = this.messages.findIndex((m) => m.messageId === messageId);
    if (index >= 0) this.messages.splice(index, 1);
  }

  /** Every message, visible or in flight (for `doc-audit dlq` and the tests). */
  peek(): QueuedMessage[] {
    return this.messages.map((m) => ({ ...m }));
  }

  get depth(): number {
    return this.messages.length;
  }

  /** Time until the next in-flight message becomes visible again, if any. */
  nextVisibleInMs(): number | undefined {
    const waiting = this.messages.map((m) => m.visibleAt - Date.now()).filter((ms) => ms > 0);
    return waiting.length ? Math.min(...waiting) : undefined;
  }
}

/**
 * What Lambda's SQS event source mapping does: poll, invoke with a batch, delete what succeeded, and leave
 * failures (partial batch response, or the whole batch when the handler throws) to reappear later.
 */
export class LocalEventSourceMapping {
  private running = false;
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;

  constructor(
    private readonly queue: LocalQueue,
    private readonly invoke: (event: SQSEvent) => Promise<unknown>,
    private readonly options: { batchSize: number; reportBatchItemFailures: boolean; region: string },
  ) {}

  start(): void {
    this.running = true;
    this.queue.on('message', this.poke);
    this.poke();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.queue.off('message', this.poke);
    clearTimeout(this.timer);
    await this.inFlight;
  }

  private readonly poke = () => {
    if (!this.running || this.inFlight) return;
    this.inFlight = this.drain().finally(() => {
      this.inFlight = undefined;
      if (!this.running) return;
      const wait = this.queue.nextVisibleInMs();
      clearTimeout(this.timer);
      if (wait !== undefined) this.timer = setTimeout(this.poke, wait + 5);
      if (this.hasVisible()) this.poke();
    });
  };

  private hasVisible(): boolean {
    return this.queue.peek().some((m) => m.visibleAt <= Date.now());
  }

  private async drain(): Promise<void> {
    for (;;) {
      const batch = this.queue.receive(this.options.batchSize);
      if (!batch.length) return;
      const event: SQSEvent = { Records: batch.map((m) => this.toRecord(m)) };
      let failed: Set<string>;
      try {
        const response = (await this.invoke(event)) as SQSBatchResponse | undefined;
        failed = new Set(this.options.reportBatchItemFailures ? (response?.batchItemFailures ?? []).map((f) => f.itemIdentifier) : []);
      } catch {
        failed = new Set(batch.map((m) => m.messageId));
      }
      for (const message of batch) if (!failed.has(message.messageId)) this.queue.delete(message.messageId);
    }
  }

  private toRecord(message: QueuedMessage): SQSRecord {
    return {
      messageId: message.messageId,
      receiptHandle: `${message.messageId}#${message.receiveCount}`,
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(message.sentAt),
        SenderId: 'AROALOCAL:s3',
        ApproximateFirstReceiveTimestamp: String(message.firstReceivedAt ?? Date.now()),
      },
      messageAttributes: {},
      md5OfBody: createHash('md5').update(message.body).digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: this.queue.arn,
      awsRegion: this.options.region,
    };
  }
}
