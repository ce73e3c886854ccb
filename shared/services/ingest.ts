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
 * Accepting an upload: record first (conditional, so concurrent duplicates
 * make one article), raw bytes second. A crash between the two leaves a
 * pending record whose raw upload the client's retry completes: a retry of
 * a pending upload re-puts its bytes (a no-op when they are there).
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
    const created = await this.articles.createPending(pendingRecord(id, rawKey, format, meta, receivedAt));
    if (!created) {
      const existing = await this.articles.get(id);
      if (existing?.status === 'pending') await this.raw.putRaw(rawKey, body, existing.format, existing.upload, existing.receivedAt);
      return { id, status: existing?.status ?? 'pending', rawKey, duplicate: true };
    }
    await this.raw.putRaw(rawKey, body, format, meta, receivedAt);
    return { id, status: 'pending', rawKey, duplicate: false };
  }
}
