import { describe, expect, it } from 'vitest';
import { ADMIN_KEY, SCRAPER_KEY, authed, useLocalStack } from '../helpers/stack.js';
import { readSeed, seed, seedFiles } from '../helpers/seeds.js';

describe('HTTP API contract', () => {
  const stack = useLocalStack();
  const req = (path: string, init?: RequestInit) => stack().app.request(path, init);

  async function expectProblem(res: Response, status: number, detail: RegExp) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.json();
    expect(body.status).toBe(status);
    expect(body.title).toBeTruthy();
    expect(body.detail).toMatch(detail);
    return body;
  }

  it('serves health, the OpenAPI document and the API reference without a key', async () => {
    expect(await (await req('/health')).json()).toEqual({ status: 'ok' });
    const doc = await (await req('/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/articles', '/articles/{id}', '/stories', '/stories/{id}', '/uploads', '/admin/reprocess']));
    expect(doc.paths['/articles'].post.requestBody.content['application/json'].schema).toBeDefined();
    const docs = await req('/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/openapi.json');
  });

  it('rejects missing and unknown keys with 401, scraper keys on admin routes with 403', async () => {
    await expectProblem(await req('/stories'), 401, /Authorization: Bearer/);
    await expectProblem(await req('/stories', { headers: authed('nope') }), 401, /not valid/);
    await expectProblem(await req('/admin/reprocess', { method: 'POST', headers: authed(SCRAPER_KEY) }), 403, /admin/);
  });

  it('asks for a key on every route the OpenAPI document says is secured', async () => {
    const doc = await (await req('/openapi.json')).json();
    let secured = 0;
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, { security?: unknown[] }>>))
      for (const [method, op] of Object.entries(methods)) {
        if (!op.security?.length) continue;
        secured++;
        const res = await req(path.replace(/\{[^}]+\}/g, 'x1'), { method: method.toUpperCase() });
        expect(res.status, `${method.toUpperCase()} ${path}`).toBe(401);
      }
    expect(secured).toBeGreaterThanOrEqual(13);
  });

  it('accepts JSON uploads and query-parameter metadata, and recognises duplicates', async () => {
    const { body } = seed('003');
    const json = { text: body, url: 'https://example.com/news/2026/02/04/xi-putin?utm_source=x#top', source: 'Example News', title: 'Xi and Putin' };
    const first = await req('/articles', { method: 'POST', headers: authed(undefined, { 'content-type': 'application/json' }), body: JSON.stringify(json) });
    expect(first.status).toBe(202);
    const a = await first.json();
    const again = await req('/articles?source=Other', { method: 'POST', headers: authed(undefined, { 'content-type': 'text/plain' }), body });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: a.id, duplicate: true });
    await stack().delivery.drain();
    const article = await (await req(`/articles/${a.id}`, { headers: authed() })).json();
    expect(article).toMatchObject({ status: 'processed', title: 'Xi and Putin', outlet: 'Example News', canonicalUrl: 'https://example.com/news/2026/02/04/xi-putin', publishedAt: '2026-02-04' });
  });

  it('takes a batch of articles in one request: ids and duplicates as one at a time, and each processed', async () => {
    const [a, b, c] = ['001', '002', '004'].map((n) => `${seed(n).body}\nBatch edition.`);
    const before = await (await req('/articles', { method: 'POST', headers: authed(undefined, { 'content-type': 'text/plain' }), body: c })).json();
    const batch = { articles: [{ text: a, source: 'Batch One', url: 'https://example.org/one' }, { html: `<html><body><article><h1>Xi and Putin hold a video call</h1>${b.split('\n').map((l) => `<p>${l}</p>`).join('')}</article></body></html>` }, { text: a }, { text: c }] };
    const res = await req('/articles/batch', { method: 'POST', headers: authed(undefined, { 'content-type': 'application/json' }), body: JSON.stringify(batch) });
    expect(res.status).toBe(200);
    const out = await res.json();
    expect(out).toMatchObject({ accepted: 2, duplicates: 2 });
    expect(out.results.map((r: { duplicate: boolean }) => r.duplicate)).toEqual([false, false, true, true]);
    // The same ids a single upload gives: the third is the first page again, the fourth was uploaded before.
    expect(out.results[2].id).toBe(out.results[0].id);
    expect(out.results[3].id).toBe(before.id);
    const { articleIdFor } = await import('../../shared/services/ingest.js');
    expect(out.results[0].id).toBe(articleIdFor(Buffer.from(a)));
    await stack().delivery.drain();
    const one = await (await req(`/articles/${out.results[0].id}`, { headers: authed() })).json();
    expect(one).toMatchObject({ status: 'processed', outlet: 'Batch One', canonicalUrl: 'https://example.org/one' });
    const two = await (await req(`/articles/${out.results[1].id}`, { headers: authed() })).json();
    expect(two).toMatchObject({ status: 'processed', title: 'Xi and Putin hold a video call' });
    const doc = await (await req('/openapi.json')).json();
    expect(doc.paths['/articles/batch'].post.requestBody.content['application/json'].schema).toBeDefined();
    await expectProblem(await req('/articles/batch', { method: 'POST', body: JSON.stringify(batch) }), 401, /Authorization/);
  });

  it('answers 400 with what to fix for bad bodies and parameters', async () => {
    const json = (b: unknown) => ({ method: 'POST', headers: authed(undefined, { 'content-type': 'application/json' }), body: JSON.stringify(b) });
    await expectProblem(await req('/articles', json({ text: 'a', html: '<p>a</p>' })), 400, /exactly one of "text" or "html"/);
    await expectProblem(await req('/articles', { method: 'POST', headers: authed(undefined, { 'content-type': 'application/json' }), body: '{nope' }), 400, /not valid JSON/);
    // One message per field: a string that is no URL also breaks the scheme rule, which adds nothing.
    const badUrl = await expectProblem(await req('/articles', json({ text: 'x', url: 'not a url' })), 400, /^Invalid JSON body: url: must be an absolute http\(s\) URL$/);
    expect(badUrl.issues).toEqual([{ path: 'url', message: 'must be an absolute http(s) URL' }]);
    await expectProblem(await req('/articles', { method: 'POST', headers: authed(undefined, { 'content-type': 'text/plain' }), body: '   ' }), 400, /empty/);
    // Query fields say what they take, whatever was wrong with the value.
    for (const q of ['limit=0', 'limit=abc', 'limit=2.5', 'limit=101']) await expectProblem(await req(`/stories?${q}`, { headers: authed() }), 400, /^Invalid query: limit: a whole number from 1 to 100$/);
    await expectProblem(await req('/stories?since=yesterday', { headers: authed() }), 400, /^Invalid query: since: a day as YYYY-MM-DD, e\.g\. 2026-02-04$/);
    await expectProblem(await req('/changes?since=2026-02-04', { headers: authed() }), 400, /since: an ISO 8601 time with its offset/);
    await expectProblem(await req('/stories?since=2026-02-05&until=2026-02-01', { headers: authed() }), 400, /since/);
  });

  it('answers 415 for other content types and 413 with the limit for large bodies', async () => {
    await expectProblem(await req('/articles', { method: 'POST', headers: authed(undefined, { 'content-type': 'application/pdf' }), body: 'x' }), 415, /text\/plain, text\/html or application\/json/);
    const limit = stack().config.MAX_UPLOAD_BYTES;
    const big = 'word '.repeat(Math.ceil((limit + 100 * 1024) / 5));
    const p = await expectProblem(await req('/articles', { method: 'POST', headers: authed(undefined, { 'content-type': 'text/plain' }), body: big }), 413, new RegExp(`${limit} bytes`));
    expect(p.limit).toBe(limit);
  });

  it('answers 404 problems for unknown ids and routes', async () => {
    await expectProblem(await req('/articles/doesnotexist', { headers: authed() }), 404, /No article has id "doesnotexist"/);
    await expectProblem(await req('/stories/s_nope', { headers: authed() }), 404, /No story/);
    await expectProblem(await req('/admin/reprocess/nope', { headers: authed(ADMIN_KEY) }), 404, /No job/);
    await expectProblem(await req('/nowhere', { headers: authed() }), 404, /No route/);
  });

  it('answers 405 with an Allow header for a path asked with a method it does not answer', async () => {
    for (const [method, path, allow] of [
      ['POST', '/stories', 'GET, HEAD'],
      ['PUT', '/articles/a1', 'DELETE, GET, HEAD'],
      ['DELETE', '/stories/s_1', 'GET, HEAD'],
      ['PATCH', '/articles', 'GET, HEAD, POST'],
    ]) {
      const res = await req(path, { method, headers: authed() });
      const body = await expectProblem(res, 405, new RegExp(`^${path} does not answer ${method}; it answers ${allow}\\.`));
      expect(res.headers.get('allow')).toBe(allow);
      expect(body.allow).toEqual(allow.split(', '));
    }
    // A path no route has stays a 404, and an id segment is never empty.
    await expectProblem(await req('/stories/s_1/nope', { method: 'POST', headers: authed() }), 404, /No route/);
    await expectProblem(await req('/articles/', { method: 'PUT', headers: authed() }), 404, /No route/);
  });

  it('marks pages without article text as failed, with a reason', async () => {
    const res = await req('/articles', { method: 'POST', headers: authed(undefined, { 'content-type': 'text/html' }), body: '<html><body><nav><a href="/">Home</a></nav></body></html>' });
    const { id } = await res.json();
    await stack().delivery.drain();
    const a = await (await req(`/articles/${id}`, { headers: authed() })).json();
    expect(a).toMatchObject({ status: 'failed', storyId: null });
    expect(a.reason).toMatch(/no article text/);
  });

  it('issues presigned upload URLs whose uploads are processed like posts', async () => {
    const res = await req('/uploads', { method: 'POST', headers: authed(undefined, { 'content-type': 'application/json' }), body: JSON.stringify({ format: 'text', source: 'Presigned' }) });
    expect(res.status).toBe(201);
    const up = await res.json();
    const { body } = seed('002');
    const put = await fetch(up.uploadUrl, { method: 'PUT', headers: up.headers, body });
    expect(put.status).toBe(200);
    await stack().delivery.drain();
    const { articleIdFor } = await import('../../shared/services/ingest.js');
    const a = await (await req(`/articles/${articleIdFor(Buffer.from(body))}`, { headers: authed() })).json();
    expect(a).toMatchObject({ status: 'processed', outlet: 'Presigned' });
  });

  it('pages through stories with an opaque cursor', async () => {
    const first = await (await req('/stories?limit=1', { headers: authed() })).json();
    expect(first.items).toHaveLength(1);
    if (first.nextCursor) {
      const second = await (await req(`/stories?limit=1&cursor=${first.nextCursor}`, { headers: authed() })).json();
      expect(second.items[0]?.id).not.toBe(first.items[0].id);
    }
  });

  it('a listing over years reads a month of days per request, and the cursor walks the rest', async () => {
    // Today's stories come first whatever the range: the walk starts at "until".
    const wide = await (await req('/stories?since=2000-01-01&limit=1', { headers: authed() })).json();
    expect(wide.items).toHaveLength(1);
    // A year with no stories: each page is empty, and 366 days take 12 requests of at most 31 days.
    let pages = 0;
    let cursor: string | null = null;
    do {
      const page = await (await req(`/stories?since=2000-01-01&until=2000-12-31${cursor ? `&cursor=${cursor}` : ''}`, { headers: authed() })).json();
      expect(page.items).toEqual([]);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(pages).toBe(12);
  });

  it('filters stories by an outlet that ran them and by size, paging on with the cursor', async () => {
    const outlet = 'Filter Test Gazette';
    const res = await req('/articles/batch', { method: 'POST', headers: authed(undefined, { 'content-type': 'application/json' }), body: JSON.stringify({ articles: [{ text: `${seed('000').body}\nFilter edition.`, source: outlet }] }) });
    const [{ id }] = (await res.json()).results;
    await stack().delivery.drain();
    const { storyId } = await (await req(`/articles/${id}`, { headers: authed() })).json();
    const story = await (await req(`/stories/${storyId}`, { headers: authed() })).json();
    const list = async (query: string) => (await req(`/stories?${query}`, { headers: authed() })).json();
    for (const name of [outlet, outlet.toUpperCase()]) {
      const page = await list(`outlet=${encodeURIComponent(name)}`);
      expect(page.items.map((s: { id: string }) => s.id)).toEqual([storyId]);
      expect(page.items[0].outlets).toContain(outlet);
    }
    expect((await list('outlet=Nobody%20Ran%20This')).items).toEqual([]);
    // By size: every story listed has at least that many articles, and the story itself is one of them.
    const big = await list(`minSize=${story.size}&limit=100`);
    expect(big.items.every((s: { size: number }) => s.size >= story.size)).toBe(true);
    expect(big.items.map((s: { id: string }) => s.id)).toContain(storyId);
    expect((await list(`minSize=${story.size + 1000}`)).items).toEqual([]);
    // Paging with a filter: one story a page, the cursor goes on, and no story comes twice.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`minSize=1&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((s: { id: string }) => s.id));
      cursor = page.nextCursor;
    } while (cursor && seen.length < 50);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(storyId);
    await expectProblem(await req('/stories?minSize=0', { headers: authed() }), 400, /minSize/);
    await expectProblem(await req('/stories?outlet=', { headers: authed() }), 400, /outlet/);
  });

  it("pages through a story's members with an opaque cursor", async () => {
    const ids: string[] = [];
    for (const f of seedFiles()) {
      const res = await req('/articles', { method: 'POST', headers: authed(undefined, { 'content-type': 'text/plain' }), body: readSeed(f) });
      ids.push((await res.json()).id);
    }
    await stack().delivery.drain();
    const article = await (await req(`/articles/${ids[0]}`, { headers: authed() })).json();
    const view = await (await req(`/stories/${article.storyId}`, { headers: authed() })).json();
    expect(view.membersNextCursor).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await req(`/stories/${article.storyId}/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: authed() });
      expect(res.status).toBe(200);
      const page = await res.json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((m: { id: string }) => m.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen.sort()).toEqual(view.members.map((m: { id: string }) => m.id).sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(ids));
    expect(pages).toBeGreaterThanOrEqual(3);
    await expectProblem(await req(`/stories/${article.storyId}/members`), 401, /Authorization/);
    await expectProblem(await req(`/stories/${article.storyId}/members?cursor=bogus`, { headers: authed() }), 400, /cursor/);
    await expectProblem(await req(`/stories/${article.storyId}/members?limit=501`, { headers: authed() }), 400, /limit/);
  });
});
