import { randomUUID } from 'node:crypto';
import type { SQSEvent } from 'aws-lambda';
import type { WorkQueue } from '../ports/queue.js';
import type { QueueMessage } from '../schemas/job.js';
import { logger } from '../logger.js';

type Deliver = (event: SQSEvent) => Promise<{ batchItemFailures: Array<{ itemIdentifier: string }> }>;

/**
 * Local stand-in for SQS delivery (like `sam local`): each message is handed
 * to the real process handler in the SQS event shape, redelivered up to
 * `maxReceives` times when reported failed, then counted as dead-lettered.
 * Not a queue of ours in the cloud: there, SQS does this.
 */
export class LocalDelivery implements WorkQueue {
  deadLetters: string[] = [];
  private inFlight = new Set<Promise<void>>();

  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly deliver: () => Deliver,
    private readonly maxReceives = 5,
    /** Like the event source mapping's maxConcurrency: invocations at once. */
    private readonly maxConcurrency = 8,
  ) {}

  async send(messages: QueueMessage[]): Promise<void> {
    for (const m of messages) this.deliverBody(JSON.stringify(m));
  }

  deliverBody(body: string): void {
    const p = this.run(body).finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }

  private async run(body: string): Promise<void> {
    await new Promise((r) => setImmediate(r));
    if (this.running >= this.maxConcurrency) await new Promise<void>((r) => this.waiting.push(r));
    this.running++;
    try {
      await this.attempts(body);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private async attempts(body: string): Promise<void> {
    for (let receive = 1; receive <= this.maxReceives; receive++) {
      const messageId = randomUUID();
      const event = sqsEvent(messageId, body, receive);
      try {
        const res = await this.deliver()(event);
        if (!res.batchItemFailures.some((f) => f.itemIdentifier === messageId)) return;
      } catch (e) {
        logger.debug('local delivery failed', { error: e as Error });
      }
      // SQS would wait out the visibility timeout; here an exponential backoff
      // lets a concurrent worker holding the article's lease finish first.
      await new Promise((r) => setTimeout(r, 100 * 2 ** receive));
    }
    this.deadLetters.push(body);
    logger.error('message dead-lettered after retries', { body: body.slice(0, 300) });
  }

  /** Resolves when nothing is in flight (tests and benchmarks wait on this). */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }
}

export function sqsEvent(messageId: string, body: string, receiveCount = 1): SQSEvent {
  return {
    Records: [
      {
        messageId,
        receiptHandle: messageId,
        body,
        attributes: {
          ApproximateReceiveCount: String(receiveCount),
          SentTimestamp: String(Date.now()),
          SenderId: 'local',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:copydesk-local',
        awsRegion: 'us-east-1',
      },
    ],
  };
}

/** The body of an S3 object-created notification for `key`, as SQS delivers it. */
export function objectCreatedBody(key: string, bucket = 'copydesk-raw'): string {
  return JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key } } }] });
}
