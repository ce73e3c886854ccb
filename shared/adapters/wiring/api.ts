import type { Config } from '../../config.js';
import { IngestService } from '../../services/ingest.js';
import { StoryQueries } from '../../services/queries.js';
import { RemovalService } from '../../services/removal.js';
import { ReprocessService } from '../../services/reprocess.js';
import { buildStores, type Stores, type WiringOptions } from './stores.js';
import { S3UploadPresigner } from '../s3/presign.js';
import { DynamoApiKeys } from '../dynamodb/api-keys.js';
import { DynamoRateLimiter } from '../dynamodb/rate-limiter.js';

/** The HTTP-facing services over a set of stores: ingest, queries, removals, presigned uploads, and the keys and rates that guard them. */
export function httpServices(s: Stores) {
  return {
    apiKeys: new DynamoApiKeys(s.doc, s.config.TABLE_NAME),
    limiter: new DynamoRateLimiter(s.doc, s.config.TABLE_NAME),
    ingest: new IngestService(s.raw, s.articles, s.config.MAX_UPLOAD_BYTES, s.metrics),
    queries: new StoryQueries(s.articles, s.index, s.raw, s.changes),
    removal: new RemovalService(s.articles, s.raw, s.index, s.config.LEASE_SECONDS * 1000, s.metrics, s.changes),
    presigner: new S3UploadPresigner(s.raw),
  };
}

/** What the HTTP API runs: the HTTP-facing services and job control. */
export function buildApiServices(cfg: Config, opts: WiringOptions = {}) {
  const s = buildStores(cfg, opts);
  return { ...s, ...httpServices(s), reprocess: new ReprocessService(s.jobs, s.enumerator, s.queue, null, s.reprocessOptions) };
}
export type ApiServices = ReturnType<typeof buildApiServices>;
