import { describe, expect, it } from 'vitest';
import { useLocalStack, authed, SCRAPER_KEY as SCRAPER_KEY_FOR_CLI } from '../helpers/stack.js';
import { FORBIDDEN, bodyLines, seedFiles, readSeed } from '../helpers/seeds.js';
import { captureOutput } from '../helpers/output.js';
import { serveApp } from '../helpers/serve.js';
import { storiesCommand } from '../../shared/cli/stories-command.js';
import { compareCommand } from '../../shared/cli/compare-command.js';

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

  it('shows what the outlet that ran the AP copy changed in it: paragraphs kept, edited word by word, added, dropped', async () => {
    const get = async (path: string) => stack().app.request(path, { headers: authed() });
    const views = await Promise.all([...ids.values()].map(async (id) => (await get(`/articles/${id}`)).json()));
    const copy = views.find((a) => a.copyOf);
    expect(copy).toBeTruthy();
    const res = await get(`/articles/${copy.id}/compare`);
    expect(res.status).toBe(200);
    const c = await res.json();
    expect(c).toMatchObject({ article: { id: copy.id }, original: { id: copy.copyOf }, isCopyOf: true, sameStory: true });
    // The two AP copies share about half their shingles, but most paragraphs survive in some form.
    expect(c.summary.same + c.summary.edited).toBeGreaterThanOrEqual(10);
    expect(c.summary.originalKept).toBeGreaterThan(0.4);
    expect(c.summary.originalKept).toBeLessThan(1);
    // British spelling in one copy, American in the other: an edit of one word.
    const spelling = c.paragraphs.find((p: { op: string; words?: Array<{ op: string; text: string }> }) => p.op === 'edited' && p.words!.some((w) => /stabili[sz]ing/.test(w.text) && w.op !== 'same'));
    const changed = (op: string) => spelling.words.filter((w: { op: string }) => w.op === op).map((w: { text: string }) => w.text.trim());
    expect([...changed('removed'), ...changed('added')]).toEqual(expect.arrayContaining(['stabilising', 'stabilizing']));
    expect(changed('removed')).not.toEqual(expect.arrayContaining(['stabilising', 'stabilizing']));
    // The comparison's paragraphs are the copy's text, and the dropped ones are the original's.
    const original = views.find((a) => a.id === copy.copyOf);
    expect(c.paragraphs.filter((p: { op: string }) => p.op !== 'removed').map((p: { text: string }) => p.text).join('\n\n')).toBe(copy.text.split(/\n\s*\n/).map((p: string) => p.replace(/\s+/g, ' ').trim()).join('\n\n'));
    for (const p of c.paragraphs.filter((x: { op: string }) => x.op === 'removed')) expect(original.text.replace(/\s+/g, ' ')).toContain(p.text);

    // Any two articles, with `with`; an article that copies none needs it.
    const rewrite = views.find((a) => !a.copyOf && a.id !== copy.copyOf)!;
    const other = await (await get(`/articles/${rewrite.id}/compare?with=${copy.copyOf}`)).json();
    expect(other).toMatchObject({ isCopyOf: false, sameStory: true, original: { id: copy.copyOf } });
    const needsWith = await get(`/articles/${rewrite.id}/compare`);
    expect(needsWith.status).toBe(400);
    expect((await needsWith.json()).detail).toMatch(/copies no other article.*\?with=/);
    expect((await get(`/articles/${copy.id}/compare?with=${copy.id}`)).status).toBe(400);
    expect((await get(`/articles/${copy.id}/compare?with=nope`)).status).toBe(404);
    expect((await get(`/articles/${copy.id}/compare?against=${rewrite.id}`)).status).toBe(400);

    // The CLI: `stories` lists the ids `compare` takes.
    const served = await serveApp((r) => stack().app.fetch(r));
    try {
      const api = { api: served.url, key: SCRAPER_KEY_FOR_CLI };
      const listed = (await captureOutput(() => storiesCommand({ ...api, limit: 5, json: false }))).stdout;
      expect(listed).toContain(`  ${copy.id}  `);
      expect(listed).toMatch(new RegExp(`${copy.id} .*copy of ${copy.copyOf.slice(0, 8)}`));
      const shown = (await captureOutput(() => compareCommand(copy.id, { ...api, json: false, full: false }))).stdout.split('\n');
      expect(shown[0]).toBe(`${copy.id} (${copy.outlet}) compared with ${copy.copyOf} (${original.outlet}), the article it copies`);
      expect(shown[1]).toMatch(new RegExp(`^kept ${Math.round(c.summary.originalKept * 100)}% of the original: ${c.summary.same} kept, .* ${c.summary.removed} removed paragraph`));
      expect(shown.filter((l) => l.startsWith('~ ')).length).toBe(c.summary.edited);
      expect(shown.some((l) => /\[-stabili[sz]ing-\]\{\+stabili[sz]ing\+\} factor/.test(l))).toBe(true);
    } finally {
      served.close();
    }

    // An article not processed yet has no text to compare.
    const pending = await (await stack().app.request('/articles', { method: 'POST', headers: authed(undefined, { 'content-type': 'text/plain' }), body: 'A page uploaded a moment ago, before the processing ran over it. It has sentences.' })).json();
    const early = await get(`/articles/${pending.id}/compare?with=${copy.id}`);
    expect(early.status).toBe(409);
    expect((await early.json()).detail).toMatch(/is pending.*once it is processed/);
    await stack().delivery.drain();
  });
});
