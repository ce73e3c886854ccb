import type { Fingerprint, StoryState } from '../schemas/story.js';

/** One merge: `loser` now resolves to `survivor`. */
export interface MergeLineage {
  survivor: string;
  loser: string;
}

/**
 * Persistence for the dedupe engine. Two adapters implement it: in memory
 * (CLI, evaluation, benchmarks) and DynamoDB (the service); one contract test
 * suite runs against both.
 */
export interface StoryIndex {
  /**
   * Add `member` to each bucket (LSH band keys, term-day keys); buckets
   * expire after `ttlDays`. A bucket holding `cap` members takes no more
   * (it keeps the first ones): a DynamoDB item stops at 400 KB and its read
   * cost grows with its size, so a hot key must not grow with the corpus.
   * Expiry runs on the index's clock: DynamoDB's is the wall clock; the
   * in-memory index replays weeks of arrivals in minutes, so its clock is
   * the latest arrival time `at` it has been given.
   */
  addToBuckets(keys: string[], member: string, opts: { ttlDays: number; cap: number; at: string }): Promise<void>;
  /**
   * Members of each bucket (missing buckets are absent from the map). By
   * default the read may lag recent writes by about a second (DynamoDB's
   * eventually consistent read, at half the price); `consistent` reads see
   * every write that completed before the read began.
   */
  readBuckets(keys: string[], opts?: { consistent?: boolean }): Promise<Map<string, readonly string[]>>;

  /** Fingerprints of these articles (unknown ones are left out); `consistent` as for `readBuckets`. */
  getFingerprints(articleIds: string[], opts?: { consistent?: boolean }): Promise<Fingerprint[]>;
  /**
   * Write a fingerprint. With `unlessCopy`, only while the stored one
   * records no copy relation (or none is stored): an original marks its
   * copy while the copy may be rewriting its own fingerprint, and neither
   * write may erase the relation. Returns false when refused.
   */
  putFingerprint(fp: Fingerprint, opts?: { unlessCopy?: boolean }): Promise<boolean>;

  /**
   * Stories by id. Strongly consistent by default (they decide optimistic
   * writes); `consistent: false` may lag by about a second, for reads that
   * only rank candidates (a stale version fails the conditional write and
   * is read again).
   */
  getStories(ids: string[], opts?: { consistent?: boolean }): Promise<Map<string, StoryState>>;
  /**
   * Write a story if its stored version is still `expectedVersion` (null:
   * the story must not exist yet). Returns false when someone else won.
   */
  putStory(story: StoryState, expectedVersion: number | null): Promise<boolean>;
  /**
   * Several stories at once and, when given, the fingerprint that records
   * the decision: all or nothing. A merge writes survivor and loser
   * together; a join writes the story and the article's fingerprint
   * together, so a worker that dies in between leaves neither.
   */
  putStories(writes: Array<{ story: StoryState; expectedVersion: number | null }>, fingerprint?: Fingerprint, lineage?: MergeLineage): Promise<boolean>;
  /**
   * A split: the story writes (the kept half at its next version, the half
   * split off created) and the leaving members' fingerprints, moved to the
   * new story, all or nothing. Also members moved between two existing
   * stories (both at their next versions: copies brought to one split half). Each fingerprint is written only while its
   * stored story id is still `fromStoryId` as read: an article re-processed
   * meanwhile may have moved, and must not be moved back.
   */
  splitStory(writes: Array<{ story: StoryState; expectedVersion: number | null }>, moved: Array<{ fingerprint: Fingerprint; fromStoryId: string }>): Promise<boolean>;
  /**
   * Delete an article's fingerprint and, when given, write its story without
   * it (optimistically, as `putStory`): all or nothing, so a removed article
   * leaves the copy index and its story together. With a story, returns
   * false (writing nothing) when the story's version moved on or the
   * fingerprint is already gone: two withdrawals of one article never both
   * take it out of its story. Without, deleting a missing one is no error.
   */
  removeFingerprint(articleId: string, story?: { story: StoryState; expectedVersion: number }): Promise<boolean>;
  /** Stories merged directly into `storyId` (each merge is recorded with the transaction that made it). */
  mergedInto(storyId: string): Promise<string[]>;
}
