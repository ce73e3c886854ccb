import { randomUUID } from 'node:crypto';
import type { ArticleStore } from '../ports/stores.js';

/**
 * Run `work` holding an article's lease, the one processing takes: what
 * changes another article's record must not interleave with its processing.
 * The lease is awaited with doubling waits up to `maxWaitMs`; past that,
 * `busy()` is thrown (the caller's client or queue retries later).
 */
export async function withArticleLease<T>(
  articles: ArticleStore,
  id: string,
  opts: { leaseMs: number; maxWaitMs: number; busy: () => Error },
  work: () => Promise<T>,
): Promise<T> {
  const holder = randomUUID();
  for (let wait = 25; !(await articles.lease(id, holder, opts.leaseMs)); wait *= 2) {
    if (wait > opts.maxWaitMs) throw opts.busy();
    await new Promise((r) => setTimeout(r, wait));
  }
  try {
    return await work();
  } finally {
    await articles.release(id, holder);
  }
}
