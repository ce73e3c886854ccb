import { createHash } from 'node:crypto';
import type { ArticleStore, RawStore } from '../ports/stores.js';
import type { InputFormat, UploadMeta } from '../schemas/article.js';
import { pendingRecord, type ArticleRecord } from '../schemas/record.js';
import pMap from 'p-map';
import { PayloadTooLarge, StoredInPart, isTransientStorageError } from '../errors.js';
import { checkUploadText } from './upload-body.js';
import type { Metrics } from '../ports/metrics.js';

export interface Accepted {
  id: string;
  status: ArticleRecord['status'];
  rawKey: string;
  duplicate: boolean;
}

export interface Upload {
  text: string;
  format: InputFormat;
  meta: UploadMeta;
  /** Where the page sits in the request, for errors: "body", "articles[3].html". */
  field?: string;
}

export interface BatchAccepted {
  accepted: number;
  duplicates: number;
  /** One per article, in the order sent. */
  results: Accepted[];
}

// Raw objects and records written at once for one batch: enough to finish a
// hundred pages well inside the API's timeout, few enough not to be throttled.
const BATCH_CONCURRENCY = 8;

/** Article ids are content hashes of the uploaded bytes: the idempotency key. */
export function articleIdFor(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 32);
}

export const rawKeyFor = (id: string) => `raw/${id}`;

/**
 * Accepting an upload: raw bytes first, record second. The raw object is
 * written once (If-None-Match), so whether it was new decides "duplicate",
 * and its object-created event alone is enough to process it: if the record
 * write fails after it (the caller gets a 503 and retries), processing still
 * builds the article from the raw object's metadata. An upload the API
 * acknowledged is never lost, and a failed one leaves nothing half-written.
 */
export class IngestService {
  constructor(
    private readonly raw: RawStore,
    private readonly articles: ArticleStore,
    private readonly maxBytes: number,
    private readonly metrics: Metrics,
  ) {}

  /** `text` is the page as decoded from its transport (see upload-body.ts); it is stored as UTF-8. */
  async accept(text: string, format: InputFormat, meta: UploadMeta): Promise<Accepted> {
    const accepted = await this.store(this.checked({ text, format, meta }));
    this.metrics.count(accepted.duplicate ? 'UploadsDuplicate' : 'UploadsAccepted');
    return accepted;
  }

  /**
   * Many pages in one request. Every page is checked before any is stored,
   * so a bad one refuses the batch and leaves nothing behind. Each page is
   * then stored as `accept` stores one: if storage stops answering part way,
   * the error says how many were stored, and sending the same batch again is
   * safe, since stored pages answer as duplicates. A page sent twice in one
   * batch is one article, the second a duplicate.
   */
  async acceptBatch(uploads: Upload[]): Promise<BatchAccepted> {
    const checked = uploads.map((u) => this.checked(u));
    const firstOf = new Map<string, number>();
    checked.forEach((c, i) => firstOf.has(c.id) || firstOf.set(c.id, i));
    const stored = new Map<string, Accepted>();
    const failures: unknown[] = [];
    await pMap(
      [...firstOf.values()],
      async (i) => {
        try {
          stored.set(checked[i].id, await this.store(checked[i]));
        } catch (e) {
          failures.push(e);
        }
      },
      { concurrency: BATCH_CONCURRENCY },
    );
    if (failures.length) {
      const permanent = failures.find((e) => !isTransientStorageError(e));
      if (permanent) throw permanent;
      throw new StoredInPart(stored.size, firstOf.size);
    }
    const results = checked.map((c, i) => (firstOf.get(c.id) === i ? stored.get(c.id)! : { ...stored.get(c.id)!, duplicate: true }));
    const accepted = results.filter((r) => !r.duplicate).length;
    this.metrics.count('UploadsAccepted', accepted);
    this.metrics.count('UploadsDuplicate', results.length - accepted);
    return { accepted, duplicates: results.length - accepted, results };
  }

  private checked(u: Upload): Upload & { body: Buffer; id: string } {
    const body = Buffer.from(u.text, 'utf8');
    if (body.length > this.maxBytes) throw new PayloadTooLarge(this.maxBytes, u.field ? `per page (${u.field})` : '');
    checkUploadText(u.text, u.format, u.field);
    return { ...u, body, id: articleIdFor(body) };
  }

  private async store({ body, id, format, meta }: Upload & { body: Buffer; id: string }): Promise<Accepted> {
    const rawKey = rawKeyFor(id);
    const receivedAt = new Date().toISOString();
    if (!(await this.raw.putRaw(rawKey, body, format, meta, receivedAt))) {
      const existing = await this.articles.get(id);
      return { id, status: existing?.status ?? 'pending', rawKey, duplicate: true };
    }
    // False when processing (started by the raw object's event) got there
    // first, or when these bytes were taken down: processing then erases them
    // again, and the scraper hears they will not be stored.
    if (!(await this.articles.createPending(pendingRecord(id, rawKey, format, meta, receivedAt)))) {
      const existing = await this.articles.get(id, { consistent: true });
      if (existing?.status === 'removed') return { id, status: 'removed', rawKey, duplicate: true };
    }
    return { id, status: 'pending', rawKey, duplicate: false };
  }
}
