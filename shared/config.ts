import { z } from 'zod';

/**
 * The one place that reads configuration. Lambda and the local stack set the
 * same environment variables; the CDK app writes them from the same schema.
 */
export const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(1).default('copydesk'),
  BUCKET_NAME: z.string().min(1).default('copydesk-raw'),
  QUEUE_URL: z.string().optional().describe('processing queue (re-processing fan-out); absent locally'),
  AWS_REGION: z.string().default('us-east-1'),
  DYNAMODB_ENDPOINT: z.string().url().optional().describe('DynamoDB Local; unset on AWS'),
  S3_ENDPOINT: z.string().url().optional().describe('s3rver; unset on AWS'),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  STORY_INDEX_TTL_DAYS: z.coerce.number().int().positive().default(30),
  CHANGE_FEED_TTL_DAYS: z.coerce.number().int().positive().default(14).describe('how long GET /changes keeps a change'),
  CHANGE_FEED_SETTLE_MS: z.coerce.number().int().nonnegative().default(5000).describe('GET /changes holds back changes this recent, so a reader following the cursor misses none written a moment late'),
  TEXT_INLINE_LIMIT_BYTES: z.coerce.number().int().positive().default(300 * 1024),
  PRESIGN_EXPIRES_SECONDS: z.coerce.number().int().positive().default(900),
  REPROCESS_PAGE_SIZE: z.coerce.number().int().positive().max(1000).default(200),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((o) => o.trim()).filter(Boolean) : [])),
  READ_ACCESS: z.enum(['keyed', 'open']).default('keyed').describe('GET routes: need a key (keyed) or not (open); writes and admin always need one'),
  RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(50).describe('per API key, sustained'),
  RATE_LIMIT_BURST: z.coerce.number().int().positive().default(200).describe('per API key, at once'),
  LEASE_SECONDS: z.coerce.number().int().positive().default(120).describe('a crashed worker\'s hold on an article expires after this'),
  LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),
  METRICS: z.enum(['emf', 'off']).default('off').describe('pipeline metrics: CloudWatch embedded metric format (set by the CDK app) or none'),
  STAGE: z.string().default('local'),
});
export type Config = z.infer<typeof ConfigSchema>;

let cached: Config | undefined;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${detail}`);
  }
  return parsed.data;
}

/** Configuration of this process, read once. */
export function config(): Config {
  return (cached ??= loadConfig());
}

/** Tests and the local stack change the environment after import. */
export function resetConfig(): void {
  cached = undefined;
}
