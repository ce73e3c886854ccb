import { SQSClient } from '@aws-sdk/client-sqs';
import type { Config } from '../../config.js';
import { documentClient, CapacityMeter } from '../dynamodb/client.js';
import { DynamoStoryIndex } from '../dynamodb/story-index.js';
import { DynamoChangeFeed } from '../dynamodb/change-feed.js';
import { DynamoArticleStore } from '../dynamodb/article-store.js';
import { DynamoArticleEnumerator, DynamoJobStore } from '../dynamodb/job-store.js';
import { S3RawStore, s3Client } from '../s3/raw-store.js';
import { SqsWorkQueue } from '../sqs/queue.js';
import { VERSION_SHARDS } from '../dynamodb/table-design.js';
import { PIPELINE_VERSION } from '../../services/pipeline-version.js';
import type { WorkQueue } from '../../ports/queue.js';
import { NO_METRICS, type Metrics } from '../../ports/metrics.js';
import { EmfMetrics } from '../cloudwatch/emf-metrics.js';

export interface WiringOptions {
  queue?: WorkQueue;
  meter?: CapacityMeter;
  pipelineVersion?: number;
  /**
   * SDK attempts per call. The API answers 503 soon rather than hold a
   * client for a long backoff; queue workers retry longer (SQS redelivers after that).
   */
  maxAttempts?: number;
  /** Overrides the configured metrics (tests count them in memory). */
  metrics?: Metrics;
}

/**
 * The storage adapters every function shares. Each Lambda composes only the
 * services it runs (wiring/api.ts, process.ts, reprocess.ts), so the API
 * bundle carries no extractor and the scheduler no HTTP framework.
 */
export function buildStores(cfg: Config, opts: WiringOptions = {}) {
  const doc = documentClient(cfg, opts.maxAttempts);
  const s3 = s3Client(cfg, opts.maxAttempts);
  const meter = opts.meter ?? new CapacityMeter();
  const table = cfg.TABLE_NAME;
  const queue: WorkQueue =
    opts.queue ??
    (cfg.QUEUE_URL
      ? new SqsWorkQueue(new SQSClient({ region: cfg.AWS_REGION }), cfg.QUEUE_URL)
      : { send: async () => { throw new Error('no processing queue configured (QUEUE_URL)'); } });
  const pipelineVersion = opts.pipelineVersion ?? PIPELINE_VERSION;
  return {
    config: cfg, doc, s3, meter, queue, pipelineVersion,
    metrics: opts.metrics ?? (cfg.METRICS === 'emf' ? new EmfMetrics() : NO_METRICS),
    raw: new S3RawStore(s3, cfg.BUCKET_NAME),
    articles: new DynamoArticleStore(doc, table, meter),
    index: new DynamoStoryIndex(doc, table, meter),
    changes: new DynamoChangeFeed(doc, table, cfg.CHANGE_FEED_TTL_DAYS, cfg.CHANGE_FEED_SETTLE_MS, meter),
    jobs: new DynamoJobStore(doc, table),
    enumerator: new DynamoArticleEnumerator(doc, table),
    reprocessOptions: { pipelineVersion, pageSize: cfg.REPROCESS_PAGE_SIZE, shards: VERSION_SHARDS, batchSize: 25 },
  };
}
export type Stores = ReturnType<typeof buildStores>;
