import type { S3RawStore } from './raw-store.js';
import type { UploadPresigner } from '../../ports/stores.js';

/** Presigned PUT URLs for uploads too large for the API (HTTP API bodies stop at 10 MB, Lambda's at 6 MB). */
export class S3UploadPresigner implements UploadPresigner {
  constructor(private readonly raw: S3RawStore) {}

  async presignUpload(key: string, format: 'html' | 'text', meta: Parameters<S3RawStore['uploadRequest']>[2], expiresSeconds: number) {
    // Loaded on first use: most API invocations never presign, and the signer is a tenth of the API's init time.
    const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
    const { command, headers, s3 } = this.raw.uploadRequest(key, format, meta);
    const url = await getSignedUrl(s3, command, { expiresIn: expiresSeconds, signableHeaders: new Set(['content-type']) });
    return { url, headers };
  }
}
