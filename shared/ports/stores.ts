import type { ArticleRecord, MemberRecord } from '../schemas/record.js';
import type { InputFormat, UploadMeta } from '../schemas/article.js';

/** Immutable raw uploads (S3). */
export interface RawStore {
  /** Store once; returns false when the key already exists (content-addressed: same bytes). */
  putRaw(key: string, body: Buffer, format: InputFormat, meta: UploadMeta, receivedAt: string): Promise<boolean>;
  getRaw(key: string): Promise<{ body: Buffer; format: InputFormat; meta: UploadMeta; receivedAt: string }>;
  putText(key: string, text: string): Promise<void>;
  getText(key: string): Promise<string>;
  /** Erase objects (a takedown); keys already gone are no error. */
  deleteObjects(keys: string[]): Promise<void>;
  /** Move a presigned upload to its content-addressed key; returns the bytes. */
  adoptUpload(uploadKey: string): Promise<{ body: Buffer; format: InputFormat; meta: UploadMeta; receivedAt: string }>;
}

export interface UploadPresigner {
  /** A URL the client PUTs the page to directly (bodies too large for the API). */
  presignUpload(key: string, format: InputFormat, meta: UploadMeta, expiresSeconds: number): Promise<{ url: string; headers: Record<string, string> }>;
}

export interface StoryListQuery {
  since: string; // ISO day
  until: string; // ISO day
  limit: number;
  cursor: string | null;
}

/** The latest version seen of one page (by the URL the scraper fetched it from). */
export interface PageHolder {
  articleId: string;
  receivedAt: string;
  /** The version this one took the page over from (null: none, or the first seen). */
  previous: string | null;
}

/** Article records and the story read models (DynamoDB). */
export interface ArticleStore {
  /** `consistent`: see every write completed before the read (the default may lag by about a second). */
  get(id: string, opts?: { consistent?: boolean }): Promise<ArticleRecord | null>;
  /** Create a pending record unless one exists; false means duplicate. */
  createPending(record: ArticleRecord): Promise<boolean>;
  save(record: ArticleRecord): Promise<void>;
  /**
   * A page of the members of the given stories (a survivor and what merged
   * into it), earliest first within each story. A story can hold thousands
   * of copies: nobody reads them in one response.
   */
  members(storyIds: string[], page: { limit: number; cursor: string | null }): Promise<{ records: MemberRecord[]; nextCursor: string | null }>;
  listStoryIds(q: StoryListQuery): Promise<{ ids: string[]; nextCursor: string | null }>;
  /**
   * Exclusive lease on processing one article: a duplicate delivery of the
   * same event running at the same moment must not assign it twice.
   */
  lease(id: string, holder: string, ttlMs: number): Promise<boolean>;
  release(id: string, holder: string): Promise<void>;
  /** Which version of a page is the latest seen (`pageKey`: a hash of its URL); strongly consistent. */
  pageHolder(pageKey: string): Promise<PageHolder | null>;
  /** Make `holder` the page's latest version if `expected` still is (null: no version yet). False when another got there first. */
  holdPage(pageKey: string, holder: PageHolder, expected: string | null): Promise<boolean>;
}

export type Role = 'scraper' | 'admin';

export interface RateLimit {
  /** Sustained requests per second. */
  perSecond: number;
  /** Requests allowed at once after a quiet spell (the bucket's size). */
  burst: number;
}

export interface ApiKey {
  role: Role;
  /** Overrides the deployment's default limit for this key. */
  rateLimit?: RateLimit;
}

/** What an operator sees of a key: never the key, only its hash. */
export interface ApiKeyInfo {
  keyHash: string;
  role: Role;
  label: string;
  createdAt: string;
  revokedAt: string | null;
  rateLimit?: RateLimit;
}

export interface ApiKeyStore {
  find(keyHash: string): Promise<ApiKey | null>;
  put(keyHash: string, role: Role, label: string, rateLimit?: RateLimit): Promise<void>;
  /** Every key created, revoked ones included, oldest first. */
  list(): Promise<ApiKeyInfo[]>;
  /** Refuse the key from now on (within the API's one-minute key cache); false when no such key exists. */
  revoke(keyHash: string): Promise<boolean>;
}

export interface RateDecision {
  allowed: boolean;
  /** Requests left in the bucket after this one. */
  remaining: number;
  /** When refused: how long until one more request is allowed. */
  retryAfterMs: number;
}

/** Per-key token buckets, shared by every API instance. */
export interface RateLimiter {
  take(keyHash: string, limit: RateLimit, nowMs?: number): Promise<RateDecision>;
}
