import type { JobCursor, ReprocessJob } from '../schemas/job.js';

export interface JobStore {
  create(job: ReprocessJob): Promise<void>;
  get(id: string): Promise<ReprocessJob | null>;
  /** Save progress of enumeration if the job is still at step `expectedStep` (one enumerator at a time). */
  advance(id: string, expectedStep: number, next: JobCursor | null, enqueued: number): Promise<boolean>;
  /** Jobs still running (for the scheduled resume of stalled jobs). */
  running(): Promise<ReprocessJob[]>;
  /** Count results of one processed batch; returns the job after the update. */
  /**
   * Add one batch's results to the job's totals, once: `batchId` names the
   * batch, and a batch SQS delivers again is not counted again.
   */
  count(id: string, batchId: string, done: number, failed: number, unchanged: number, failures: Array<{ articleId: string; reason: string }>): Promise<ReprocessJob>;
  finish(id: string, at: string): Promise<void>;
}

export interface ArticlePage {
  rawKeys: string[];
  lastKey: Record<string, unknown> | null;
}

/** Enumerates stored articles for re-processing, a page at a time. */
export interface ArticleEnumerator {
  page(version: number, shard: number, opts: { since?: string; until?: string; outlet?: string; limit: number; startKey: Record<string, unknown> | null }): Promise<ArticlePage>;
}
