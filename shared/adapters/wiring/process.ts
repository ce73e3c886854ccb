import type { Config } from '../../config.js';
import { StoryEngine } from '../../dedupe/engine.js';
import { ProcessService } from '../../services/process.js';
import { ReprocessService } from '../../services/reprocess.js';
import { TemplateService } from '../../services/templates.js';
import { PageVersions } from '../../services/versions.js';
import { DynamoTemplateStore } from '../dynamodb/template-store.js';
import { buildStores, type WiringOptions } from './stores.js';

/** What the process function runs: extraction, templates, dedupe, and re-processing work. */
export function buildProcessServices(cfg: Config, opts: WiringOptions = {}) {
  const s = buildStores(cfg, opts);
  const engine = new StoryEngine(s.index, { ttlDays: cfg.STORY_INDEX_TTL_DAYS });
  const templates = new TemplateService(new DynamoTemplateStore(s.doc, cfg.TABLE_NAME, s.meter));
  const process = new ProcessService(
    { raw: s.raw, articles: s.articles, engine, templates, versions: new PageVersions(s.articles, s.index, cfg.LEASE_SECONDS * 1000, s.changes), metrics: s.metrics, changes: s.changes },
    { textInlineLimit: cfg.TEXT_INLINE_LIMIT_BYTES, pipelineVersion: s.pipelineVersion, leaseMs: cfg.LEASE_SECONDS * 1000 },
  );
  return { ...s, engine, templates, process, reprocess: new ReprocessService(s.jobs, s.enumerator, s.queue, process, s.reprocessOptions) };
}
