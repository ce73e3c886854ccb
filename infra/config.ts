import { z } from 'zod';
import type { Node } from 'constructs';

/**
 * Deployment settings, from CDK context (`cdk.json` defaults, `-c key=value`
 * on the command line). Every setting has a default so `npx cdk synth` works
 * with no arguments, credentials or network.
 */
export const StageConfigSchema = z.object({
  stage: z.enum(['dev', 'prod']).default('dev'),
  reprocessCron: z.string().default('cron(0 3 * * ? *)').describe('EventBridge Scheduler expression for stale re-processing'),
  processMaxConcurrency: z.coerce.number().int().min(2).max(1000).default(20),
  processBatchSize: z.coerce.number().int().min(1).max(10).default(10),
  logRetentionDays: z.coerce.number().int().positive().default(30),
  rawInfrequentAccessAfterDays: z.coerce.number().int().min(30).default(30),
  rawGlacierAfterDays: z.coerce.number().int().min(90).default(365),
  deletedVersionDays: z.coerce.number().int().min(1).default(7)
    .describe('days S3 keeps the old version of a deleted raw upload or a replaced cleaned text: a takedown\'s bytes are gone after it, a delete by mistake can be undone within it'),
  apiThrottleRate: z.coerce.number().positive().default(200),
  apiThrottleBurst: z.coerce.number().int().positive().default(400),
  corsOrigins: z.string().default('').transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean)),
  alarmEmail: z.string().email().optional(),
  readAccess: z.enum(['keyed', 'open']).default('keyed').describe('GET routes need an API key (keyed) or not (open)'),
  keyRatePerSecond: z.coerce.number().positive().default(50).describe('per API key, sustained (token bucket in the table)'),
  keyRateBurst: z.coerce.number().int().positive().default(200).describe('per API key, at once'),
  maxUploadBytes: z.coerce.number().int().positive().max(5 * 1024 * 1024).default(5 * 1024 * 1024),
});
export type StageConfig = z.infer<typeof StageConfigSchema>;

const KEYS = Object.keys(StageConfigSchema.shape) as Array<keyof StageConfig>;

export function stageConfig(node: Node): StageConfig {
  const raw: Record<string, unknown> = {};
  for (const k of KEYS) {
    const v = node.tryGetContext(k);
    if (v !== undefined && v !== '') raw[k] = v;
  }
  const parsed = StageConfigSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid CDK context: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export const isProd = (c: StageConfig) => c.stage === 'prod';
