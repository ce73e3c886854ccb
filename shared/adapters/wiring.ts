import { SQSClient } from '@aws-sdk/client-sqs';
import type { Config } from '../config.js';
import { documentClient, CapacityMeter } from './dynamodb/client.js';
import { DynamoStoryIndex } from './dynamodb/story-index.js';
import { DynamoArticleStore } from './dynamodb/article-store.js';
import { DynamoApiKeys } from './dynamodb/api-keys.js';
import { DynamoTemplateStore } from './dynamodb/template-store.js';
import { DynamoArticleEnumerator, DynamoJobStore } from './dynamodb/job-store.js';
import { S3RawStore, s3Client } from './s3/raw-store.js';
import { SqsWorkQueue } from './sqs/queue.js';
import { StoryEngine } from '../dedupe/engine.js';
import { IngestService } from '../services/ingest.js';
import { ProcessService } from '../services/process.js';
import { StoryQueries } from '../services/queries.js';
import { ReprocessService } from '../services/reprocess.js';
import { TemplateService } from '../services/templates.js';
import { PIPELINE_VERSION } from '../services/pipeline.js';
import { VERSION_SHARDS } from './dynamodb/table-design.js';
import type { WorkQueue } from '../ports/queue.js';

/** The composition root: configuration in, services on their AWS adapters out. */
export function buildServices(cfg: Config, opts: { queue?: WorkQueue; meter?: CapacityMeter; pipelineVersion?: number } = {}) {
  const doc = documentClient(cfg);
  const s3 = s3Client(cfg);
  const meter = opts.meter ?? new CapacityMeter();
  const table = cfg.TABLE_NAME;
  const raw = new S3RawStore(s3, cfg.BUCKET_NAME);
  const articles = new DynamoArticleStore(doc, table, meter);
  const index = new DynamoStoryIndex(doc, table, meter);
  const engine = new StoryEngine(index, { ttlDays: cfg.STORY_INDEX_TTL_DAYS });
  const templates = new TemplateService(new DynamoTemplateStore(doc, table, meter));
  const jobs = new DynamoJobStore(doc, table);
  const apiKeys = new DynamoApiKeys(doc, table);
  const pipelineVersion = opts.pipelineVersion ?? PIPELINE_VERSION;
  const process = new ProcessService(raw, articles, engine, templates, cfg.TEXT_INLINE_LIMIT_BYTES, pipelineVersion);
  const queue: WorkQueue =
    opts.queue ??
    (cfg.QUEUE_URL
      ? new SqsWorkQueue(new SQSClient({ region: cfg.AWS_REGION }), cfg.QUEUE_URL)
      : { send: async () => { throw new Error('no processing queue configured (QUEUE_URL)'); } });
  const enumerator = new DynamoArticleEnumerator(doc, table);
  const reprocessOptions = { pipelineVersion, pageSize: cfg.REPROCESS_PAGE_SIZE, shards: VERSION_SHARDS, batchSize: 25 };
  const reprocess = new ReprocessService(jobs, enumerator, queue, process, reprocessOptions);
  return {
    config: cfg, doc, s3, meter, raw, articles, index, engine, templates, jobs, enumerator, reprocessOptions, apiKeys, process, reprocess,
    ingest: new IngestService(raw, articles, cfg.MAX_UPLOAD_BYTES),
    queries: new StoryQueries(articles, index, engine, raw),
  };
}
export type Services = ReturnType<typeof buildServices>;
