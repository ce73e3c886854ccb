import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { authed, useLocalStack } from '../helpers/stack.js';
import { seed } from '../helpers/seeds.js';
import { FaultProxy, type ProxiedRequest } from '../helpers/fault-proxy.js';
import { storedCounts } from '../helpers/stored.js';
import { LocalDelivery, objectCreatedBody, sqsEvent } from '../../shared/local/local-queue.js';
import { rawKeyFor } from '../../shared/services/ingest.js';
import type { ServiceSet } from '../../shared/local/stack.js';

/**
 * Faults injected on the wire: the services talk to DynamoDB Local and s3rver
 * through proxies that throttle, fail with 5xx, reset connections or go away
 * altogether, as the real services and networks do.
 */
describe('faults in DynamoDB and S3', () => {
  const stack = useLocalStack({ deliverS3Events: false });
  let ddb: FaultProxy;
  let s3: FaultProxy;
  let faulty: ServiceSet;
  let api: ServiceSet;

  beforeAll(async () => {
    ddb = await FaultProxy.start(stack().env.DYNAMODB_ENDPOINT, 'dynamodb');
    s3 = await FaultProxy.start(stack().env.S3_ENDPOINT, 's3');
    const env = { DYNAMODB_ENDPOINT: ddb.endpoint, S3_ENDPOINT: s3.endpoint, LEASE_SECONDS: '1' };
    faulty = stack().withServices({ env, takeEvents: false });
    // As on Lambda (functions/api/index.ts): few attempts, then 503.
    api = stack().withServices({ env, maxAttempts: 3, takeEvents: false });
  });
  afterAll(async () => {
    await ddb?.stop();
    await s3?.stop();
  });

  let edition = 0;
  /** A new copy of the AP story (distinct bytes, same story), stored through the healthy stores. */
  async function upload(): Promise<string> {
    const text = `${seed('000').body}\nEdition ${++edition}.`;
    return (await stack().services.ingest.accept(text, 'text', { source: `Outlet ${edition}` })).id;
  }
  const processWith = (set: ServiceSet, id: string, messageId = `m-${id}`) => set.processHandler(sqsEvent(messageId, objectCreatedBody(rawKeyFor(id))));
  const isWrite = (r: ProxiedRequest) => r.write;

  async function expectConsistentStory(ids: string[]) {
    const records = await Promise.all(ids.map((id) => stack().services.articles.get(id)));
    for (const r of records) expect(r?.status).toBe('processed');
    const storyIds = new Set(records.map((r) => r!.storyId));
    for (const sid of storyIds) {
      const story = await stack().services.queries.story(sid!);
      expect(story.size).toBe(story.members.length);
      expect(new Set(story.members.map((m) => m.id)).size).toBe(story.members.length);
    }
    return storyIds;
  }

  it('retries DynamoDB throttling and 5xx with backoff, and the article completes', async () => {
    const id = await upload();
    let injected = 0;
    let writes = 0;
    // Every other write fails once (throttled, then a 5xx), so each is retried and then succeeds.
    ddb.decide = (r) => (r.write && injected < 6 && writes++ % 2 === 0 ? (injected++ % 2 ? 'server-error' : 'throttle') : 'pass');
    const res = await processWith(faulty, id);
    ddb.heal();
    expect(injected).toBe(6);
    expect(res.batchItemFailures).toEqual([]);
    await expectConsistentStory([id]);
  });

  it('after the retry budget the message fails back to SQS, reaches the dead-letter queue, and nothing is marked processed', async () => {
    const id = await upload();
    ddb.failWhen((r) => r.operation === 'TransactWriteItems' || r.operation === 'PutItem', 'throttle');
    const first = await processWith(api, id, 'budget');
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: 'budget' }]);
    expect((await stack().services.articles.get(id))?.status).toBe('pending');
    // SQS redelivers, then moves the message to the DLQ after maxReceiveCount.
    const dlq = new LocalDelivery(() => api.processHandler, 2);
    dlq.deliverBody(objectCreatedBody(rawKeyFor(id)));
    await dlq.drain();
    expect(dlq.deadLetters).toHaveLength(1);
    expect((await stack().services.articles.get(id))?.status).toBe('pending');
    // Redrive once the table answers again: processed exactly once.
    ddb.heal();
    expect((await processWith(faulty, id)).batchItemFailures).toEqual([]);
    await expectConsistentStory([id]);
  });

  it('fails an S3 read back to the queue, and completes when S3 answers again', async () => {
    const id = await upload();
    s3.failWhen((r) => r.method === 'GET' && r.path.includes('/raw/'), 'server-error');
    const res = await processWith(api, id, 's3-read');
    s3.heal();
    expect(res.batchItemFailures).toEqual([{ itemIdentifier: 's3-read' }]);
    expect((await stack().services.articles.get(id))?.status).toBe('pending');
    expect((await processWith(faulty, id)).batchItemFailures).toEqual([]);
    await expectConsistentStory([id]);
  });

  it('fails an article whose raw object was deleted by hand, once, without a retry loop', async () => {
    const id = await upload();
    await stack().services.s3.send(new DeleteObjectCommand({ Bucket: stack().config.BUCKET_NAME, Key: rawKeyFor(id) }));
    for (let delivery = 0; delivery < 2; delivery++) expect((await processWith(faulty, id)).batchItemFailures).toEqual([]);
    const a = await stack().services.queries.article(id);
    expect(a).toMatchObject({ status: 'failed', reason: expect.stringMatching(/raw upload raw\/\w+ is missing/) });
  });

  it('keeps a processed article whose raw object was deleted later, and says so when asked to re-process it', async () => {
    const id = await upload();
    expect((await processWith(faulty, id)).batchItemFailures).toEqual([]);
    const before = await stack().services.articles.get(id);
    await stack().services.s3.send(new DeleteObjectCommand({ Bucket: stack().config.BUCKET_NAME, Key: rawKeyFor(id) }));
    const v2 = stack().withServices({ pipelineVersion: before!.pipelineVersion! + 1, takeEvents: false });
    // A replayed event is dropped, not retried; a forced re-run reports the missing object.
    expect((await processWith(v2, id)).batchItemFailures).toEqual([]);
    await expect(v2.services.process.processKey(rawKeyFor(id), { force: true })).rejects.toThrow(/missing from the bucket/);
    expect(await stack().services.articles.get(id)).toEqual(before);
    const story = await stack().services.queries.story(before!.storyId!);
    expect(story.members.map((m) => m.id)).toContain(id);
  });

  it('ignores the same S3 event delivered twice, out of order, and after re-processing', async () => {
    const a = await upload();
    const b = await upload();
    for (const id of [b, a, a, b]) expect((await processWith(faulty, id)).batchItemFailures).toEqual([]);
    const before = await Promise.all([a, b].map((id) => stack().services.articles.get(id)));
    const story = await stack().services.queries.story(before[0]!.storyId!);
    // Re-processed by a newer pipeline, then the old events arrive again, at the new and the old pipeline.
    const v2 = stack().withServices({ pipelineVersion: before[0]!.pipelineVersion! + 1, takeEvents: false });
    for (const id of [a, b]) expect(await v2.services.process.processKey(rawKeyFor(id), { force: true })).toBe('processed');
    const reprocessed = await Promise.all([a, b].map((id) => stack().services.articles.get(id)));
    for (const set of [v2, faulty]) for (const id of [b, a]) expect((await processWith(set, id)).batchItemFailures).toEqual([]);
    expect(await Promise.all([a, b].map((id) => stack().services.articles.get(id)))).toEqual(reprocessed);
    const after = await stack().services.queries.story(reprocessed[0]!.storyId!);
    expect(after.members.map((m) => m.id).sort()).toEqual(story.members.map((m) => m.id).sort());
    expect(after.size).toBe(story.size);
  });

  it('completes an article and its story exactly once when the worker dies after any write', async () => {
    // Count the writes one article makes when nothing fails.
    const probe = await upload();
    const start = ddb.seen.length + s3.seen.length;
    const seenWrites = () => ddb.seen.filter(isWrite).length + s3.seen.filter(isWrite).length;
    const w0 = seenWrites();
    await processWith(faulty, probe);
    const writes = seenWrites() - w0;
    expect(writes).toBeGreaterThan(3);
    expect(ddb.seen.length + s3.seen.length).toBeGreaterThan(start);

    const ids: string[] = [probe];
    // Every phase boundary (lease, copy-index announcements, the join, postings,
    // the article record, the release): the first and last writes one by one,
    // the parallel bucket writes between them sampled.
    const points = [...new Set([0, 1, 2, 3, 4, 5, ...Array.from({ length: writes }, (_, i) => i).filter((i) => i % 4 === 0), writes - 3, writes - 2, writes - 1])];
    for (const k of points) {
      const id = await upload();
      ids.push(id);
      // The process dies after its k-th write: every request after it fails, the lease stays held.
      let left = k;
      const die = (r: ProxiedRequest) => (left <= 0 ? 'reset' : (r.write && left--, 'pass')) as 'reset' | 'pass';
      ddb.decide = die;
      s3.decide = die;
      const crashed = await processWith(api, id, `crash-${k}`);
      ddb.heal();
      s3.heal();
      expect(crashed.batchItemFailures).toEqual([{ itemIdentifier: `crash-${k}` }]);
      // SQS redelivers after the visibility timeout; by then the dead worker's lease has lapsed.
      await new Promise((r) => setTimeout(r, 1100));
      expect((await processWith(faulty, id, `replay-${k}`)).batchItemFailures).toEqual([]);
    }
    const stories = await expectConsistentStory(ids);
    expect(stories.size).toBe(1);
    const story = await stack().services.queries.story([...stories][0]!);
    for (const id of ids) expect(story.members.filter((m) => m.id === id)).toHaveLength(1);
  }, 120_000);

  it('keeps what a batch stored before S3 failed, says so, and takes the same batch again', async () => {
    const pages = [1, 2, 3, 4].map((n) => `${seed('003').body}\nBatch outage edition ${n}.`);
    const post = () => api.app.request('/articles/batch', { method: 'POST', headers: authed(undefined, { 'content-type': 'application/json' }), body: JSON.stringify({ articles: pages.map((text) => ({ text })) }) });
    const before = await storedCounts(stack().services);
    // Two raw objects go in, then S3 fails every write (through the client's retries).
    let puts = 0;
    s3.failWhen((r) => r.write && ++puts > 2, 'server-error');
    const res = await post();
    s3.heal();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    const problem = await res.json();
    expect(problem).toMatchObject({ stored: 2, total: 4 });
    expect(problem.detail).toMatch(/2 of the 4 distinct pages were stored.*same batch again/);
    const after = await storedCounts(stack().services);
    expect(after.raw - before.raw).toBe(2);
    const again = await post();
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ accepted: 2, duplicates: 2 });
    expect((await storedCounts(stack().services)).raw - before.raw).toBe(4);
  });

  it('answers 503 with a retry hint while DynamoDB or S3 is down, stores nothing, and recovers', async () => {
    const text = `${seed('002').body}\nOutage edition.`;
    const post = () => api.app.request('/articles', { method: 'POST', headers: authed(undefined, { 'content-type': 'text/plain' }), body: text });
    const before = await storedCounts(stack().services);
    for (const proxy of [s3, ddb]) {
      await proxy.stop();
      // Reads touch only the table; uploads touch both.
      const tried = proxy === ddb ? [await post(), await api.app.request('/stories', { headers: authed() })] : [await post()];
      for (const res of tried) {
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        const body = await res.json();
        expect(body.detail).toMatch(/retry/i);
        expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|\bat .+:\d+/);
      }
      await proxy.start();
    }
    expect(await storedCounts(stack().services)).toEqual(before);
    const res = await post();
    expect(res.status).toBe(202);
    expect((await api.app.request('/stories', { headers: authed() })).status).toBe(200);
  });
});
