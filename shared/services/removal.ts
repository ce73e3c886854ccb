import type { ArticleStore, RawStore } from '../ports/stores.js';
import type { StoryIndex } from '../ports/story-index.js';
import type { ArticleRecord } from '../schemas/record.js';
import { withdrawFromStory } from './story-recount.js';
import { ArticleInUse, NotFound } from '../errors.js';
import { logger } from '../logger.js';
import { withArticleLease } from './lease.js';
import type { Metrics } from '../ports/metrics.js';
import type { ChangeFeed } from '../ports/change-feed.js';
import { saveWithChange } from './changes.js';

export interface Removed {
  id: string;
  status: 'removed';
  removedAt: string;
  reason: string;
  /** The story the article left (null when it was in none). */
  storyId: string | null;
  url: string | null;
}

// How long a removal waits for a worker processing the same article before asking the client to retry.
const LEASE_WAIT_MS = 2_000;

/**
 * Taking an article down (a legal request, a page published by mistake):
 * its text, metadata and raw upload are erased, it leaves its story (whose
 * canonical article, title and outlets are recounted without it) and the
 * copy index, and a tombstone keeps its id, url and the reason, so that the
 * same bytes uploaded again are refused and readers are told it is gone.
 *
 * Every step can run again: a removal cut short is finished by sending it
 * again. The tombstone is written first, so from then on processing and
 * re-processing leave the article alone.
 */
export class RemovalService {
  constructor(
    private readonly articles: ArticleStore,
    private readonly raw: RawStore,
    private readonly index: StoryIndex,
    private readonly leaseMs: number,
    private readonly metrics: Metrics,
    private readonly changes: ChangeFeed,
  ) {}

  async remove(id: string, reason: string): Promise<Removed> {
    return withArticleLease(this.articles, id, { leaseMs: this.leaseMs, maxWaitMs: LEASE_WAIT_MS, busy: () => new ArticleInUse(id) }, async () => {
      const record = await this.articles.get(id, { consistent: true });
      if (!record) throw new NotFound('Article', id);
      const tombstone = record.status === 'removed' ? record : tombstoneOf(record, reason, new Date().toISOString());
      if (tombstone !== record) {
        await saveWithChange(this.changes, this.articles, 'removed', tombstone);
        this.metrics.count('ArticlesRemoved');
      }
      const left = await withdrawFromStory(this.articles, this.index, id);
      await this.raw.deleteObjects([tombstone.rawKey, ...(tombstone.textKey ? [tombstone.textKey] : [])]);
      logger.info('article removed', { articleId: id, storyId: left ?? record.storyId, again: record.status === 'removed' });
      return { id, status: 'removed' as const, removedAt: tombstone.removedAt!, reason: tombstone.reason ?? reason, storyId: left ?? record.storyId, url: tombstone.upload.url ?? null };
    });
  }
}

/** What stays of a removed article: who, when and why, and the keys a repeated removal erases again. */
function tombstoneOf(r: ArticleRecord, reason: string, removedAt: string): ArticleRecord {
  return {
    ...r,
    status: 'removed', reason, removedAt,
    upload: { ...(r.upload.url ? { url: r.upload.url } : {}), ...(r.upload.source ? { source: r.upload.source } : {}) },
    title: null, authors: [], publishedAt: null, modifiedAt: null, wireAgency: null, dateline: null, language: null, canonicalUrl: null,
    signOff: null, wordCount: null, contentHash: null, text: null, storyId: null, copyOf: null, assignment: null,
  };
}
