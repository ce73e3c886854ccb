import { createHash } from 'node:crypto';
import type { ArticleStore, RawStore } from '../ports/stores.js';
import type { InputFormat, UploadMeta } from '../schemas/article.js';
import { pendingRecord } from '../schemas/record.js';
import { PayloadTooLarge } from '../errors.js';
import { checkUploadText } from './upload-body.js';

export interface Accepted {
  id: string;
  status: 'pending' | 'processed' | 'failed';
  rawKey: string;
  duplicate: boolean;
}

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
  ) {}

  /** `text` is the page as decoded from its transport (see upload-body.ts); it is stored as UTF-8. */
  async accept(text: string, format: InputFormat, meta: UploadMeta): Promise<Accepted> {
    const body = Buffer.from(text, 'utf8');
    if (body.length > this.maxBytes) throw new PayloadTooLarge(this.maxBytes);
    checkUploadText(text, format);
    const id = articleIdFor(body);
    const rawKey = rawKeyFor(id);
    const receivedAt = new Date().toISOString();
    if (!(await this.raw.putRaw(rawKey, body, format, meta, receivedAt))) {
      const existing = await this.articles.get(id);
      return { id, status: existing?.status ?? 'pending', rawKey, duplicate: true };
    }
    // False when processing (started by the raw object's event) got there first.
    await this.articles.createPending(pendingRecord(id, rawKey, format, meta, receivedAt));
    return { id, status: 'pending', rawKey, duplicate: false };
  }
}
