import type { Config } from '../../config.js';
import { ReprocessService } from '../../services/reprocess.js';
import { buildStores, type WiringOptions } from './stores.js';

/** What the scheduled function runs: job control only (the work runs on the processing queue). */
export function buildReprocessServices(cfg: Config, opts: WiringOptions = {}) {
  const s = buildStores(cfg, opts);
  return { ...s, reprocess: new ReprocessService(s.jobs, s.enumerator, s.queue, null, s.reprocessOptions) };
}
