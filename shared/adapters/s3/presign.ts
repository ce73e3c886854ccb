import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { S3RawStore } from './raw-store.js';
import type { UploadPresigner } from '../../ports/stores.js';

/** Presigned PUT URLs for uploads too large for the API (HTTP API bodies stop at 10 MB, Lambda's at 6 MB). */
export class S3UploadPresigner implements UploadPresigner {
  constructor(private readonly raw: S3RawStore) {}

  async presignUpload(key: string, format: 'html' | 'text', meta: Parameters<S3RawStore['uploadRequest']>[2], expiresSeconds: number) {
    const { command, headers, s3 } = this.raw.uploadRequest(key, format, meta);
    const url = await getSignedUrl(s3, command, { expiresIn: expiresSeconds, signableHeaders: new Set(['content-type']) });
    return { url, headers };
  }
}
