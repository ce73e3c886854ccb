import { describe, expect, it } from 'vitest';
import { ADMIN_KEY, SCRAPER_KEY, authed, useLocalStack } from '../helpers/stack.js';
import { readSeed, seed, seedFiles } from '../helpers/seeds.js';
import type { Change } from '../../shared/schemas/change.js';
import { changesCommand } from '../../shared/cli/changes-command.js';
import { captureOutput } from '../helpers/output.js';
import { serveApp } from '../helpers/serve.js';

/**
 * The change feed on the local stack: a reader that follows GET /changes
 * from a starting time sees every change to every article, in time order,
 * across pages and polls, and ends with the corpus as the API shows it.
 */
describe('GET /changes', () => {
  const stack = useLocalStack();
  // Changes are held back 5 s by default; here the reader may read up to the present.
  const set = () => stack().withServices({ env: { CHANGE_FEED_SETTLE_MS: '0' } });
  let s: ReturnType<typeof set>;
  const get = (q: string) => s.app.request(`/changes?${q}`, { headers: authed() });
  let since = '';
  const ids: string[] = [];

  async function follow(start: string, limit: number): Promise<{ items: Change[]; cursor: string; pages: number }> {
    const items: Change[] = [];
    let cursor = '';
    let pages = 0;
    for (;;) {
      const res = await get(cursor ? `cursor=${cursor}&limit=${limit}` : `since=${encodeURIComponent(start)}&limit=${limit}`);
      expect(res.status).toBe(200);
      const page = await res.json();
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages++;
      if (page.caughtUp || pages > 100) return { items, cursor, pages };
    }
  }

  it('lists each processing, replaced version and removal, in time order, across pages', async () => {
    s = set();
    since = new Date().toISOString();
    for (const f of seedFiles()) ids.push((await s.services.ingest.accept(readSeed(f), 'text', { url: `https://seeds.example/${f}` })).id);
    await s.delivery.drain();
    const newer = (await s.services.ingest.accept(`${readSeed(seedFiles()[3])}\nUpdated.`, 'text', { url: `https://seeds.example/${seedFiles()[3]}` })).id;
    await s.delivery.drain();
    const del = await s.app.request(`/articles/${ids[4]}`, { method: 'DELETE', headers: authed(ADMIN_KEY, { 'content-type': 'application/json' }), body: JSON.stringify({ reason: 'test' }) });
    expect(del.status).toBe(200);

    const { items, pages } = await follow(since, 2);
    expect(pages).toBeGreaterThan(3);
    expect(new Set(items.map((c) => c.id)).size).toBe(items.length);
    expect(items.map((c) => c.at)).toEqual([...items.map((c) => c.at)].sort());
    // One page of 500 gives the same changes as pages of 2.
    expect((await (await get(`since=${encodeURIComponent(since)}&limit=500`)).json()).items.map((c: Change) => c.id)).toEqual(items.map((c) => c.id));

    const types = (id: string) => items.filter((c) => c.articleId === id).map((c) => c.type);
    for (const id of [...ids, newer]) expect(types(id)).toContain('processed');
    expect(types(ids[3])).toContain('superseded');
    expect(types(ids[4]).at(-1)).toBe('removed');
    // Applied in order as upserts, the changes leave each article as the API shows it.
    const last = new Map(items.map((c) => [c.articleId, c]));
    for (const id of [...ids.slice(0, 4), newer]) {
      const r = (await s.services.articles.get(id, { consistent: true }))!;
      expect(last.get(id)).toMatchObject({ storyId: r.storyId, supersededBy: r.supersededBy, copyOf: r.copyOf, title: r.title, outlet: r.outlet });
    }
    expect(last.get(ids[4])).toMatchObject({ storyId: null, title: null, url: `https://seeds.example/${seedFiles()[4]}` });
  });

  it('a reader that caught up finds the next change with the same cursor, and nothing twice', async () => {
    const { cursor, items } = await follow(since, 50);
    const again = await (await get(`cursor=${cursor}`)).json();
    expect(again).toMatchObject({ items: [], caughtUp: true });
    const id = (await s.services.ingest.accept(`${seed('002').body}\nA later edition.`, 'text', {})).id;
    await s.delivery.drain();
    const next = await (await get(`cursor=${again.nextCursor}`)).json();
    expect(next.items.map((c: Change) => [c.articleId, c.type])).toEqual([[id, 'processed']]);
    expect(items.map((c) => c.id)).not.toContain(next.items[0].id);
  });

  it('holds back changes of the last few seconds (by default 5), so none written a moment late is skipped', async () => {
    const id = (await s.services.ingest.accept(`${seed('001').body}\nHeld back.`, 'text', {})).id;
    await s.delivery.drain();
    const [change] = (await stack().services.changes.read({ cursor: null, since, limit: 500, now: Date.now() + 60_000 })).items.filter((c) => c.articleId === id);
    expect(change).toBeDefined();
    const at = Date.parse(change.at);
    const early = await stack().services.changes.read({ cursor: null, since, limit: 500, now: at + 4_000 });
    expect(early.items.map((c) => c.articleId)).not.toContain(id);
    const later = await stack().services.changes.read({ cursor: early.nextCursor, since, limit: 500, now: at + 6_000 });
    expect(later.items.map((c) => c.articleId)).toContain(id);
  });

  it('walks the days since a starting point, a week per request, and reaches the present', async () => {
    const feed = stack().services.changes;
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    const change = (n: number, k: number): Change => ({ id: `old-${n}-${k}`, type: 'processed', at: day(n), articleId: `a${n}x${k}`, storyId: null, copyOf: null, supersededBy: null, mergedFrom: null, outlet: null, title: null, url: null });
    const written = [change(10, 0), change(2, 0), change(2, 1), change(2, 2)];
    for (const c of written) await feed.append(c);
    const seen: string[] = [];
    let cursor: string | null = null;
    const caught: boolean[] = [];
    // Pages of 2: today holds the other tests' changes too, so the walk takes as many pages as they need.
    for (let i = 0; i < 200; i++) {
      const page = await feed.read({ cursor, since: day(12), limit: 2 });
      seen.push(...page.items.map((c) => c.id));
      caught.push(page.caughtUp);
      cursor = page.nextCursor;
      if (page.caughtUp) break;
    }
    // In time order (the three of two days ago were made in this order, a millisecond or more apart).
    expect(seen.filter((id) => id.startsWith('old-'))).toEqual(['old-10-0', 'old-2-0', 'old-2-1', 'old-2-2']);
    // The first request ends after a week (days 12 to 6 back) without reaching the present.
    expect(caught[0]).toBe(false);
    expect(caught.at(-1)).toBe(true);
  });

  it('the CLI prints the same changes, one JSON line each, and the cursor to resume from', async () => {
    const app = s.app;
    const served = await serveApp((r) => app.fetch(r));
    const { stdout, stderr } = await captureOutput(() => changesCommand({ api: served.url, key: SCRAPER_KEY, since, follow: false, json: true, pollMs: 10, limit: 3 })).finally(served.close);
    const printed = stdout.trim().split('\n').map((l) => JSON.parse(l) as Change);
    const { items, cursor } = await follow(since, 500);
    expect(printed.map((c) => c.id)).toEqual(items.map((c) => c.id));
    expect(stderr).toBe(`cursor: ${cursor}\n`);
  });

  it('refuses a bad cursor, a bad since and unknown parameters, and needs a key', async () => {
    for (const q of ['cursor=bogus', `cursor=${Buffer.from('{"day":"x"}').toString('base64url')}`, 'since=yesterday', 'limit=0', 'limit=501', 'from=2026-01-01']) {
      const res = await get(q);
      expect(res.status, q).toBe(400);
      expect((await res.json()).detail).toBeTruthy();
    }
    expect((await s.app.request('/changes')).status).toBe(401);
  });
});
