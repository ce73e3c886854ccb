import { SingleBar, Presets } from 'cli-progress';
import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import pMap from 'p-map';
import { apiFetch, ApiError, type ApiOptions } from './http-client.js';

interface IngestOptions extends ApiOptions {
  format: 'auto' | 'html' | 'text';
  source?: string;
  concurrency: number;
  /** Pages per `POST /articles/batch`; 1 posts every file on its own. */
  batch: number;
}

interface Page {
  file: string;
  body: Buffer;
  isHtml: boolean;
  /** The page as UTF-8 text, when it can travel in a JSON batch; null when it must go as raw bytes (another charset). */
  text: string | null;
}

type Job = { kind: 'batch'; pages: Page[] } | { kind: 'single'; page: Page } | { kind: 'unreadable'; file: string; message: string };

// Page bytes per batch, well under the API's 5 MiB body limit once JSON escaping has grown them.
const BATCH_BYTES = 3 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `ingest`: upload files to the API, with a progress bar and a summary.
 * UTF-8 pages go in batches (`POST /articles/batch`, one request per
 * hundred pages); a page in another charset goes on its own as raw bytes,
 * for the API to decode. A batch the API refuses (a bad page in it) is sent
 * again page by page, so each bad file is named and the good ones land.
 * Files are read as uploads free a slot, not all at once.
 */
export async function ingestCommand(files: string[], o: IngestOptions): Promise<number> {
  const counts = { accepted: 0, duplicate: 0, rejected: 0 };
  const rejected: string[] = [];
  // Pages an admin took down: the API answers them as duplicates it will not store; the operator should know which.
  const takenDown: string[] = [];
  const count = (file: string, r: { duplicate: boolean; status: string }) => {
    counts[r.duplicate ? 'duplicate' : 'accepted']++;
    if (r.status === 'removed') takenDown.push(basename(file));
  };
  const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} | accepted {accepted} duplicate {duplicate} rejected {rejected}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  bar.start(files.length, 0, counts);
  const reject = (file: string, e: unknown) => {
    if (!(e instanceof ApiError) && /cannot reach/.test((e as Error).message)) throw e;
    counts.rejected++;
    rejected.push(`${basename(file)}: ${(e as Error).message}`);
    bar.increment(1, counts);
  };
  const single = async (page: Page) => {
    try {
      count(page.file, await postRaw(o, page));
      bar.increment(1, counts);
    } catch (e) {
      reject(page.file, e);
    }
  };
  await pMap(
    jobs(files, o),
    async (job) => {
      if (job.kind === 'unreadable') return reject(job.file, new Error(job.message));
      if (job.kind === 'single') return single(job.page);
      try {
        const { body } = await apiFetch<{ results: Array<{ duplicate: boolean; status: string }> }>(o, '/articles/batch', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ articles: job.pages.map((p) => ({ [p.isHtml ? 'html' : 'text']: p.text, ...(o.source ? { source: o.source } : {}) })) }),
        });
        body.results.forEach((r, i) => count(job.pages[i].file, r));
        bar.increment(job.pages.length, counts);
      } catch (e) {
        // A page the API refuses refuses its whole batch: send them one by one to tell which.
        if (e instanceof ApiError && [400, 413, 415].includes(e.status)) for (const p of job.pages) await single(p);
        else for (const p of job.pages) reject(p.file, e);
      }
    },
    { concurrency: o.concurrency },
  );
  bar.stop();
  process.stdout.write(`accepted ${counts.accepted}, duplicate ${counts.duplicate}, rejected ${counts.rejected}\n`);
  for (const r of rejected) process.stdout.write(`  rejected ${r}\n`);
  for (const f of takenDown) process.stdout.write(`  taken down ${f}: this page was removed by an admin; it is not stored again\n`);
  return counts.rejected ? 1 : 0;
}

/** Upload jobs in file order: batches of UTF-8 pages, single raw uploads, and files that could not be read. */
async function* jobs(files: string[], o: IngestOptions): AsyncGenerator<Job> {
  let batch: Page[] = [];
  let bytes = 0;
  for (const file of files) {
    let page: Page;
    try {
      page = await readPage(file, o.format);
    } catch (e) {
      yield { kind: 'unreadable', file, message: `cannot read it (${(e as Error).message})` };
      continue;
    }
    if (o.batch <= 1 || page.text === null || page.body.length > BATCH_BYTES) {
      yield { kind: 'single', page };
      continue;
    }
    if (batch.length && (batch.length >= o.batch || bytes + page.body.length > BATCH_BYTES)) {
      yield { kind: 'batch', pages: batch };
      [batch, bytes] = [[], 0];
    }
    batch.push(page);
    bytes += page.body.length;
  }
  if (batch.length) yield { kind: 'batch', pages: batch };
}

// An HTML page that declares a charset other than UTF-8 goes as raw bytes: the API decodes it as declared.
const OTHER_CHARSET = /<meta[^>]{0,200}charset\s*=\s*["']?(?!utf-?8\b)[\w-]+/i;

async function readPage(file: string, format: IngestOptions['format']): Promise<Page> {
  const raw = await readFile(file);
  const body = file.endsWith('.gz') ? gunzipSync(raw) : raw;
  const name = file.replace(/\.gz$/, '');
  const head = body.subarray(0, 2048).toString('latin1');
  const isHtml = format === 'html' || (format === 'auto' && (/\.x?html?$/i.test(name) || /^\s*<(?:!doctype|html)/i.test(head)));
  let text: string | null = null;
  if (!(isHtml && OTHER_CHARSET.test(head))) {
    try {
      text = utf8.decode(body);
    } catch {
      text = null;
    }
  }
  return { file, body, isHtml, text };
}

async function postRaw(o: IngestOptions, page: Page): Promise<{ duplicate: boolean; status: string }> {
  const q = new URLSearchParams();
  if (o.source) q.set('source', o.source);
  const { body } = await apiFetch<{ duplicate: boolean; status: string }>(o, `/articles${q.size ? `?${q}` : ''}`, {
    method: 'POST',
    // A charset only when the bytes are UTF-8: otherwise the API reads an HTML page's <meta charset>, or says what to send.
    headers: { 'content-type': `${page.isHtml ? 'text/html' : 'text/plain'}${page.text !== null ? '; charset=utf-8' : ''}` },
    body: new Uint8Array(page.body.buffer, page.body.byteOffset, page.body.byteLength) as Uint8Array<ArrayBuffer>,
  });
  return body;
}
