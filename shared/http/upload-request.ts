import type { Context } from 'hono';
import { BadRequest, UnsupportedMediaType } from '../errors.js';
import { decodeUploadBody } from '../services/upload-body.js';
import type { InputFormat, UploadMeta } from '../schemas/article.js';
import { UploadBatchSchema, UploadJsonSchema, UploadQuerySchema } from './schemas.js';
import type { Upload } from '../services/ingest.js';
import { parseInput, parseJson } from './validation.js';

/** JSON escaping and metadata around a page of the maximum size. */
export const JSON_OVERHEAD = 64 * 1024;

export interface UploadRequest {
  text: string;
  format: InputFormat;
  meta: UploadMeta;
}

/**
 * The page and its metadata from a `POST /articles` request: a raw
 * text/plain or text/html body (any charset, maybe compressed) with metadata
 * in the query, or a JSON document that carries both.
 */
export async function readUploadRequest(c: Context, maxBytes: number): Promise<UploadRequest> {
  const { type, mediaType, charset } = contentType(c);
  if (mediaType !== 'application/json' && mediaType !== 'text/plain' && mediaType !== 'text/html') throw new UnsupportedMediaType(type || undefined);
  const transport = { contentEncoding: c.req.header('content-encoding'), charset };
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (mediaType !== 'application/json') {
    const format: InputFormat = mediaType === 'text/html' ? 'html' : 'text';
    const meta = parseInput(UploadQuerySchema, c.req.query(), 'query');
    return { text: decodeUploadBody(bytes, format, transport, maxBytes), format, meta };
  }
  const json = parseJson(decodeUploadBody(bytes, 'text', transport, maxBytes + JSON_OVERHEAD), 'Send a JSON object, or the page as a text/plain or text/html body.');
  const page = parseInput(UploadJsonSchema, json, 'JSON body');
  refuseQuery(c, 'with a JSON body, metadata goes in the body');
  return uploadOf(page);
}

/**
 * The pages of a `POST /articles/batch` request: a JSON document (maybe
 * compressed) whose `articles` are each what `POST /articles` takes as JSON.
 * All of them together stay under the upload limit.
 */
export async function readBatchRequest(c: Context, maxBytes: number): Promise<Upload[]> {
  const { type, mediaType, charset } = contentType(c);
  if (mediaType !== 'application/json') throw new UnsupportedMediaType(type || undefined, `Content-Type "${type || '(none)'}" is not accepted here: a batch is JSON, {"articles": [{"text": ...}, {"html": ...}]}. Send one raw page to POST /articles.`);
  refuseQuery(c, "each article's metadata goes in the batch");
  const raw = decodeUploadBody(new Uint8Array(await c.req.arrayBuffer()), 'text', { contentEncoding: c.req.header('content-encoding'), charset }, maxBytes + JSON_OVERHEAD);
  const { articles } = parseInput(UploadBatchSchema, parseJson(raw, 'Send {"articles": [...]}, each article as the JSON body of POST /articles.'), 'batch');
  return articles.map((page, i) => {
    const upload = uploadOf(page);
    return { ...upload, field: `articles[${i}].${upload.format === 'html' ? 'html' : 'text'}` };
  });
}

/** The request's Content-Type as sent, its media type in lower case, and its charset parameter. */
function contentType(c: Context): { type: string; mediaType: string; charset: string | undefined } {
  const [type, ...params] = (c.req.header('content-type') ?? '').split(';').map((p) => p.trim());
  return { type, mediaType: type.toLowerCase(), charset: params.find((p) => /^charset=/i.test(p))?.slice(8).replace(/^"|"$/g, '') };
}

/** With a JSON body the query carries nothing: a parameter there is a mistake, named with where it goes (`instead`). */
function refuseQuery(c: Context, instead: string): void {
  const stray = Object.keys(c.req.query());
  if (stray.length) throw new BadRequest(`Invalid query: unknown query field(s) ${stray.map((k) => `"${k}"`).join(', ')}; ${instead}.`);
}

/** A page as JSON carries it ({text | html, ...metadata}), as an upload. */
function uploadOf({ text, html, ...meta }: { text?: string; html?: string } & UploadMeta): UploadRequest {
  return html !== undefined ? { text: html, format: 'html', meta } : { text: text ?? '', format: 'text', meta };
}
