import { describe, expect, it } from 'vitest';
import { useLocalStack, authed } from '../helpers/stack.js';
import { FORBIDDEN, bodyLines, seedFiles, readSeed } from '../helpers/seeds.js';

/** The five seeds through the HTTP API, S3 events and the process handler, on DynamoDB Local and s3rver. */
describe('seeds end to end', () => {
  const stack = useLocalStack();
  const ids = new Map<string, string>();

  it('accepts the five uploads', async () => {
    for (const f of seedFiles()) {
      const res = await stack().app.request(`/articles?source=seed-${f.slice(0, 3)}`, {
        method: 'POST',
        headers: authed(undefined, { 'content-type': 'text/plain; charset=utf-8' }),
        body: readSeed(f),
      });
      expect(res.status).toBe(202);
      const body = await res.json();
      expect(body).toMatchObject({ status: 'pending', duplicate: false });
      expect(body.rawKey).toBe(`raw/${body.id}`);
      ids.set(f.slice(0, 3), body.id);
    }
    await stack().delivery.drain();
  });

  it('makes exactly one story with the five articles', async () => {
    const list = await (await stack().app.request('/stories', { headers: authed() })).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0].size).toBe(5);
    const story = await (await stack().app.request(`/stories/${list.items[0].id}`, { headers: authed() })).json();
    expect(story.members.map((m: { id: string }) => m.id).sort()).toEqual([...ids.values()].sort());
    expect(story.canonical.id).toBe(story.canonicalArticleId);
    // Each member names the story it joined: this one, or one merged into it.
    for (const m of story.members) expect([story.id, ...story.mergedFrom]).toContain(m.joinedStory);
  });

  it('stores clean text: no boilerplate, every body paragraph kept', async () => {
    for (const [prefix, id] of ids) {
      const a = await (await stack().app.request(`/articles/${id}`, { headers: authed() })).json();
      expect(a.status).toBe('processed');
      for (const s of FORBIDDEN) expect(a.text).not.toContain(s);
      const file = seedFiles().find((f) => f.startsWith(prefix))!;
      for (const line of bodyLines(prefix, readSeed(file))) expect(a.text).toContain(line);
    }
  });

  it('normalises the scraper date prefix', async () => {
    const a = await (await stack().app.request(`/articles/${ids.get('001')}`, { headers: authed() })).json();
    expect(a.publishedAt).toBe('2026-02-04');
    expect(a.signOff).toBe('Moritsugu reported from Beijing.');
  });

  it('every article points to its story and the story lists it back', async () => {
    const storyIds = new Set<string>();
    for (const id of ids.values()) {
      const a = await (await stack().app.request(`/articles/${id}`, { headers: authed() })).json();
      storyIds.add(a.storyId);
      expect(a.assignment.signal).toMatch(/^(new|copy|terms)$/);
    }
    expect(storyIds.size).toBe(1);
  });
});
