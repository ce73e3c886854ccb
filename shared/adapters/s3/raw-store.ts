import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { RawStore } from '../../ports/stores.js';
import { UploadMetaSchema, type InputFormat, type UploadMeta } from '../../schemas/article.js';
import type { Config } from '../../config.js';
import { RawUploadMissing } from '../../errors.js';

/**
 * Raw uploads in S3: the exact bytes the scraper sent, under a
 * content-addressed key, with the upload's metadata as object metadata
 * (base64url JSON, since S3 metadata is ASCII-only). Objects are written
 * once (If-None-Match: *) and never overwritten; only a takedown deletes one.
 */
export function s3Client(cfg: Pick<Config, 'AWS_REGION' | 'S3_ENDPOINT'>, maxAttempts = 5): S3Client {
  const local = !!cfg.S3_ENDPOINT;
  return new S3Client({
    region: cfg.AWS_REGION,
    endpoint: cfg.S3_ENDPOINT,
    forcePathStyle: local,
    maxAttempts,
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 30_000 },
    // s3rver stores streamed uploads with default checksums corrupted.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(local ? { credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } : {}),
  });
}

const CONTENT_TYPE: Record<InputFormat, string> = { html: 'text/html; charset=utf-8', text: 'text/plain; charset=utf-8' };

export class S3RawStore implements RawStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async putRaw(key: string, body: Buffer, format: InputFormat, meta: UploadMeta, receivedAt: string): Promise<boolean> {
    try {
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket, Key: key, Body: body, ContentType: CONTENT_TYPE[format], IfNoneMatch: '*',
          Metadata: objectMetadata(format, meta, receivedAt),
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof S3ServiceException && (e.$metadata.httpStatusCode === 412 || e.name === 'PreconditionFailed')) return false;
      throw e;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (e) {
      if (e instanceof S3ServiceException && e.$metadata.httpStatusCode === 404) return false;
      throw e;
    }
  }

  async getRaw(key: string) {
    let res;
    try {
      res = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (e) {
      if (e instanceof S3ServiceException && (e.name === 'NoSuchKey' || e.$metadata.httpStatusCode === 404)) throw new RawUploadMissing(key);
      throw e;
    }
    const body = Buffer.from(await res.Body!.transformToByteArray());
    return { body, ...readMetadata(res.Metadata ?? {}, res.ContentType) };
  }

  async putText(key: string, text: string): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: text, ContentType: 'text/plain; charset=utf-8' }));
  }

  async getText(key: string): Promise<string> {
    const res = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return res.Body!.transformToString('utf8');
  }

  /** The signed PUT a client sends a large page with (signing lives in ./presign.ts, used by the API only). */
  uploadRequest(key: string, format: InputFormat, meta: UploadMeta) {
    const Metadata = objectMetadata(format, meta, new Date().toISOString());
    const headers: Record<string, string> = { 'content-type': CONTENT_TYPE[format] };
    for (const [k, v] of Object.entries(Metadata)) headers[`x-amz-meta-${k}`] = v;
    return { command: new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: CONTENT_TYPE[format], Metadata }), headers, s3: this.s3 };
  }

  async deleteObjects(keys: string[]): Promise<void> {
    // One request per key: DeleteObjects needs a Content-MD5 the client
    // computes only when checksums are always calculated, and takedowns are rare.
    for (const key of keys) await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async adoptUpload(uploadKey: string) {
    return this.getRaw(uploadKey);
  }
}

function objectMetadata(format: InputFormat, meta: UploadMeta, receivedAt: string): Record<string, string> {
  return { format, 'received-at': receivedAt, upload: Buffer.from(JSON.stringify(meta)).toString('base64url') };
}

function readMetadata(m: Record<string, string>, contentType?: string): { format: InputFormat; meta: UploadMeta; receivedAt: string } {
  const format: InputFormat = m.format === 'html' || m.format === 'text' ? m.format : contentType?.includes('html') ? 'html' : 'text';
  let meta: UploadMeta = {};
  if (m.upload) {
    const parsed = UploadMetaSchema.safeParse(JSON.parse(Buffer.from(m.upload, 'base64url').toString('utf8')));
    if (parsed.success) meta = parsed.data;
  }
  return { format, meta, receivedAt: m['received-at'] ?? new Date().toISOString() };
}
