import type { ArticleStore } from '../ports/stores.js';
import type { StoryIndex } from '../ports/story-index.js';
import { resolveStory } from '../dedupe/resolve.js';
import { pageKey } from './page-key.js';
import { ArticleBusy } from '../errors.js';
import { logger } from '../logger.js';
import { withArticleLease } from './lease.js';
import { withdrawFromStory } from './story-recount.js';
import { saveWithChange } from './changes.js';
import type { ChangeFeed } from '../ports/change-feed.js';

// How long a worker waits for an older version's lease (its own processing) before its event is retried.
const VERSION_LEASE_WAIT_MS = 3_000;

export interface VersionInput {
  id: string;
  receivedAt: string;
  /** The URL the scraper fetched the page from (upload metadata). */
  url: string | undefined;
  /** The story the engine just put this article in. */
  storyId: string;
}

/**
 * Scrapers fetch the same page again (a correction, an update, the next
 * crawl), and the bytes differ by a timestamp or a paragraph: a new article
 * id. Without this, each re-scrape joined its story as a copy of the last,
 * and one outlet's one article showed up as several pick-ups. Versions of a
 * page are uploads with the same fetch URL (tracking parameters dropped) that
 * the engine put in the same story; the latest received stands for the page
 * in its story, and each older one leaves the story (as a removed article
 * does, its record and raw upload kept) with `supersededBy` naming the newer.
 *
 * The fetch URL, not the page's declared canonical URL: syndicated copies
 * often declare the original's canonical URL, and they are pick-ups by
 * other outlets, not versions. The same story, not the URL alone: a URL
 * that serves another article later (a reused slug, a live page) holds two
 * articles.
 */
export class PageVersions {
  constructor(
    private readonly articles: ArticleStore,
    private readonly index: StoryIndex,
    private readonly leaseMs: number,
    private readonly changes: ChangeFeed,
  ) {}

  /**
   * Settle this article against the page's other versions, after the engine
   * assigned it, holding its own lease. Returns the newer version that
   * replaces it (it has then left its story), and the older version it
   * replaces, if any: that one leaves its story in `supersede`, which the
   * caller runs after releasing its own lease (see there).
   */
  async settle(a: VersionInput): Promise<{ supersededBy: string | null; replaces: string | null }> {
    const key = pageKey(a.url);
    if (!key) return { supersededBy: null, replaces: null };
    for (;;) {
      const holder = await this.articles.pageHolder(key);
      if (holder?.articleId === a.id) return { supersededBy: null, replaces: holder.previous };
      if (holder && isLater(holder, a)) {
        const [theirs] = await this.index.getFingerprints([holder.articleId], { consistent: true });
        if (!theirs || !(await this.sameStory(theirs.storyId, a.storyId))) return { supersededBy: null, replaces: null };
        // A newer version was processed first: this one leaves its story at once.
        await withdrawFromStory(this.articles, this.index, a.id);
        logger.info('older version of a page', { supersededBy: holder.articleId });
        return { supersededBy: holder.articleId, replaces: null };
      }
      const mine = { articleId: a.id, receivedAt: a.receivedAt, previous: holder?.articleId ?? null };
      if (await this.articles.holdPage(key, mine, holder?.articleId ?? null)) return { supersededBy: null, replaces: mine.previous };
    }
  }

  /**
   * The older version this article replaced and has not yet taken out of its
   * story: a worker that died before `supersede` finished left it, and a
   * replayed event finds it here (one read).
   */
  async pendingReplacement(a: { id: string; url: string | undefined }): Promise<string | null> {
    const key = pageKey(a.url);
    const holder = key ? await this.articles.pageHolder(key) : null;
    return holder?.articleId === a.id ? holder.previous : null;
  }

  /**
   * The older version `old` leaves its story for `newer`, if both are in one
   * story. Its fingerprint goes first, its record second: a replay after a
   * crash in between finds the fingerprint gone and the record still in the
   * story, and finishes. It waits for the old version's lease (its own
   * processing), so the caller must hold no lease: the old version may be
   * waiting for the newer one's (an original marking its copy), and two
   * workers each holding what the other waits for would both give up.
   * Returns whether it replaced it (false: already done, or not a version).
   */
  async supersede(old: string, newer: VersionInput): Promise<boolean> {
    return withArticleLease(this.articles, old, { leaseMs: this.leaseMs, maxWaitMs: VERSION_LEASE_WAIT_MS, busy: () => new ArticleBusy(old) }, async () => {
      const record = await this.articles.get(old, { consistent: true });
      if (!record || record.status === 'removed') return false;
      const [fp] = await this.index.getFingerprints([old], { consistent: true });
      if (fp) {
        if (!(await this.sameStory(fp.storyId, newer.storyId))) return false;
        await withdrawFromStory(this.articles, this.index, old);
      } else if (!record.storyId) return false;
      const superseded = { ...record, storyId: null, supersededBy: newer.id };
      await saveWithChange(this.changes, this.articles, 'superseded', superseded);
      logger.info('page version replaced', { superseded: old, supersededBy: newer.id });
      return true;
    });
  }

  /** Whether two story ids resolve to one story. */
  private async sameStory(a: string, b: string): Promise<boolean> {
    const [x, y] = await Promise.all([resolveStory(this.index, a), resolveStory(this.index, b)]);
    return !!x && x.id === y?.id;
  }
}

/** Whether `h` was received after `a` (ties: the larger id, so every worker agrees). */
function isLater(h: { articleId: string; receivedAt: string }, a: { id: string; receivedAt: string }): boolean {
  return h.receivedAt > a.receivedAt || (h.receivedAt === a.receivedAt && h.articleId > a.id);
}
