import type { Config } from '../../config.js';
import { IngestService } from '../../services/ingest.js';
import { StoryQueries } from '../../services/queries.js';
import { buildProcessServices } from './process.js';
import type { WiringOptions } from './stores.js';
import { S3UploadPresigner } from '../s3/presign.js';

/** Everything at once, on one set of stores: the local stack, tests and benchmarks. */
export function buildServices(cfg: Config, opts: WiringOptions = {}) {
  const s = buildProcessServices(cfg, opts);
  return {
    ...s,
    ingest: new IngestService(s.raw, s.articles, cfg.MAX_UPLOAD_BYTES),
    queries: new StoryQueries(s.articles, s.index, s.raw),
    presigner: new S3UploadPresigner(s.raw),
  };
}
export type Services = ReturnType<typeof buildServices>;
