import { SQSClient, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { WorkQueue } from '../../ports/queue.js';
import type { QueueMessage } from '../../schemas/job.js';

/** The processing queue on SQS (batches of 10, failed entries retried). */
export class SqsWorkQueue implements WorkQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly url: string,
  ) {}

  async send(messages: QueueMessage[]): Promise<void> {
    for (let i = 0; i < messages.length; i += 10) {
      let entries = messages.slice(i, i + 10).map((m, k) => ({ Id: String(k), MessageBody: JSON.stringify(m) }));
      for (let attempt = 0; entries.length; attempt++) {
        if (attempt >= 5) throw new Error(`could not enqueue ${entries.length} messages`);
        const res = await this.sqs.send(new SendMessageBatchCommand({ QueueUrl: this.url, Entries: entries }));
        const failed = new Set((res.Failed ?? []).map((f) => f.Id));
        entries = entries.filter((e) => failed.has(e.Id));
      }
    }
  }
}
