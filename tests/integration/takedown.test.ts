import { describe, expect, it } from 'vitest';
import { ADMIN_KEY, SCRAPER_KEY, authed, useLocalStack } from '../helpers/stack.js';
import { seed, seedFiles, readSeed } from '../helpers/seeds.js';
import { RawUploadMissing } from '../../shared/errors.js';
import { removeCommand } from '../../shared/cli/remove-command.js';
import { captureOutput } from '../helpers/output.js';
import { serveApp } from '../helpers/serve.js';

/**
 * Taking an article down on the local stack (DynamoDB Local, s3rver): what
 * a newsroom's legal request needs. Nothing of the page may stay readable,
 * its story must read as if it had never run, and the page must not come
 * back through a scraper's re-upload or a re-processing job.
 */
describe('taking an article down', () => {
  const stack = useLocalStack();
  const req = (path: string, init?: RequestInit) => stack().app.request(path, init);
  const json = (key: string) => authed(key, { 'content-type': 'application/json' });
  const remove = (id: string, body: unknown = { reason: 'DMCA notice 2026-11-23' }, key = ADMIN_KEY) =>
    req(`/articles/${id}`, { method: 'DELETE', headers: json(key), body: JSON.stringify(body) });
  const ids = new Map<string, string>();
  let storyId = '';
  let removed = '';

  it('ingests the seeds into one story', async () => {
    for (const [i, f] of seedFiles().entries()) {
      const res = await req(`/articles?source=Outlet${i}&url=https://outlet${i}.example/story`, { method: 'POST', headers: authed(SCRAPER_KEY, { 'content-type': 'text/plain' }), body: readSeed(f) });
      ids.set(f.slice(0, 3), (await res.json()).id);
    }
    await stack().delivery.drain();
    const article = await (await req(`/articles/${ids.get('000')}`, { headers: authed() })).json();
    storyId = article.storyId;
    const story = await (await req(`/stories/${storyId}`, { headers: authed() })).json();
    expect(story.size).toBe(5);
    removed = story.canonical.id;
  });

  it('refuses scraper keys, a missing reason and unknown ids, changing nothing', async () => {
    expect((await remove(removed, { reason: 'x' }, SCRAPER_KEY)).status).toBe(403);
    const noReason = await remove(removed, {});
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).detail).toMatch(/reason/);
    const unknownField = await remove(removed, { reason: 'x', why: 'y' });
    expect(unknownField.status).toBe(400);
    expect((await remove('0'.repeat(32))).status).toBe(404);
    // A worker processing the article holds its lease: the removal asks to be sent again, and changes nothing.
    const articles = stack().services.articles;
    expect(await articles.lease(removed, 'a-worker', 60_000)).toBe(true);
    const busy = await remove(removed);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('5');
    expect((await busy.json()).detail).toMatch(/being processed.*again/);
    await articles.release(removed, 'a-worker');
    expect((await req(`/articles/${removed}`, { headers: authed() })).status).toBe(200);
    expect((await (await req(`/stories/${storyId}`, { headers: authed() })).json()).size).toBe(5);
  });

  it("removes the canonical article: its story is recounted without it, and nothing of the page stays", async () => {
    const before = await stack().services.articles.get(removed, { consistent: true });
    const beforeStory = await (await req(`/stories/${storyId}`, { headers: authed() })).json();
    const res = await remove(removed);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ id: removed, status: 'removed', reason: 'DMCA notice 2026-11-23', storyId, url: before!.upload.url });

    const gone = await req(`/articles/${removed}`, { headers: authed() });
    expect(gone.status).toBe(410);
    expect((await gone.json()).detail).toMatch(/removed on .*DMCA notice 2026-11-23/);
    // Nor can its text be compared with another's, from either side.
    const other = (await (await req(`/stories/${storyId}`, { headers: authed() })).json()).members.find((m: { id: string }) => m.id !== removed).id;
    expect((await req(`/articles/${removed}/compare?with=${other}`, { headers: authed() })).status).toBe(410);
    expect((await req(`/articles/${other}/compare?with=${removed}`, { headers: authed() })).status).toBe(410);

    const story = await (await req(`/stories/${storyId}`, { headers: authed() })).json();
    expect(story.size).toBe(4);
    expect(story.members.map((m: { id: string }) => m.id)).not.toContain(removed);
    expect(story.canonical.id).not.toBe(removed);
    expect(story.canonicalArticleId).toBe(story.canonical.id);
    // The title is the new canonical article's, and the removed outlet is no longer listed.
    expect(story.title).toBe(story.canonical.title);
    expect(story.outlets).not.toContain(before!.outlet);
    expect(story.outlets).toHaveLength(beforeStory.outlets.length - 1);
    expect(story.copySets.flatMap((s: { original: string; copies: string[] }) => [s.original, ...s.copies])).not.toContain(removed);
    const listed = await (await req('/stories', { headers: authed() })).json();
    expect(listed.items.find((s: { id: string }) => s.id === storyId)).toMatchObject({ size: 4, canonicalArticleId: story.canonical.id });

    // The raw upload, the fingerprint and the record's content are erased; the tombstone keeps who, when and why.
    await expect(stack().services.raw.getRaw(before!.rawKey)).rejects.toBeInstanceOf(RawUploadMissing);
    expect(await stack().services.index.getFingerprints([removed], { consistent: true })).toEqual([]);
    const tombstone = await stack().services.articles.get(removed, { consistent: true });
    expect(tombstone).toMatchObject({ status: 'removed', reason: 'DMCA notice 2026-11-23', text: null, title: null, storyId: null, copyOf: null, contentHash: null });
    expect(tombstone!.upload).toEqual({ url: before!.upload.url, source: before!.upload.source });
  });

  it('a re-upload of the same page is answered "removed" and erased again, and a repeated removal changes nothing', async () => {
    const { body } = seed(removed === ids.get('000') ? '000' : [...ids].find(([, id]) => id === removed)![0]);
    const res = await req('/articles?source=Again', { method: 'POST', headers: authed(SCRAPER_KEY, { 'content-type': 'text/plain' }), body });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: removed, status: 'removed', duplicate: true });
    await stack().delivery.drain();
    const tombstone = await stack().services.articles.get(removed, { consistent: true });
    await expect(stack().services.raw.getRaw(tombstone!.rawKey)).rejects.toBeInstanceOf(RawUploadMissing);
    expect((await req(`/articles/${removed}`, { headers: authed() })).status).toBe(410);

    const batch = await req('/articles/batch', { method: 'POST', headers: json(SCRAPER_KEY), body: JSON.stringify({ articles: [{ text: body }] }) });
    expect((await batch.json()).results[0]).toMatchObject({ id: removed, status: 'removed', duplicate: true });
    await stack().delivery.drain();

    // Another scrape of the page (other bytes) is a new article, and no copy of the removed one: its fingerprint is gone.
    const other = await (await req('/articles?source=Again', { method: 'POST', headers: authed(SCRAPER_KEY, { 'content-type': 'text/plain' }), body: `${body}\nUpdated at 10:00.` })).json();
    await stack().delivery.drain();
    const copy = await (await req(`/articles/${other.id}`, { headers: authed() })).json();
    expect(copy.status).toBe('processed');
    expect(copy.copyOf).not.toBe(removed);
    expect(copy.assignment.articleId).not.toBe(removed);
    expect((await remove(other.id, { reason: 'same notice' })).status).toBe(200);

    const again = await remove(removed, { reason: 'a second notice' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'removed', reason: 'DMCA notice 2026-11-23', removedAt: tombstone!.removedAt });
    expect((await (await req(`/stories/${storyId}`, { headers: authed() })).json()).size).toBe(4);
  });

  it('a re-processing job leaves the removed article gone and its story as it is', async () => {
    const s = stack().services;
    const job = await s.reprocess.start({ mode: 'all' });
    await stack().delivery.drain();
    const done = await s.reprocess.get(job.id);
    expect(done.state).toBe('finished');
    expect(done.totals.enqueued).toBe(4);
    expect((await req(`/articles/${removed}`, { headers: authed() })).status).toBe(410);
    const story = await (await req(`/stories/${storyId}`, { headers: authed() })).json();
    expect(story.size).toBe(4);
    expect(story.members.map((m: { id: string }) => m.id)).not.toContain(removed);
  });

  it('removing every member (with the CLI) empties the story: it is no longer listed or shown', async () => {
    const app = stack().app;
    const served = await serveApp((r) => app.fetch(r));
    const rest = [...ids.values()].filter((id) => id !== removed);
    const { result: code, stdout, stderr } = await captureOutput(() => removeCommand([...rest, 'f'.repeat(32)], { api: served.url, key: ADMIN_KEY, reason: 'retracted' })).finally(served.close);
    // The unknown id is named and fails the run; the others are removed, a line each.
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(rest.length);
    for (const id of rest) expect(stdout).toContain(`removed ${id} (https://outlet`);
    expect(stderr).toMatch(/^f{32}: HTTP 404: No article has id/);
    expect((await req(`/stories/${storyId}`, { headers: authed() })).status).toBe(404);
    const listed = await (await req('/stories', { headers: authed() })).json();
    expect(listed.items.map((s: { id: string }) => s.id)).not.toContain(storyId);
    for (const id of ids.values()) expect(await stack().services.index.getFingerprints([id], { consistent: true })).toEqual([]);
  });
});
