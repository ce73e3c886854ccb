import { randomUUID } from 'node:crypto';
import type { ArticleStore, RawStore } from '../ports/stores.js';
import type { StoryIndex } from '../ports/story-index.js';
import type { ArticleRecord, MemberRecord } from '../schemas/record.js';
import type { StoryState } from '../schemas/story.js';
import type { RemainingMembers } from '../dedupe/story-state.js';
import { withdrawArticle } from '../dedupe/removal.js';
import { mergedLineage } from '../dedupe/resolve.js';
import { ArticleInUse, NotFound } from '../errors.js';
import { logger } from '../logger.js';

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
// Members read per page while recounting a story (the members index's largest page).
const MEMBER_PAGE = 500;

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
    private readonly leaseMs = 120_000,
  ) {}

  async remove(id: string, reason: string): Promise<Removed> {
    const holder = randomUUID();
    // Processing holds the article's lease while it works; a removal must not interleave with it.
    for (let wait = 25; !(await this.articles.lease(id, holder, this.leaseMs)); wait *= 2) {
      if (wait > LEASE_WAIT_MS) throw new ArticleInUse(id);
      await new Promise((r) => setTimeout(r, wait));
    }
    try {
      const record = await this.articles.get(id, { consistent: true });
      if (!record) throw new NotFound('Article', id);
      const tombstone = record.status === 'removed' ? record : tombstoneOf(record, reason, new Date().toISOString());
      if (tombstone !== record) await this.articles.save(tombstone);
      const left = await withdrawArticle(this.index, id, (story) => this.remaining(story, id));
      await this.raw.deleteObjects([tombstone.rawKey, ...(tombstone.textKey ? [tombstone.textKey] : [])]);
      logger.info('article removed', { articleId: id, storyId: left ?? record.storyId, again: record.status === 'removed' });
      return { id, status: 'removed', removedAt: tombstone.removedAt!, reason: tombstone.reason ?? reason, storyId: left ?? record.storyId, url: tombstone.upload.url ?? null };
    } finally {
      await this.articles.release(id, holder);
    }
  }

  /**
   * What the story's other members say of it, from their records: the
   * removed article's own record may still be listed by the members index
   * (it lags its table by a moment), so it is left out by id.
   */
  private async remaining(story: StoryState, removedId: string): Promise<RemainingMembers | null> {
    const stories = [story.id, ...(await mergedLineage(this.index, story.id))];
    const members: MemberRecord[] = [];
    let cursor: string | null = null;
    do {
      const page = await this.articles.members(stories, { limit: MEMBER_PAGE, cursor });
      members.push(...page.records.filter((m) => m.id !== removedId));
      cursor = page.nextCursor;
    } while (cursor);
    if (members.length === 0) return null;
    // The canonical article is the earliest published (else received); ties go to the first received, as when the story grew.
    const at = (m: MemberRecord) => m.publishedAt ?? m.receivedAt;
    const byArrival = [...members].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
    const canonical = byArrival.reduce((best, m) => (at(m) < at(best) ? m : best));
    const published = members.map((m) => m.publishedAt).filter((p): p is string => !!p).sort();
    return {
      canonical: { id: canonical.id, at: at(canonical), title: canonical.title ?? byArrival.find((m) => m.title)?.title ?? null },
      firstSeen: byArrival[0].receivedAt,
      lastSeen: byArrival[byArrival.length - 1].receivedAt,
      publishedFrom: published[0] ?? null,
      publishedTo: published[published.length - 1] ?? null,
      outlets: [...new Set(byArrival.map((m) => m.outlet).filter((o): o is string => !!o))],
    };
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
