import { createHash } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import type { ArticleEnumerator, JobStore } from '../ports/job-store.js';
import type { WorkQueue } from '../ports/queue.js';
import type { JobCursor, QueueMessage, ReprocessJob, ReprocessRequest } from '../schemas/job.js';
import type { ProcessOutcome } from './process.js';

/** What re-processing needs of the processing service (the API and scheduler run without one). */
export interface ArticleProcessor {
  processKey(key: string, opts?: { force?: boolean }): Promise<ProcessOutcome>;
}
import { ArticleBusy, NotFound } from '../errors.js';
import { logger } from '../logger.js';

export interface ReprocessOptions {
  pipelineVersion: number;
  pageSize: number;
  shards: number;
  /** Articles per queue message: one Lambda invocation's worth. */
  batchSize: number;
}

// Empty (version, shard) pages one page message reads before it checkpoints: each is one small query.
const EMPTY_PAGES_PER_STEP = 32;

/**
 * Re-processing as a resumable fan-out over the processing queue:
 *  1. a "page" message enumerates one page of articles (by pipeline version
 *     and shard, gsi3; past a run of empty pages, up to EMPTY_PAGES_PER_STEP),
 *     enqueues them in batches, checkpoints the cursor in the job record,
 *     and enqueues the next page message;
 *  2. "batch" messages re-run the pipeline on their articles and count the
 *     results on the job.
 * No invocation holds more than a page; a crash after enqueueing and before
 * the checkpoint re-enqueues that page, which is harmless because processing
 * is idempotent. A stalled job (lost page message) is resumed from its
 * checkpoint by the scheduled function or `resume`.
 */
export class ReprocessService {
  constructor(
    private readonly jobs: JobStore,
    private readonly enumerator: ArticleEnumerator,
    private readonly queue: WorkQueue,
    private readonly processor: ArticleProcessor | null,
    private readonly opts: ReprocessOptions,
  ) {}

  async start(request: ReprocessRequest): Promise<ReprocessJob> {
    const now = new Date().toISOString();
    const job: ReprocessJob = {
      id: `${now.replace(/[-:.TZ]/g, '').slice(0, 14)}-${randomBytes(4).toString('hex')}`,
      state: 'running',
      request,
      targetVersion: this.opts.pipelineVersion,
      cursor: { version: 0, shard: 0, lastKey: null },
      enumerated: false,
      step: 0,
      totals: { enqueued: 0, done: 0, failed: 0, unchanged: 0 },
      failures: [],
      startedAt: now,
      updatedAt: now,
      finishedAt: null,
    };
    await this.jobs.create(job);
    await this.queue.send([{ kind: 'reprocess-page', jobId: job.id }]);
    logger.info('reprocess job started', { jobId: job.id, request });
    return job;
  }

  async get(id: string): Promise<ReprocessJob> {
    const job = await this.jobs.get(id);
    if (!job) throw new NotFound('Job', id);
    return job;
  }

  /** Re-enqueue the page step of a running job from its checkpoint. */
  async resume(id: string): Promise<void> {
    const job = await this.get(id);
    if (job.state === 'running' && !job.enumerated) await this.queue.send([{ kind: 'reprocess-page', jobId: id }]);
    else await this.finishIfDone(id);
  }

  /**
   * The scheduled run: resume jobs that stopped moving (a lost message, a
   * crash), then start a job for stale articles if none is running.
   */
  async scheduled(stalledAfterMs = 15 * 60_000): Promise<{ started: string | null; resumed: string[] }> {
    const running = await this.jobs.running();
    const resumed: string[] = [];
    for (const job of running) {
      if (Date.now() - Date.parse(job.updatedAt) > stalledAfterMs) {
        await this.resume(job.id);
        resumed.push(job.id);
      }
    }
    const started = running.length === 0 ? (await this.start({ mode: 'stale' })).id : null;
    return { started, resumed };
  }

  async handle(msg: QueueMessage): Promise<void> {
    if (msg.kind === 'reprocess-page') await this.page(msg.jobId);
    else await this.batch(msg.jobId, msg.rawKeys);
  }

  private lastVersion(job: ReprocessJob): number {
    return job.request.mode === 'stale' ? job.targetVersion - 1 : job.targetVersion;
  }

