import { z } from 'zod';

/** The S3 object-created notification, as S3 delivers it (inside an SQS message body in the cloud). */
export const S3NotificationSchema = z.object({
  Records: z.array(
    z.object({
      eventName: z.string(),
      s3: z.object({ bucket: z.object({ name: z.string() }), object: z.object({ key: z.string(), size: z.number().optional() }) }),
    }),
  ),
});
export type S3Notification = z.infer<typeof S3NotificationSchema>;

/** S3 URL-encodes keys in notifications, with '+' for spaces. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** S3 sends this once when a notification is configured. */
export const S3TestEventSchema = z.object({ Event: z.literal('s3:TestEvent') });
