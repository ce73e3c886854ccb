import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRAPER_KEY, useLocalStack } from '../helpers/stack.js';
import { readSeed, seedFiles } from '../helpers/seeds.js';
import { storedCounts } from '../helpers/stored.js';
import { ingestCommand } from '../../shared/cli/ingest-command.js';
import { hashApiKey } from '../../shared/http/auth.js';
import { articleIdFor } from '../../shared/services/ingest.js';
import { captureOutput } from '../helpers/output.js';
import { serveApp } from '../helpers/serve.js';

/**
 * The CLI's `ingest` against the API served over HTTP, as an operator runs it
 * against `npm start`: UTF-8 pages go in batches, other charsets as raw
 * uploads, bad files are named while the good ones land, and a key over its
 * rate is waited out rather than losing files.
 */
describe('copydesk ingest', () => {
  const stack = useLocalStack();
  let served: Awaited<ReturnType<typeof serveApp>>;
  let api: string;
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-ingest-'));
  const requests: string[] = [];

  beforeAll(async () => {
    // Every request the API answers, by route, to see how the CLI sent the files.
    const app = stack().app;
    served = await serveApp((req) => (requests.push(`${req.method} ${new URL(req.url).pathname}`), app.fetch(req)));
    api = served.url;
  });
  afterAll(() => served?.close());

  async function run(files: string[], opts: { key?: string; batch?: number } = {}) {
    const { result: code, stdout: out } = await captureOutput(() => ingestCommand(files, { api, key: opts.key ?? SCRAPER_KEY, format: 'auto', concurrency: 4, batch: opts.batch ?? 100 }));
    return { code, out };
  }

  it('uploads UTF-8 pages in batches and a page in another charset on its own; a second run finds them all', async () => {
    const files = seedFiles().map((f, i) => {
      const path = join(dir, `seed-${i}.txt${i === 4 ? '.gz' : ''}`);
      writeFileSync(path, i === 4 ? gzipSync(readSeed(f)) : readSeed(f));
      return path;
    });
    const latin1 = join(dir, 'cafe.html');
    writeFileSync(latin1, Buffer.from(`<html><head><meta charset="iso-8859-1"><title>Caf\xe9 society</title></head><body><article>${readSeed(seedFiles()[0]).replace(/[^\x20-\x7e\n]/g, '').split('\n').map((l) => `<p>${l} Caf\xe9.</p>`).join('')}</article></body></html>`, 'latin1'));
    const before = await storedCounts(stack().services);
    requests.length = 0;
    const first = await run([...files, latin1], { batch: 3 });
    expect(first).toEqual({ code: 0, out: 'accepted 6, duplicate 0, rejected 0\n' });
    expect(requests.sort()).toEqual(['POST /articles', 'POST /articles/batch', 'POST /articles/batch']);
    expect((await storedCounts(stack().services)).raw - before.raw).toBe(6);
    await stack().delivery.drain();
    const again = await run([...files, latin1]);
    expect(again).toEqual({ code: 0, out: 'accepted 0, duplicate 6, rejected 0\n' });
  });

  it('names each bad file and lands the good ones of its batch', async () => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, `${readSeed(seedFiles()[1])}\nA late edition.`);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '   \n');
    const pdf = join(dir, 'report.txt');
    writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(readSeed(seedFiles()[2]))]));
    const missing = join(dir, 'nowhere.txt');
    const { code, out } = await run([good, empty, pdf, missing]);
    expect(code).toBe(1);
    expect(out).toMatch(/^accepted 1, duplicate 0, rejected 3\n/);
    expect(out).toMatch(/rejected empty\.txt: HTTP 400: The body is empty/);
    expect(out).toMatch(/rejected report\.txt: HTTP 415: The body looks like a PDF document/);
    expect(out).toMatch(/rejected nowhere\.txt: cannot read it/);
  });

  it('names the files an admin took down, batched or alone, and stores them no more', async () => {
    const page = join(dir, 'taken.txt');
    writeFileSync(page, `${readSeed(seedFiles()[4])}\nAn edition later taken down.`);
    expect((await run([page])).out).toBe('accepted 1, duplicate 0, rejected 0\n');
    await stack().delivery.drain();
    await stack().services.removal.remove(articleIdFor(readFileSync(page)), 'a legal notice');
    for (const batch of [100, 1]) {
      const { code, out } = await run([page], { batch });
      expect({ code, out }).toEqual({ code: 0, out: 'accepted 0, duplicate 1, rejected 0\n  taken down taken.txt: this page was removed by an admin; it is not stored again\n' });
    }
  });

  it('waits out a key over its rate instead of rejecting files', async () => {
    const slow = 'test-slow-key';
    await stack().services.apiKeys.put(hashApiKey(slow), 'scraper', 'slow', { perSecond: 2, burst: 1 });
    const files = [1, 2, 3, 4].map((n) => {
      const path = join(dir, `rate-${n}.txt`);
      writeFileSync(path, `${readSeed(seedFiles()[3])}\nRate edition ${n}.`);
      return path;
    });
    requests.length = 0;
    const { code, out } = await run(files, { key: slow, batch: 1 });
    expect({ code, out }).toEqual({ code: 0, out: 'accepted 4, duplicate 0, rejected 0\n' });
    // Some were refused with 429 and sent again.
    expect(requests.length).toBeGreaterThan(4);
  });
});
