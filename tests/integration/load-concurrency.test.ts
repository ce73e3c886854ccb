import { describe, expect, it } from 'vitest';
import { authed, useLocalStack } from '../helpers/stack.js';
import { seed } from '../helpers/seeds.js';
import { storedCounts } from '../helpers/stored.js';
import { LocalDelivery, objectCreatedBody } from '../../shared/local/local-queue.js';

/**
 * 50 copies of one wire story, posted at once and processed in parallel
 * (50 concurrent invocations, as 50 Lambdas): one story, 50 members, every
 * count agreeing.
 */
describe('50 copies at once', () => {
  const stack = useLocalStack({ deliverS3Events: false });

  it('end in exactly one story with 50 members and no lost update', async () => {
    const base = seed('000').body.split('\n');
    // Outlets re-headline, trim the last paragraph or two, and add a line of their own.
    const copies = Array.from({ length: 50 }, (_, i) =>
      [`Outlet ${i} headline: Xi and Putin talk by video`, ...base.slice(1, base.length - (i % 3)), `Published by outlet ${i}.`].join('\n'),
    );
    const responses = await Promise.all(
      copies.map((body, i) => stack().app.request(`/articles?source=Outlet%20${i}`, { method: 'POST', headers: authed(undefined, { 'content-type': 'text/plain' }), body })),
    );
    expect(responses.map((r) => r.status)).toEqual(copies.map(() => 202));
    const ids: string[] = await Promise.all(responses.map(async (r) => (await r.json()).id));
    expect(new Set(ids).size).toBe(50);

    // Every S3 event handed over at the same moment, 50 invocations at once.
    const parallel = new LocalDelivery(() => stack().processHandler, 5, 50);
    for (const id of ids) parallel.deliverBody(objectCreatedBody(`raw/${id}`));
    await parallel.drain();
    expect(parallel.deadLetters).toEqual([]);

    const records = await Promise.all(ids.map((id) => stack().services.articles.get(id)));
    expect(records.map((r) => r?.status)).toEqual(ids.map(() => 'processed'));
    const storyIds = new Set(await Promise.all(records.map(async (r) => (await stack().services.queries.story(r!.storyId!)).id)));
    expect(storyIds.size).toBe(1);
    const story = await stack().services.queries.story([...storyIds][0]);
    expect(story.size).toBe(50);
    expect(story.members.map((m) => m.id).sort()).toEqual([...ids].sort());
    expect(story.outlets).toHaveLength(50);
    // Every member but the first-arrived original is a copy of a member, never of itself.
    for (const m of story.members) if (m.copyOf) expect(ids).toContain(m.copyOf);
    expect(story.members.filter((m) => m.copyOf === m.id)).toEqual([]);
    const counts = await storedCounts(stack().services);
    expect(counts).toMatchObject({ raw: 50, articles: 50, byStatus: { processed: 50 } });
  }, 120_000);
});
