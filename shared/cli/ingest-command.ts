import { SingleBar, Presets } from 'cli-progress';
import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { apiFetch, ApiError, type ApiOptions } from './http-client.js';
import pMap from 'p-map';

interface IngestOptions extends ApiOptions {
  format: 'auto' | 'html' | 'text';
  source?: string;
  concurrency: number;
}

/** `ingest`: POST each file to the API, with a progress bar and a summary. */
export async function ingestCommand(files: string[], o: IngestOptions): Promise<number> {
  const counts = { accepted: 0, duplicate: 0, rejected: 0 };
  const rejected: string[] = [];
  const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} | accepted {accepted} duplicate {duplicate} rejected {rejected}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  bar.start(files.length, 0, counts);
  await pMap(files, async (file) => {
    try {
      const raw = await readFile(file);
      const body = file.endsWith('.gz') ? gunzipSync(raw) : raw;
      const name = file.replace(/\.gz$/, '');
      const isHtml = o.format === 'html' || (o.format === 'auto' && (/\.x?html?$/i.test(name) || /^\s*<(?:!doctype|html)/i.test(body.subarray(0, 200).toString('utf8'))));
      const q = new URLSearchParams();
      if (o.source) q.set('source', o.source);
      const { status } = await apiFetch(o, `/articles${q.size ? `?${q}` : ''}`, {
        method: 'POST',
        headers: { 'content-type': isHtml ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' },
        body,
      });
      counts[status === 200 ? 'duplicate' : 'accepted']++;
    } catch (e) {
      if (!(e instanceof ApiError) && /cannot reach/.test((e as Error).message)) throw e;
      counts.rejected++;
      rejected.push(`${basename(file)}: ${(e as Error).message}`);
    }
    bar.increment(1, counts);
  }, { concurrency: o.concurrency });
  bar.stop();
  process.stdout.write(`accepted ${counts.accepted}, duplicate ${counts.duplicate}, rejected ${counts.rejected}\n`);
  for (const r of rejected) process.stdout.write(`  rejected ${r}\n`);
  return counts.rejected ? 1 : 0;
}
