import { S3NotificationSchema, S3TestEventSchema, decodeS3Key } from '../schemas/events.js';
import { QueueMessageSchema } from '../schemas/job.js';
import type { ProcessService } from '../services/process.js';
import type { ReprocessService } from '../services/reprocess.js';
import { logger } from '../logger.js';
import { PermanentProcessingError } from '../errors.js';

/**
 * One message of the processing queue: an S3 notification (raw upload or
 * presigned upload created) or a re-processing message. Throwing makes the
 * message a batch item failure: SQS redelivers it, then dead-letters it.
 */
export async function handleQueueBody(body: string, services: { process: ProcessService; reprocess: ReprocessService }): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    logger.error('unparseable queue message dropped', { body: body.slice(0, 200) });
    return;
  }
  if (S3TestEventSchema.safeParse(json).success) return;
  const s3 = S3NotificationSchema.safeParse(json);
  if (s3.success) {
    for (const r of s3.data.Records) {
      if (!r.eventName.startsWith('ObjectCreated')) continue;
      try {
        await services.process.processKey(decodeS3Key(r.s3.object.key));
      } catch (e) {
        // No redelivery can fix it (e.g. the raw object of a processed article was deleted): drop the message, say why.
        if (!(e instanceof PermanentProcessingError)) throw e;
        logger.warn('event dropped', { key: r.s3.object.key, reason: e.message });
      }
    }
    return;
  }
  const msg = QueueMessageSchema.safeParse(json);
  if (msg.success) return services.reprocess.handle(msg.data);
  logger.error('unknown queue message dropped', { body: body.slice(0, 200) });
}
