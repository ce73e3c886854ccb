import { randomUUID } from 'node:crypto';
import type { ArticleRecord } from '../schemas/record.js';
import type { ArticleStore } from '../ports/stores.js';
import type { ChangeFeed } from '../ports/change-feed.js';
import type { Change, ChangeType } from '../schemas/change.js';

/** The change an article's new record makes, for the feed. */
export function changeOf(type: ChangeType, r: ArticleRecord, mergedFrom: string | null = null): Change {
  return {
    id: randomUUID(), type, at: new Date().toISOString(), articleId: r.id, storyId: r.storyId, copyOf: r.copyOf, supersededBy: r.supersededBy ?? null,
    mergedFrom, outlet: r.outlet, title: r.title, url: r.upload.url ?? null,
  };
}

/**
 * Save an article's new record, announced in the feed first: a worker that
 * dies in between leaves a change its replay repeats (readers upsert by
 * article id, the later change winning), never a saved state no change
 * announced.
 */
export async function saveWithChange(feed: ChangeFeed, articles: ArticleStore, type: ChangeType, record: ArticleRecord): Promise<void> {
  await feed.append(changeOf(type, record));
  await articles.save(record);
}
