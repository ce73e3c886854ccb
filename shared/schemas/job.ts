import { z } from 'zod';

export const ReprocessRequestSchema = z
  .object({
    mode: z.enum(['stale', 'all', 'range', 'outlet']).default('stale').describe('stale: articles of older pipeline versions (default)'),
    since: z.string().date().optional().describe('range mode: received on or after this day'),
    until: z.string().date().optional().describe('range mode: received on or before this day'),
    outlet: z.string().min(1).optional().describe('outlet mode: the outlet name as stored on articles'),
  })
  .strict()
  .refine((r) => r.mode !== 'range' || (r.since ?? r.until), { message: 'range mode needs "since" and/or "until"' })
  .refine((r) => r.mode !== 'outlet' || r.outlet, { message: 'outlet mode needs "outlet"' });
export type ReprocessRequest = z.infer<typeof ReprocessRequestSchema>;

export const JobCursorSchema = z.object({
  version: z.number().int(),
  shard: z.number().int(),
  lastKey: z.record(z.string(), z.unknown()).nullable(),
});
export type JobCursor = z.infer<typeof JobCursorSchema>;

export const ReprocessJobSchema = z.object({
  id: z.string(),
  state: z.enum(['running', 'finished', 'failed']),
  request: z.object({ mode: z.string(), since: z.string().optional(), until: z.string().optional(), outlet: z.string().optional() }),
  targetVersion: z.number().int(),
  cursor: JobCursorSchema.nullable().describe('where enumeration resumes; null when every page is enqueued'),
  enumerated: z.boolean(),
  step: z.number().int().describe('pages enumerated so far; guards the checkpoint against two enumerators'),
  totals: z.object({ enqueued: z.number().int(), done: z.number().int(), failed: z.number().int(), unchanged: z.number().int() }),
  failures: z.array(z.object({ articleId: z.string(), reason: z.string() })).describe('the first 100 failures'),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ReprocessJob = z.infer<typeof ReprocessJobSchema>;

/** Messages on the processing queue besides S3 notifications. */
export const QueueMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reprocess-page'), jobId: z.string() }),
  z.object({ kind: z.literal('reprocess-batch'), jobId: z.string(), rawKeys: z.array(z.string()).min(1).max(100) }),
]);
export type QueueMessage = z.infer<typeof QueueMessageSchema>;
