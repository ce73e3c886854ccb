import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ADMIN_KEY, authed, useLocalStack } from '../helpers/stack.js';
import { seed } from '../helpers/seeds.js';
import { storedCounts } from '../helpers/stored.js';

/**
 * Every bad request gets the right status and a problem+json body that says
 * what to fix, and leaves nothing behind: the raw objects and article records
 * are counted in the stores before and after each one.
 */
describe('bad input', () => {
  const stack = useLocalStack();
  const post = (body: BodyInit, headers: Record<string, string>, query = '') =>
    stack().app.request(`/articles${query}`, { method: 'POST', headers: authed(undefined, headers), body });
  const limit = () => stack().config.MAX_UPLOAD_BYTES;
  const batch = (body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }, query = '') =>
    stack().app.request(`/articles/batch${query}`, { method: 'POST', headers: authed(undefined, headers), body });
  const article = seed('000').body;
  const bytes = (...b: number[]) => new Uint8Array(b);

  type Case = [name: string, send: () => Promise<Response> | Response, status: number, detail: RegExp];
  const cases: Case[] = [
    ['an empty body', () => post('', { 'content-type': 'text/plain' }), 400, /empty/],
    ['a whitespace-only body', () => post(' \n\t\r\n  ', { 'content-type': 'text/html' }), 400, /empty/],
    ['a body over the limit', () => post('word '.repeat(Math.ceil((limit() + 100_000) / 5)), { 'content-type': 'text/plain' }), 413, /limited to \d+ bytes.*POST \/uploads/],
    ['a content type we do not take', () => post(article, { 'content-type': 'application/xml' }), 415, /text\/plain, text\/html or application\/json/],
    ['no content type', () => stack().app.request('/articles', { method: 'POST', headers: authed(), body: new Blob([article]) }), 415, /\(none\)/],
    ['malformed JSON', () => post('{"text": "abc", ', { 'content-type': 'application/json' }), 400, /not valid JSON/],
    ['JSON with neither text nor html', () => post(JSON.stringify({ title: 'T' }), { 'content-type': 'application/json' }), 400, /exactly one of "text" or "html"/],
    ['JSON with both text and html', () => post(JSON.stringify({ text: article, html: `<p>${article}</p>` }), { 'content-type': 'application/json' }), 400, /exactly one of "text" or "html"/],
    ['JSON with an unknown field', () => post(JSON.stringify({ text: article, titel: 'T' }), { 'content-type': 'application/json' }), 400, /unknown JSON body field\(s\) "titel"; known: url, source, title/],
    ['bytes that are not UTF-8', () => post(bytes(0x48, 0x69, 0x20, 0xff, 0xfe, 0x41), { 'content-type': 'text/plain' }), 400, /not valid utf-8 \(first invalid byte at offset 3\)/],
    ['a declared charset that lies', () => post(Buffer.from(`Caf\xe9 society ${article}`, 'latin1'), { 'content-type': 'text/plain; charset=utf-8' }), 400, /not valid utf-8.*charset=windows-1252/],
    ['a charset nobody knows', () => post(article, { 'content-type': 'text/plain; charset=klingon-8' }), 415, /charset "klingon-8" is not supported/],
    ['a PDF file', () => post(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(article)]), { 'content-type': 'text/plain' }), 415, /PDF document/],
    ['a PNG image', () => post(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), { 'content-type': 'text/html' }), 415, /PNG image/],
    ['a ZIP archive', () => post(bytes(0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0), { 'content-type': 'text/plain' }), 415, /ZIP archive/],
    ['a gzip body that inflates past the limit', () => post(gzipSync(Buffer.alloc(limit() * 4, 'a')), { 'content-type': 'text/plain', 'content-encoding': 'gzip' }), 413, /after decompression/],
    ['a corrupt gzip body', () => post(Buffer.from('not gzip at all'), { 'content-type': 'text/plain', 'content-encoding': 'gzip' }), 400, /not valid gzip/],
    ['an unknown content encoding', () => post(article, { 'content-type': 'text/plain', 'content-encoding': 'zstd-9000' }), 415, /Content-Encoding "zstd-9000"/],
    ['HTML with 100,000 nested elements', () => post(`<html><body>${'<div>'.repeat(100_000)}<p>x</p>${'</div>'.repeat(100_000)}</body></html>`, { 'content-type': 'text/html' }), 400, /nests elements more than 1024 levels/],
    ['one 5 MB line with no spaces', () => post('x'.repeat(5_000_000), { 'content-type': 'text/plain' }), 400, /run of more than 65536 characters/],
    ['an invalid url', () => post(article, { 'content-type': 'text/plain' }, '?url=javascript:alert(1)'), 400, /url: must be an http\(s\) URL/],
    ['a relative url', () => post(article, { 'content-type': 'text/plain' }, '?url=/news/1'), 400, /url: must be an absolute/],
    ['publishedAt in the far future', () => post(article, { 'content-type': 'text/plain' }, '?publishedAt=2999-01-01'), 400, /publishedAt: must not be in the future/],
    ['an unparseable publishedAt', () => post(article, { 'content-type': 'text/plain' }, '?publishedAt=last%20Tuesday'), 400, /publishedAt: must be an ISO 8601 date/],
    ['a NUL byte in the body', () => post(`${article.slice(0, 100)}\u0000${article.slice(100)}`, { 'content-type': 'text/plain' }), 400, /NUL byte .* at character 100/],
    ['a control character in the body', () => post(`${article}\u001b[31m`, { 'content-type': 'text/plain' }), 400, /control character U\+001B/],
    ['a NUL escaped in a JSON string', () => post(JSON.stringify({ text: `${article}\u0000` }), { 'content-type': 'application/json' }), 400, /NUL byte/],
    ['a control character in metadata', () => post(article, { 'content-type': 'text/plain' }, '?title=Line%0Abreak'), 400, /title: must not contain control characters/],
    ['an unknown query parameter', () => post(article, { 'content-type': 'text/plain' }, '?sourse=AP'), 400, /unknown query field\(s\) "sourse"; known: url, source/],
    ['a batch that is not JSON', () => batch('text=abc', { 'content-type': 'text/plain' }), 415, /a batch is JSON/],
    ['a batch without articles', () => batch(JSON.stringify({ articles: [] })), 400, /articles: send at least one article/],
    ['a batch of 101 articles', () => batch(JSON.stringify({ articles: Array.from({ length: 101 }, (_, i) => ({ text: `${article} ${i}` })) })), 400, /at most 100 articles/],
    ['a batch with one bad url', () => batch(JSON.stringify({ articles: [{ text: article }, { text: `${article} 2`, url: 'ftp://x' }] })), 400, /articles\.1\.url: must be an http\(s\) URL/],
    ['a batch with an unknown article field', () => batch(JSON.stringify({ articles: [{ text: article, titel: 'T' }] })), 400, /articles\.0: unknown batch field\(s\) "titel"; known: url, source, title, publishedAt, fetchedAt, text, html/],
    ['a batch with a control character in its last page', () => batch(JSON.stringify({ articles: [{ text: article }, { html: `<p>${article}\u0007</p>` }] })), 400, /articles\[1\]\.html contains the control character U\+0007/],
    ['a batch with an empty page', () => batch(JSON.stringify({ articles: [{ text: article }, { text: '  ' }] })), 400, /articles\[1\]\.text is empty/],
    ['a batch with a query parameter', () => batch(JSON.stringify({ articles: [{ text: article }] }), undefined, '?source=AP'), 400, /unknown query field\(s\) "source"; each article's metadata goes in the batch/],
    ['a batch over the size limit', () => batch(JSON.stringify({ articles: [{ text: 'word '.repeat(Math.ceil(limit() / 10)) }, { text: 'line '.repeat(Math.ceil(limit() / 10)) }, { text: 'more '.repeat(Math.ceil(limit() / 10)) }] })), 413, /limited to \d+ bytes/],
    ['query metadata beside a JSON body', () => post(JSON.stringify({ text: article }), { 'content-type': 'application/json' }, '?source=AP'), 400, /unknown query field\(s\) "source"/],
  ];

  async function expectProblem(res: Response, status: number, detail: RegExp) {
    const body = await res.json();
    expect({ status: res.status, detail: body.detail }).toMatchObject({ status, detail: expect.stringMatching(detail) });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(body).toMatchObject({ type: 'about:blank', status, title: expect.any(String) });
    // No stack traces, no store names in what the client sees.
    const raw = JSON.stringify(body);
    expect(raw).not.toMatch(/\bat .+:\d+:\d+|node_modules|copydesk-raw|ART#|STORY#/);
  }

  it.each(cases)('refuses %s, and stores nothing', async (_name, send, status, detail) => {
    const before = await storedCounts(stack().services);
    await expectProblem(await send(), status, detail);
    await stack().delivery.drain();
    expect(await storedCounts(stack().services)).toEqual(before);
  });

  it('refuses ids that are paths or injection text, and unknown query parameters on reads', async () => {
    const get = (path: string) => stack().app.request(path, { headers: authed() });
    for (const id of ['..%2F..%2Fetc%2Fpasswd', "'%20OR%20'1'%3D'1", '%7B%22%24ne%22%3Anull%7D', 'a%00b', 'x'.repeat(129)]) {
      await expectProblem(await get(`/articles/${id}`), 400, /ids are 1-128 letters/);
      await expectProblem(await get(`/stories/${id}`), 400, /ids are 1-128 letters/);
    }
    // A story split off another carries the version it was cut at ("s_<id>.12"): well formed, so unknown here, not refused.
    await expectProblem(await get('/stories/s_abc.12'), 404, /s_abc\.12/);
    await expectProblem(await get('/stories/s_abc.12.3/members'), 404, /s_abc\.12\.3/);
    for (const id of ['s_abc..12', 's_abc.', '.12', 's_abc.x1']) await expectProblem(await get(`/stories/${id}`), 400, /ids are 1-128 letters/);
    await expectProblem(await get('/articles/abc.12'), 400, /ids are 1-128 letters/);
    await expectProblem(await get('/stories?limt=5'), 400, /unknown query field\(s\) "limt"; known: limit, cursor, since, until/);
    await expectProblem(await get('/stories?cursor=bogus'), 400, /cursor/);
    await expectProblem(await get(`/stories?cursor=${Buffer.from('{"day":7}').toString('base64url')}`), 400, /nextCursor/);
    await expectProblem(await get('/articles/abc?verbose=1'), 400, /unknown query field\(s\) "verbose"/);
    await expectProblem(await stack().app.request('/admin/reprocess', { method: 'POST', headers: authed(ADMIN_KEY), body: '{"mode":"everything"}' }), 400, /mode/);
  });

  it('decodes pages in the charset and encoding they declare', async () => {
    // Accented words inside a body sentence, encoded in a single-byte charset.
    const ascii = article.replace(/[^\x00-\x7f]/g, '').replace('held a video call on Wednesday', 'held a video call from the Caf\xe9 M\xfcnchen on Wednesday');
    const latin1 = Buffer.from(ascii, 'latin1');
    const res = await post(gzipSync(latin1), { 'content-type': 'text/plain; charset=windows-1252', 'content-encoding': 'gzip' });
    expect(res.status).toBe(202);
    const meta = Buffer.from(`<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><article>${ascii.split('\n').map((l) => `<p>${l}</p>`).join('')}</article></body></html>`, 'latin1');
    const res2 = await post(meta, { 'content-type': 'text/html' });
    expect(res2.status).toBe(202);
    await stack().delivery.drain();
    for (const r of [res, res2]) {
      const a = await (await stack().app.request(`/articles/${(await r.json()).id}`, { headers: authed() })).json();
      expect(a.status).toBe('processed');
      expect(a.text).toContain('held a video call from the Café München on Wednesday');
    }
  });

  it('stores a script tag as text and returns it as inert JSON', async () => {
    const body = `${article}\n<script>alert("owned")</script> and <img src=x onerror=alert(1)> as quoted by the reporter.`;
    const res = await post(body, { 'content-type': 'text/plain' });
    expect(res.status).toBe(202);
    await stack().delivery.drain();
    const view = await stack().app.request(`/articles/${(await res.json()).id}`, { headers: authed() });
    expect(view.headers.get('content-type')).toMatch(/^application\/json/);
    expect(view.headers.get('x-content-type-options')).toBe('nosniff');
    expect(view.headers.get('content-security-policy')).toContain("default-src 'none'");
    const a = await view.json();
    expect(a.text).toContain('<script>alert("owned")</script>');
  });

  it('leaves an upload without article text failed with a reason, and re-processes it when asked', async () => {
    const res = await post('<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>© 2026</footer></body></html>', { 'content-type': 'text/html' });
    const { id } = await res.json();
    await stack().delivery.drain();
    const failed = await (await stack().app.request(`/articles/${id}`, { headers: authed() })).json();
    expect(failed).toMatchObject({ status: 'failed', reason: expect.stringMatching(/no article text/) });
    const v2 = stack().withServices({ pipelineVersion: failed.pipelineVersion + 1 });
    const job = await (await v2.app.request('/admin/reprocess', { method: 'POST', headers: authed(ADMIN_KEY), body: '{}' })).json();
    await v2.delivery.drain();
    expect((await v2.services.reprocess.get(job.id)).state).toBe('finished');
    const again = await v2.services.articles.get(id);
    expect(again).toMatchObject({ status: 'failed', pipelineVersion: failed.pipelineVersion + 1 });
  });
});
