import type { Config } from '../../config.js';
import { buildProcessServices } from './process.js';
import { httpServices } from './api.js';
import type { WiringOptions } from './stores.js';

/** Everything at once, on one set of stores: the local stack, tests and benchmarks. */
export function buildServices(cfg: Config, opts: WiringOptions = {}) {
  const s = buildProcessServices(cfg, opts);
  return { ...s, ...httpServices(s) };
}
export type Services = ReturnType<typeof buildServices>;
