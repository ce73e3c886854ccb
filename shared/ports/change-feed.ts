import type { Change } from '../schemas/change.js';

/**
 * The change feed: every change to an article, in time order, for readers
 * that keep a copy of the corpus in step (a warehouse, a search index).
 */
export interface ChangeFeed {
  append(change: Change): Promise<void>;
  /**
   * Changes after `cursor` (null: from `since`), oldest first, at most
   * `limit`, and the cursor to go on from. Changes of the last few seconds
   * are held back until every write of that moment has landed, so a reader
   * following the cursor misses none.
   */
  read(q: { cursor: string | null; since: string; limit: number; now?: number }): Promise<{ items: Change[]; nextCursor: string; caughtUp: boolean }>;
}
