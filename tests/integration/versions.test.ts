import { describe, expect, it, vi } from 'vitest';
import { authed, useLocalStack } from '../helpers/stack.js';
import { seed, seedFiles, readSeed } from '../helpers/seeds.js';
import { devArticles } from '../helpers/corpus.js';
import { PageVersions } from '../../shared/services/versions.js';

/**
 * Re-scrapes of one page on the local stack: the latest version stands for
 * the page in its story, whatever order the versions are processed in, and
 * only uploads of the same URL in the same story count as versions. Events
 * are delivered by hand to choose the order.
 */
describe('versions of a page', () => {
  const stack = useLocalStack({ deliverS3Events: false });
  const services = () => stack().services;
  const uploaded: string[] = [];
  async function upload(text: string, url: string, source = 'Daily Example'): Promise<string> {
    const { id } = await services().ingest.accept(text, 'text', { url, source });
    uploaded.push(id);
    return id;
  }
  const processAll = (ids: string[]) => Promise.all(ids.map((id) => services().process.processKey(`raw/${id}`)));
  const record = async (id: string) => (await services().articles.get(id, { consistent: true }))!;
  const members = async (id: string) => {
    const r = await record(id);
    const story = await services().queries.story(r.storyId!);
    return { story, ids: story.members.map((m) => m.id).sort() };
  };
  // One dev article from each of four events, one for each scenario's page.
  const [a, b, c, d] = [...new Map(devArticles(200).map((x) => [x.story, x])).values()];

  it('a re-scrape replaces the earlier version in its story; the story counts the page once', async () => {
    const others = [];
    for (const [i, f] of seedFiles().entries()) if (!f.startsWith('003')) others.push(await upload(readSeed(f), `https://outlet${i}.example/story`, `Outlet ${i}`));
    const v1 = await upload(seed('003').body, 'https://daily.example/world/xi-putin?utm_source=newsletter');
    await processAll([...others, v1]);
    const before = await members(v1);
    expect(before.ids).toContain(v1);
    const v2 = await upload(`${seed('003').body}\nCorrection: an earlier version of this story misstated the date of the call.`, 'https://daily.example/world/xi-putin#comments');
    await processAll([v2]);
    const after = await members(v2);
    expect(after.story.id).toBe(before.story.id);
    expect(after.story.size).toBe(before.story.size);
    expect(after.ids).toEqual(before.ids.map((id) => (id === v1 ? v2 : id)).sort());
    expect([...after.story.outlets].sort()).toEqual([...before.story.outlets].sort());
    expect(await record(v1)).toMatchObject({ status: 'processed', supersededBy: v2, storyId: null });
    expect(await record(v2)).toMatchObject({ supersededBy: null, storyId: before.story.id });
    const view = await services().queries.article(v1);
    expect(view).toMatchObject({ supersededBy: v2, storyId: null });
    expect(view.text).toContain('Putin');
  });

  it('GET /articles?url= finds the latest version of a page, however the URL is tracked', async () => {
    const get = (q: string) => stack().app.request(`/articles?${q}`, { headers: authed() });
    const latest = await get(`url=${encodeURIComponent('https://daily.example/world/xi-putin?utm_campaign=feed&fbclid=1#top')}`);
    expect(latest.status).toBe(200);
    const body = await latest.json();
    expect(body).toMatchObject({ status: 'processed', supersededBy: null });
    expect((await record(body.id)).upload.url).toBe('https://daily.example/world/xi-putin#comments');
    const missing = await get(`url=${encodeURIComponent('https://daily.example/never')}`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).detail).toMatch(/No processed article was uploaded from https:\/\/daily.example\/never/);
    for (const q of ['', 'url=not-a-url', 'url=https://daily.example/a&id=1']) expect((await get(q)).status).toBe(400);
    expect((await stack().app.request('/articles?url=https://daily.example/a')).status).toBe(401);
  });

  it('versions processed newest first, or at the same moment, end the same way', async () => {
    // Each page from its own outlet here: an outlet's template is learned from lines its articles share.
    const url = 'https://daily.example/a';
    const w1 = await upload(a.text, url, 'Outlet A');
    const w2 = await upload(`${a.text}\nUpdated with the latest figures.`, url, 'Outlet A');
    await processAll([w2]);
    await processAll([w1]);
    expect(await record(w1)).toMatchObject({ supersededBy: w2, storyId: null });
    const { story, ids } = await members(w2);
    expect(ids).toEqual([w2]);
    expect(story.size).toBe(1);

    const x1 = await upload(b.text, 'https://daily.example/b', 'Outlet B');
    const x2 = await upload(`${b.text}\nThis story has been updated.`, 'https://daily.example/b', 'Outlet B');
    const x3 = await upload(`${b.text}\nThis story has been updated again.`, 'https://daily.example/b', 'Outlet B');
    await processAll([x3, x1, x2]);
    // Each older version names a newer one (x1 may name x2, which names x3), and the chain ends at the latest.
    const latestOf = async (id: string): Promise<string> => ((await record(id)).supersededBy ? latestOf((await record(id)).supersededBy!) : id);
    expect([(await record(x1)).supersededBy, (await record(x2)).supersededBy]).toEqual([expect.stringMatching(new RegExp(`^(${x2}|${x3})$`)), x3]);
    expect(await latestOf(x1)).toBe(x3);
    const latest = await members(x3);
    expect(latest.ids).toEqual([x3]);
    expect(latest.story.size).toBe(1);
  });

  it('are not versions: the same text from another URL (a pick-up), or another article at the same URL', async () => {
    const p1 = await upload(c.text, 'https://daily.example/c', 'Outlet C');
    const p2 = await upload(`${c.text}\nDistributed by a wire service.`, 'https://other.example/c', 'Other Paper');
    await processAll([p1]);
    await processAll([p2]);
    const both = await members(p1);
    expect(both.ids).toEqual([p1, p2].sort());
    expect((await record(p2)).copyOf).toBe(p1);
    // A live page's URL now serves another event's article: both stand, in their own stories.
    const live = 'https://daily.example/live';
    const l1 = await upload(a.text.split('\n').reverse().join('\n') + '\nLive coverage.', live, 'Live');
    await processAll([l1]);
    const l2 = await upload(c.text.split('\n').reverse().join('\n') + '\nLive coverage continues.', live, 'Live');
    await processAll([l2]);
    for (const id of [l1, l2, p1, p2]) expect((await record(id)).supersededBy).toBeNull();
    expect((await record(l1)).storyId).not.toBe((await record(l2)).storyId);
  });

  it('a worker that dies before the older version leaves its story: the replayed event finishes it', async () => {
    const y1 = await upload(d.text, 'https://daily.example/d', 'Outlet D');
    await processAll([y1]);
    const y2 = await upload(`${d.text}\nUpdated.`, 'https://daily.example/d', 'Outlet D');
    const crash = vi.spyOn(PageVersions.prototype, 'supersede').mockRejectedValueOnce(new Error('worker died'));
    await expect(processAll([y2])).rejects.toThrow('worker died');
    crash.mockRestore();
    expect((await record(y2)).status).toBe('processed');
    expect((await record(y1)).supersededBy).toBeNull();
    expect((await members(y2)).ids).toEqual([y1, y2].sort());
    // The redelivered event: the article is unchanged, and the older version now leaves.
    expect(await processAll([y2])).toEqual(['unchanged']);
    expect(await record(y1)).toMatchObject({ supersededBy: y2, storyId: null });
    const { story, ids } = await members(y2);
    expect(ids).toEqual([y2]);
    expect(story.size).toBe(1);
  });

  it('a re-processing job keeps the latest version in the story and the earlier ones out', async () => {
    const job = await services().reprocess.start({ mode: 'all' });
    await stack().delivery.drain();
    const done = await services().reprocess.get(job.id);
    expect(done.state).toBe('finished');
    expect(done.totals.failed).toBe(0);
    const superseded = [];
    for (const id of uploaded) {
      const r = await record(id);
      if (r.supersededBy) superseded.push(r);
      else expect(r.storyId).not.toBeNull();
    }
    expect(superseded).toHaveLength(5);
    for (const r of superseded) {
      expect(r.storyId).toBeNull();
      let latest = r;
      while (latest.supersededBy) latest = await record(latest.supersededBy);
      const newer = await members(latest.id);
      expect(newer.ids).not.toContain(r.id);
      expect(newer.story.size).toBe(newer.ids.length);
    }
  });

});
