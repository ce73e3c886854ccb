import { describe, expect, it } from 'vitest';
import { ADMIN_KEY, authed, useLocalStack } from '../helpers/stack.js';
import { readSeed, seed, seedFiles } from '../helpers/seeds.js';
import { MemoryMetrics } from '../../shared/adapters/memory/metrics.js';

/**
 * The pipeline's metrics, counted by the services on the local stack as
 * the Lambda functions count them: uploads, outcomes, how each article
 * joined its story, versions, removals, and one write per invocation.
 */
describe('pipeline metrics', () => {
  const stack = useLocalStack();
  const metrics = new MemoryMetrics();
  const set = () => stack().withServices({ metrics });
  let services: ReturnType<typeof set>;
  let first = '';

  it('count uploads, processing outcomes and how each article joined its story', async () => {
    services = set();
    const post = (body: string, query = '') => services.app.request(`/articles${query}`, { method: 'POST', headers: authed(undefined, { 'content-type': 'text/plain' }), body });
    const ids: string[] = [];
    for (const f of seedFiles()) {
      const { id } = await (await post(readSeed(f))).json();
      ids.push(id);
      first ||= id;
    }
    await post(seed('000').body);
    const batch = { articles: [{ text: `${seed('001').body}\nAn update.` }, { text: seed('002').body }] };
    const accepted = await (await services.app.request('/articles/batch', { method: 'POST', headers: authed(undefined, { 'content-type': 'application/json' }), body: JSON.stringify(batch) })).json();
    await post('<html><body><nav><a href="/">Home</a></nav></body></html>');
    await services.delivery.drain();
    expect(metrics.total('UploadsAccepted')).toBe(7);
    expect(metrics.total('UploadsDuplicate')).toBe(2);
    expect(metrics.total('ArticlesProcessed')).toBe(6);
    expect(metrics.total('ArticlesFailed')).toBe(1);
    // Every processed article joined its story one way.
    expect(metrics.total('CopiesDetected') + metrics.total('StoryJoins') + metrics.total('StoriesOpened')).toBe(6);
    // The seeds' AP copy and the update are copies. Uploads are processed
    // concurrently, as Lambda processes them: a copy processed before its
    // original joins as a story member and is marked when the original
    // arrives (adopted), so the count of copies detected on arrival is
    // anywhere from none to two; the copy relation is not.
    expect(metrics.total('CopiesDetected')).toBeLessThanOrEqual(2);
    for (const id of [ids[1], accepted.results[0].id]) expect((await services.services.queries.article(id)).copyOf, id).toBeTruthy();
    expect(metrics.total('StoriesOpened')).toBeGreaterThanOrEqual(1);
    expect(metrics.processingTimes).toHaveLength(6);
    expect(metrics.processingTimes.every((ms) => ms > 0)).toBe(true);
    // Written as each handler invocation ends: every batch delivered, plus nothing left unwritten.
    expect(metrics.flushes).toBeGreaterThanOrEqual(1);
  });

  it('count a replayed event as unchanged, a replaced version and a removal once', async () => {
    const before = metrics.total('ArticlesUnchanged');
    await services.services.process.processKey(`raw/${first}`);
    expect(metrics.total('ArticlesUnchanged')).toBe(before + 1);

    const url = 'https://daily.example/metrics';
    await services.services.ingest.accept(`${seed('004').body}\nFirst fetch.`, 'text', { url });
    await services.delivery.drain();
    const v2 = await services.services.ingest.accept(`${seed('004').body}\nSecond fetch.`, 'text', { url });
    await services.delivery.drain();
    expect(metrics.total('VersionsReplaced')).toBe(1);
    // Re-processing every article replaces the older version again, and counts nothing new.
    const job = await services.services.reprocess.start({ mode: 'all' });
    await services.delivery.drain();
    expect((await services.services.reprocess.get(job.id)).state).toBe('finished');
    expect(metrics.total('VersionsReplaced')).toBe(1);

    const del = () => services.app.request(`/articles/${v2.id}`, { method: 'DELETE', headers: authed(ADMIN_KEY, { 'content-type': 'application/json' }), body: JSON.stringify({ reason: 'test' }) });
    expect((await del()).status).toBe(200);
    expect((await del()).status).toBe(200);
    expect(metrics.total('ArticlesRemoved')).toBe(1);
  });
});
