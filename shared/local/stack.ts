import { CreateBucketCommand, HeadBucketCommand } from '@aws-sdk/client-s3';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { SQSEvent } from 'aws-lambda';
import { startDynamoLocal, type DynamoLocal } from './dynamodb-local.js';
import { startS3Local, type S3Local } from './s3-local.js';
import { freePort } from './ports.js';
import { LocalDelivery } from './local-queue.js';
import { loadConfig, type Config } from '../config.js';
import { buildServices, type Services } from '../adapters/wiring/index.js';
import { createTableInput, TTL_ATTRIBUTE } from '../adapters/dynamodb/table-design.js';
import { s3Client } from '../adapters/s3/raw-store.js';
import { hashApiKey } from '../http/auth.js';
import { createProcessHandler } from '../../functions/process/handler.js';
import { createApiApp } from '../../functions/api/handler.js';
import { createReprocessHandler } from '../../functions/reprocess/handler.js';
import type { Role } from '../ports/stores.js';
import type { Metrics } from '../ports/metrics.js';

/**
 * The local stack: DynamoDB Local and s3rver as child/in-process servers,
 * the table and bucket created if missing, and the same handlers the cloud
 * runs (the API app, the SQS-driven process handler fed with s3rver's
 * object-created events in the cloud's SQS-wrapped shape, the scheduled
 * re-processing handler).
 */
export interface LocalStackOptions {
  dataDir?: string; // omitted: DynamoDB in memory, S3 in a temp dir (tests)
  s3Dir?: string;
  dynamoPort?: number;
  s3Port?: number;
  tableName?: string;
  bucketName?: string;
  pipelineVersion?: number;
  keys?: Array<{ key: string; role: Role }>;
  /** Configuration (environment variable names) for the stack's services. */
  env?: Record<string, string>;
  /** Hand s3rver's object-created events to the process handler (default true). */
  deliverS3Events?: boolean;
}

export interface ServicesOptions {
  pipelineVersion?: number;
  /** Configuration overrides (environment variable names). */
  env?: Record<string, string>;
  maxAttempts?: number;
  takeEvents?: boolean;
  /** Count the services' metrics here instead of as configured (tests). */
  metrics?: Metrics;
}

export interface ServiceSet {
  config: Config;
  services: Services;
  processHandler: ReturnType<typeof createProcessHandler>;
  delivery: LocalDelivery;
  app: ReturnType<typeof createApiApp>;
}

export interface LocalStack {
  config: Config;
  services: Services;
  app: ReturnType<typeof createApiApp>;
  processHandler: ReturnType<typeof createProcessHandler>;
  reprocessHandler: ReturnType<typeof createReprocessHandler>;
  delivery: LocalDelivery;
  env: Record<string, string>;
  /**
   * Another set of services on the same stores: a new pipeline version, or
   * other settings (e.g. endpoints through a fault-injecting proxy). Its
   * delivery takes over s3rver's events unless `takeEvents` is false.
   */
  withServices(opts: ServicesOptions): ServiceSet;
  stop(): Promise<void>;
}

export async function startLocalStack(opts: LocalStackOptions = {}): Promise<LocalStack> {
  const dynamoPort = opts.dynamoPort ?? (await freePort());
  const s3Port = opts.s3Port ?? (await freePort());
  const tableName = opts.tableName ?? 'copydesk';
  const bucketName = opts.bucketName ?? 'copydesk-raw';
  let dynamo: DynamoLocal | null = null;
  let s3: S3Local | null = null;
  let currentDelivery: LocalDelivery | null = null;
  // Without a data directory (tests, benchmarks) S3 lives in a temporary directory removed on stop.
  const scratch = opts.dataDir || opts.s3Dir ? null : mkdtempSync(join(tmpdir(), 'copydesk-s3-'));
  const s3Dir = opts.s3Dir ?? (opts.dataDir ? join(opts.dataDir, 's3') : scratch!);
  try {
    dynamo = await startDynamoLocal({ port: dynamoPort, dbPath: opts.dataDir ? join(opts.dataDir, 'dynamodb') : undefined });
    s3 = await startS3Local({
      port: s3Port,
      directory: s3Dir,
      bucket: bucketName,
      // s3rver's object-created notification, wrapped like SQS wraps S3's.
      onEvent: (event) => {
        if (opts.deliverS3Events !== false) currentDelivery?.deliverBody(JSON.stringify(event));
      },
    });
  } catch (e) {
    await s3?.stop();
    await dynamo?.stop();
    throw e;
  }
  const env: Record<string, string> = {
    ...opts.env,
    TABLE_NAME: tableName,
    BUCKET_NAME: bucketName,
    AWS_REGION: 'us-east-1',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    S3_ENDPOINT: s3.endpoint,
    STAGE: 'local',
  };
  const config = loadConfig({ ...process.env, ...env });
  await ensureTable(config);
  await ensureBucket(config);

  const make = (o: ServicesOptions): ServiceSet => {
    let handler: ReturnType<typeof createProcessHandler> | null = null;
    const delivery = new LocalDelivery(() => handler!);
    const cfg = o.env ? loadConfig({ ...process.env, ...env, ...o.env }) : config;
    const services = buildServices(cfg, { queue: delivery, pipelineVersion: o.pipelineVersion, maxAttempts: o.maxAttempts, metrics: o.metrics });
    handler = createProcessHandler(services);
    return { config: cfg, services, processHandler: handler, delivery, app: createApiApp(services) };
  };
  const main = make({ pipelineVersion: opts.pipelineVersion });
  currentDelivery = main.delivery;
  for (const { key, role } of opts.keys ?? []) await main.services.apiKeys.put(hashApiKey(key), role, 'local');

  return {
    config,
    env,
    services: main.services,
    processHandler: main.processHandler,
    delivery: main.delivery,
    app: main.app,
    reprocessHandler: createReprocessHandler(main.services),
    withServices: (o) => {
      const other = make(o);
      if (o.takeEvents !== false) currentDelivery = other.delivery;
      return other;
    },
    async stop() {
      await currentDelivery?.drain();
      await s3?.stop();
      await dynamo?.stop();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    },
  };
}

export async function ensureTable(cfg: Config): Promise<void> {
  const ddb = new DynamoDBClient({ region: cfg.AWS_REGION, endpoint: cfg.DYNAMODB_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    await ddb.send(new DescribeTableCommand({ TableName: cfg.TABLE_NAME }));
  } catch {
    await ddb.send(new CreateTableCommand(createTableInput(cfg.TABLE_NAME)));
    await ddb.send(new UpdateTimeToLiveCommand({ TableName: cfg.TABLE_NAME, TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true } }));
  }
  ddb.destroy();
}

export async function ensureBucket(cfg: Config): Promise<void> {
  const s3 = s3Client(cfg);
  try {
    await s3.send(new HeadBucketCommand({ Bucket: cfg.BUCKET_NAME }));
  } catch {
    await s3.send(new CreateBucketCommand({ Bucket: cfg.BUCKET_NAME }));
  }
  s3.destroy();
}

export type { SQSEvent };
