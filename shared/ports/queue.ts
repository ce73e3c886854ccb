import type { QueueMessage } from '../schemas/job.js';

/** The processing queue (SQS in the cloud). */
export interface WorkQueue {
  send(messages: QueueMessage[]): Promise<void>;
}
