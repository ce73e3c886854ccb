import { describe, expect, it } from 'vitest';
import { useLocalStack } from '../helpers/stack.js';
import { readSeed, seedFiles } from '../helpers/seeds.js';
import { devArticles } from '../helpers/corpus.js';
import { ReprocessService } from '../../shared/services/reprocess.js';
import type { QueueMessage, ReprocessJob } from '../../shared/schemas/job.js';
import type { Services } from '../../shared/adapters/wiring/index.js';
import { PIPELINE_VERSION } from '../../shared/services/pipeline-version.js';

const DEV = 150;
// The version ingestion runs (the deployed one), and the three after it.
const V = PIPELINE_VERSION;

/**
 * Re-processing on the local stack: seeds plus real articles ingested by
 * the current pipeline version V, re-processed by V+1, V+2, V+3 through the
 * same queue-driven fan-out the cloud runs.
 */
describe('re-processing', () => {
  const stack = useLocalStack();
  const ids: string[] = [];

  async function snapshot(services: Services) {
    const records = await Promise.all(ids.map((id) => services.articles.get(id)));
    const byStory = new Map<string, string[]>();
    for (const r of records) {
      expect(r).not.toBeNull();
      const s = await services.engine.resolve(r!.storyId!);
      expect(s).not.toBeNull();
      byStory.set(s!.id, [...(byStory.get(s!.id) ?? []), r!.id]);
    }
    // Every member points to its story and the story lists it back, with the right size.
    for (const [storyId, members] of byStory) {
      const view = await services.queries.story(storyId);
      expect(view.members.map((m) => m.id).sort()).toEqual([...members].sort());
      expect(view.size).toBe(members.length);
    }
    const partition = [...byStory.values()].map((m) => m.sort().join(',')).sort();
    return { records: records.map((r) => r!), partition };
  }

  async function runJob(services: Services, delivery: { drain(): Promise<void> }, mode: 'stale' | 'all' = 'stale'): Promise<ReprocessJob> {
    const job = await services.reprocess.start({ mode });
    await delivery.drain();
    return services.reprocess.get(job.id);
  }

  it('ingests the seeds and real articles with the current pipeline version', async () => {
    const s = stack().services;
    for (const f of seedFiles()) ids.push((await s.ingest.accept(readSeed(f), 'text', { source: 'seeds' })).id);
    for (const d of devArticles(DEV)) ids.push((await s.ingest.accept(d.text, 'text', { title: d.title, source: `ecb-${d.story.split('_')[0]}` })).id);
    await stack().delivery.drain();
    const { records } = await snapshot(s);
    expect(records.every((r) => r.status === 'processed' && r.pipelineVersion === V)).toBe(true);
    // Hundreds of articles through DynamoDB Local: 27 s on an idle two-core machine, over 60 on a busy one.
  }, 180_000);

  let v2Partition: string[] = [];
  it('a new pipeline version re-processes every article, keeping counts and membership consistent', async () => {
    const before = await snapshot(stack().services);
    const v2 = stack().withServices({ pipelineVersion: V + 1 });
    const job = await runJob(v2.services, v2.delivery);
    expect(job).toMatchObject({ state: 'finished', enumerated: true });
    expect(job.totals.enqueued).toBe(ids.length);
    expect(job.totals.failed).toBe(0);
    expect(job.totals.done + job.totals.unchanged).toBe(ids.length);
    const after = await snapshot(v2.services);
    expect(after.records.every((r) => r.pipelineVersion === V + 1)).toBe(true);
    expect(after.records).toHaveLength(before.records.length);
    // Raw uploads are untouched.
    for (const r of after.records.slice(0, 10)) expect((await v2.services.raw.getRaw(r.rawKey)).body.length).toBeGreaterThan(0);
    v2Partition = after.partition;
    // A second run finds nothing stale and changes nothing.
    const again = await runJob(v2.services, v2.delivery);
    expect(again).toMatchObject({ state: 'finished', totals: { enqueued: 0 } });
    // Its walk over every earlier version's empty shards takes a few page messages, not one per version and shard.
    expect(again.step).toBeLessThan(V + 1);
    expect((await snapshot(v2.services)).partition).toEqual(v2Partition);
  });

  it('a run killed in the middle resumes from its checkpoint to the same result as an uninterrupted one', async () => {
    const v3 = stack().withServices({ pipelineVersion: V + 2 });
    // A queue that holds messages instead of delivering them: the test is the Lambda runtime.
    const held: QueueMessage[] = [];
    const queue = { send: async (ms: QueueMessage[]) => void held.push(...ms) };
    const svc = new ReprocessService(v3.services.jobs, v3.services.enumerator, queue, v3.services.process, { ...v3.services.reprocessOptions, pageSize: 20 });
    const job = await svc.start({ mode: 'stale' });
    // Run a few messages, then "crash": the in-flight page message is lost.
    for (let i = 0; i < 6 && held.length; i++) await svc.handle(held.shift()!);
    held.length = 0;
    const mid = await svc.get(job.id);
    expect(mid.state).toBe('running');
    expect(mid.step).toBeGreaterThan(0);
    // The scheduled resume re-enqueues the page from the checkpoint; everything runs to the end.
    await svc.resume(job.id);
    while (held.length) await svc.handle(held.shift()!);
    const done = await svc.get(job.id);
    expect(done.state).toBe('finished');
    expect(done.totals.failed).toBe(0);
    const resumed = await snapshot(v3.services);
    expect(resumed.records.every((r) => r.pipelineVersion === V + 2)).toBe(true);

    const v4 = stack().withServices({ pipelineVersion: V + 3 });
    const uninterrupted = await runJob(v4.services, v4.delivery);
    expect(uninterrupted.state).toBe('finished');
    const final = await snapshot(v4.services);
    expect(final.records.every((r) => r.pipelineVersion === V + 3)).toBe(true);
    expect(resumed.partition).toEqual(final.partition);
    expect(final.partition).toEqual(v2Partition);
  });

  it('the scheduled handler starts a stale job and reports it', async () => {
    const res = await stack().reprocessHandler({ id: 'test-schedule' });
    expect(res.started).toBeTruthy();
    await stack().delivery.drain();
    const job = await stack().services.reprocess.get(res.started!);
    expect(job.state).toBe('finished');
  });

  it('counts a batch SQS delivers twice once', async () => {
    const v = stack().withServices({ pipelineVersion: V + 8 });
    const job = await v.services.reprocess.start({ mode: 'range', since: '2000-01-01', until: '2000-01-02' });
    await v.delivery.drain();
    const rawKeys = ids.slice(0, 3).map((id) => `raw/${id}`);
    expect(rawKeys).toHaveLength(3);
    const before = (await v.services.reprocess.get(job.id)).totals;
    // The same batch message, delivered twice (at-least-once), and once more at the same moment.
    await v.services.reprocess.handle({ kind: 'reprocess-batch', jobId: job.id, rawKeys });
    await Promise.all([1, 2].map(() => v.services.reprocess.handle({ kind: 'reprocess-batch', jobId: job.id, rawKeys: [...rawKeys].reverse() })));
    const after = (await v.services.reprocess.get(job.id)).totals;
    expect(after.done + after.unchanged + after.failed - (before.done + before.unchanged + before.failed)).toBe(3);
  });
});