  private async page(jobId: string): Promise<void> {
    const job = await this.get(jobId);
    if (job.state !== 'running' || !job.cursor) return;
    let cursor = job.cursor;
    const last = this.lastVersion(job);
    const req = job.request;
    const read = (c: JobCursor) =>
      this.enumerator.page(c.version, c.shard, {
        since: req.mode === 'range' ? req.since : undefined,
        until: req.mode === 'range' ? req.until : undefined,
        outlet: req.mode === 'outlet' ? req.outlet : undefined,
        limit: this.opts.pageSize,
        startKey: c.lastKey,
      });
    if (cursor.version > last) {
      await this.checkpoint(job, null, 0);
      return;
    }
    // Most (version, shard) pages of a walk are empty: every earlier
    // pipeline version keeps its shards long after re-processing moved their
    // articles on. One message walks a run of empty pages, or a walk would
    // take a queue hop per version and shard, more with each version.
    let page = await read(cursor);
    for (let hops = 1; hops < EMPTY_PAGES_PER_STEP && !page.rawKeys.length && !page.lastKey; hops++) {
      const next = nextCursor(cursor, null, this.opts.shards, last);
      if (!next) break;
      cursor = next;
      page = await read(cursor);
    }
    const batches: QueueMessage[] = [];
    for (let i = 0; i < page.rawKeys.length; i += this.opts.batchSize) {
      batches.push({ kind: 'reprocess-batch', jobId, rawKeys: page.rawKeys.slice(i, i + this.opts.batchSize) });
    }
    if (batches.length) await this.queue.send(batches);
    const next = nextCursor(cursor, page.lastKey, this.opts.shards, this.lastVersion(job));
    await this.checkpoint(job, next, page.rawKeys.length);
  }

  private async checkpoint(job: ReprocessJob, next: JobCursor | null, enqueued: number): Promise<void> {
    if (!(await this.jobs.advance(job.id, job.step, next, enqueued))) return; // another enumerator got here first
    if (next) await this.queue.send([{ kind: 'reprocess-page', jobId: job.id }]);
    else await this.finishIfDone(job.id);
  }

  private async batch(jobId: string, rawKeys: string[]): Promise<void> {
    if (!this.processor) throw new Error('this function cannot process articles: batches belong to the process function');
    const job = await this.get(jobId);
    const force = job.request.mode !== 'stale';
    let done = 0;
    let failed = 0;
    let unchanged = 0;
    const failures: Array<{ articleId: string; reason: string }> = [];
    for (const key of rawKeys) {
      try {
        const outcome = await this.processWithPatience(key, force);
        if (outcome === 'failed') {
          failed++;
          failures.push({ articleId: key.replace(/^raw\//, ''), reason: 'no article text found' });
        } else if (outcome === 'unchanged') unchanged++;
        else done++;
      } catch (e) {
        failed++;
        failures.push({ articleId: key.replace(/^raw\//, ''), reason: e instanceof Error ? e.message : String(e) });
        logger.error('reprocess item failed', { jobId, rawKey: key, error: e as Error });
      }
    }
    await this.jobs.count(jobId, batchIdFor(rawKeys), done, failed, unchanged, failures);
    await this.finishIfDone(jobId);
  }

  /** An article another worker is processing right now is retried shortly, not failed. */
  private async processWithPatience(key: string, force: boolean) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.processor!.processKey(key, { force });
      } catch (e) {
        if (!(e instanceof ArticleBusy) || attempt >= 4) throw e;
        await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
      }
    }
  }

  private async finishIfDone(jobId: string): Promise<void> {
    const job = await this.get(jobId);
    const t = job.totals;
    if (job.state === 'running' && job.enumerated && t.done + t.failed + t.unchanged >= t.enqueued) {
      await this.jobs.finish(jobId, new Date().toISOString());
      logger.info('reprocess job finished', { jobId, totals: t });
    }
  }
}

/** The next (version, shard, key) position; null when past the last version. */
export function nextCursor(c: JobCursor, lastKey: Record<string, unknown> | null, shards: number, lastVersion: number): JobCursor | null {
  if (lastKey) return { ...c, lastKey };
  if (c.shard + 1 < shards) return { version: c.version, shard: c.shard + 1, lastKey: null };
  if (c.version + 1 <= lastVersion) return { version: c.version + 1, shard: 0, lastKey: null };
  return null;
}

/** A batch is named by its articles: the same message delivered twice names the same batch. */
export function batchIdFor(rawKeys: string[]): string {
  return createHash('sha256').update([...rawKeys].sort().join('\n')).digest('hex').slice(0, 32);
}
