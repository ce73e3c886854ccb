import { describe, expect, it } from 'vitest';
import { useLocalStack, SCRAPER_KEY as SCRAPER_KEY_FOR_CLI } from '../helpers/stack.js';
import { seed } from '../helpers/seeds.js';
import { objectCreatedBody, sqsEvent } from '../../shared/local/local-queue.js';
import { articleIdFor, rawKeyFor } from '../../shared/services/ingest.js';
import { siblingArticle } from '../helpers/sibling-events.js';
import { captureOutput } from '../helpers/output.js';
import { serveApp } from '../helpers/serve.js';
import { storiesCommand } from '../../shared/cli/stories-command.js';

/**
 * Two copies processed at the same moment (two Lambdas) must end in one
 * story. The raw uploads are written first; then both S3 notifications are
 * handed to the process handler at once, with no ordering between them.
 */
describe('concurrent processing', () => {
  // Events are handed to the handler by the test, not by s3rver, to control timing.
  const stack = useLocalStack({ deliverS3Events: false });

  async function upload(body: string, receivedAt: string) {
    const buf = Buffer.from(body);
    const id = articleIdFor(buf);
    const { pendingRecord } = await import('../../shared/schemas/record.js');
    await stack().services.articles.createPending(pendingRecord(id, rawKeyFor(id), 'text', {}, receivedAt));
    await stack().services.raw.putRaw(rawKeyFor(id), buf, 'text', {}, receivedAt);
    return id;
  }

  it('two copies of one wire story processed simultaneously share one story', async () => {
    await stack().delivery.drain();
    const now = new Date().toISOString();
    // Each round a fresh pair: two variants of one seed (the same text with a
    // different trailing line, so ids differ), a different seed each round.
    for (let round = 0; round < 4; round++) {
      const base = seed(['000', '002', '003', '004'][round]).body;
      const a = await upload(`${base}\nEdition ${round}a.`, now);
      const b = await upload(`${base}\nEdition ${round}b.`, now);
      const results = await Promise.all([a, b].map((id, i) => stack().processHandler(sqsEvent(`m${round}${i}`, objectCreatedBody(rawKeyFor(id))))));
      for (const r of results) expect(r.batchItemFailures).toEqual([]);
      const ra = await stack().services.queries.article(a);
      const rb = await stack().services.queries.article(b);
      expect(ra.storyId).toBeTruthy();
      expect(ra.storyId).toBe(rb.storyId);
      // Exactly one of the two is marked as the copy of the other: whichever
      // looked last saw the other, and records the relation either way.
      expect([ra.copyOf === b, rb.copyOf === a].filter(Boolean).length).toBe(1);
    }
    const list = await stack().services.queries.stories({ since: now.slice(0, 10), until: now.slice(0, 10), limit: 100, cursor: null });
    expect(list.items).toHaveLength(1);
    expect(list.items[0].size).toBe(8);
  });

  it('a copy processed before its original (events out of order) is marked a copy of it when the original is processed', async () => {
    // A story of its own, so that no earlier article of this file is its original.
    const base = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1}: engineers in Tallinn closed the old harbour bridge for repairs on Monday, and ferries will carry commuters across the bay until the steel deck of section ${i + 1} is replaced in the spring.`).join('\n\n');
    const t = Date.now();
    const original = await upload(`${base}\nOut of order, original.`, new Date(t).toISOString());
    const copy = await upload(`${base}\nOut of order, copy.`, new Date(t + 1000).toISOString());
    await stack().processHandler(sqsEvent('ooo-copy', objectCreatedBody(rawKeyFor(copy))));
    expect((await stack().services.queries.article(copy)).copyOf).toBeNull();
    await stack().processHandler(sqsEvent('ooo-original', objectCreatedBody(rawKeyFor(original))));
    const c = await stack().services.queries.article(copy);
    expect(c.copyOf).toBe(original);
    expect(c.assignment).toMatchObject({ signal: 'copy', articleId: original });
    expect((await stack().services.queries.article(original)).copyOf).toBeNull();
  });

  it('replaying an S3 event (at-least-once delivery) changes nothing', async () => {
    const id = await upload(seed('002').body, new Date().toISOString());
    const event = sqsEvent('replay', objectCreatedBody(rawKeyFor(id)));
    await stack().processHandler(event);
    const before = await stack().services.articles.get(id);
    const storyBefore = await stack().services.queries.story(before!.storyId!);
    await stack().processHandler(event);
    await stack().processHandler(sqsEvent('replay-2', objectCreatedBody(rawKeyFor(id))));
    const after = await stack().services.articles.get(id);
    expect(after).toEqual(before);
    const storyAfter = await stack().services.queries.story(before!.storyId!);
    expect(storyAfter.size).toBe(storyBefore.size);
  });

  it('a duplicate delivery running at the same moment is refused and retried, not double-counted', async () => {
    const id = await upload(`${seed('001').body}\nDuplicate delivery.`, new Date().toISOString());
    const [r1, r2] = await Promise.all(['d1', 'd2'].map((m) => stack().processHandler(sqsEvent(m, objectCreatedBody(rawKeyFor(id))))));
    const failures = [...r1.batchItemFailures, ...r2.batchItemFailures];
    expect(failures.length).toBeLessThanOrEqual(1);
    // The refused one is redelivered by SQS later: now it finds the work done.
    const r3 = await stack().processHandler(sqsEvent('d3', objectCreatedBody(rawKeyFor(id))));
    expect(r3.batchItemFailures).toEqual([]);
    const a = await stack().services.articles.get(id);
    const story = await stack().services.queries.story(a!.storyId!);
    expect(story.members.filter((m) => m.id === id)).toHaveLength(1);
    expect(story.size).toBe(story.members.length);
  });

  it('reports a failing message as a batch item failure, not the whole batch', async () => {
    const good = await upload(seed('003').body, new Date().toISOString());
    // Another worker holds this one: its message must come back later.
    const busy = await upload(`${seed('003').body}\nA later edition.`, new Date().toISOString());
    expect(await stack().services.articles.lease(busy, 'another-worker', 60_000)).toBe(true);
    const event = sqsEvent('good', objectCreatedBody(rawKeyFor(good)));
    event.Records.push({ ...sqsEvent('bad', objectCreatedBody(rawKeyFor(busy))).Records[0] });
    const res = await stack().processHandler(event);
    expect(res.batchItemFailures).toEqual([{ itemIdentifier: 'bad' }]);
    expect((await stack().services.articles.get(good))?.status).toBe('processed');
    expect((await stack().services.articles.get(busy))?.status).toBe('pending');
  });

  /** Sibling-event articles (two earthquakes, see the helper) as page text, uploaded but not processed. */
  async function siblings(order: string, tag: string, t = Date.now()) {
    const ids = new Map<string, string>();
    const counts: Record<string, number> = { S: 0, L: 0 };
    for (const e of order) {
      const n = counts[e]++;
      const a = siblingArticle(e === 'S' ? 'sulawesi' : 'lombok', n + 1000 * tag.length);
      ids.set(`${e}${n}`, await upload(`${a.title}\n\n${a.text}\n\nFiled ${tag} ${e}${n}.`, new Date(t + ids.size).toISOString()));
    }
    return ids;
  }

  /** Every processed record names the story its fingerprint is in, and the story lists it. */
  async function expectRecordsFollowFingerprints(ids: string[]) {
    const s = stack().services;
    for (const fp of await s.index.getFingerprints(ids, { consistent: true })) {
      const storyId = (await s.engine.resolve(fp.storyId))!.id;
      const article = await s.queries.article(fp.articleId);
      expect(article.storyId, fp.articleId).toBe(storyId);
      expect((await s.queries.story(storyId)).members.map((m) => m.id)).toContain(fp.articleId);
    }
  }

  it('a story split moves its members: their records, the story views and the change feed follow', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const ids = await siblings('SLSLSLSLSLSLSL', 'seq');
    for (const [name, id] of ids) {
      const res = await stack().processHandler(sqsEvent(`split-${name}`, objectCreatedBody(rawKeyFor(id))));
      expect(res.batchItemFailures).toEqual([]);
    }
    const storyOf = async (name: string) => (await stack().services.queries.article(ids.get(name)!)).storyId;
    const s = await storyOf('S0');
    const l = await storyOf('L0');
    expect(s).not.toBe(l);
    for (const name of ids.keys()) expect(await storyOf(name)).toBe(name.startsWith('S') ? s : l);
    const [sv, lv] = [await stack().services.queries.story(s!), await stack().services.queries.story(l!)];
    expect(sv.size).toBe(7);
    expect(lv.size).toBe(7);
    expect(lv.members.map((m) => m.id).sort()).toEqual([...ids].filter(([n]) => n.startsWith('L')).map(([, id]) => id).sort());
    expect(sv.apart).toEqual([l]);
    expect(lv.apart).toEqual([s]);
    // The story view says what told the events apart, on the half split off, and so does the CLI.
    expect([sv.splitOn, lv.splitOn].filter(Boolean)).toEqual([{ signal: 'terms', people: [], months: [] }]);
    const [off, kept] = sv.splitOn ? [s, l] : [l, s];
    const served = await serveApp((r) => stack().app.fetch(r));
    try {
      const listed = (await captureOutput(() => storiesCommand({ api: served.url, key: SCRAPER_KEY_FOR_CLI, limit: 5, json: false }))).stdout;
      expect(listed).toContain(`  split off ${kept}: different terms\n`);
      expect(listed).toContain(`  split from it: ${off}\n`);
    } finally {
      served.close();
    }
    // Each moved article's last change says where it went.
    const changes = (await stack().services.changes.read({ cursor: null, since, limit: 500, now: Date.now() + 60_000 })).items;
    for (const [name, id] of ids) {
      const last = changes.filter((c) => c.articleId === id).at(-1)!;
      expect(last.storyId, name).toBe(name.startsWith('S') ? s : l);
    }
    await expectRecordsFollowFingerprints([...ids.values()]);
  });

  it('a split that finds a moved member busy fails its event, and the redelivered event moves the record', async () => {
    // Three weeks back: out of reach of the stories the other tests made of these events.
    const ids = [...(await siblings('SLSLSLSLSLSLSL', 'busy', Date.now() - 21 * 86_400_000)).values()];
    const s = stack().services;
    let retried = 0;
    for (const [i, id] of ids.entries()) {
      // Every article processed before is held by another worker (a re-processing run, say).
      const held = ids.slice(0, i);
      for (const other of held) expect(await s.articles.lease(other, 'another-worker', 60_000)).toBe(true);
      const first = await stack().processHandler(sqsEvent(`busy-${i}`, objectCreatedBody(rawKeyFor(id))));
      for (const other of held) await s.articles.release(other, 'another-worker');
      if (first.batchItemFailures.length === 0) continue;
      // The split committed, but its moves could not be recorded: the article's own record waits for them.
      retried++;
      expect((await s.articles.get(id))?.status).toBe('pending');
      const again = await stack().processHandler(sqsEvent(`busy-${i}-again`, objectCreatedBody(rawKeyFor(id))));
      expect(again.batchItemFailures).toEqual([]);
    }
    expect(retried).toBe(1);
    await expectRecordsFollowFingerprints(ids);
    const stories = new Set(await Promise.all(ids.map(async (id) => (await s.queries.article(id)).storyId)));
    expect(stories.size).toBe(2);
  });

  it('articles of two sibling events processed two at a time: every record follows its fingerprint through splits', async () => {
    const ids = [...(await siblings('SLLSSLSLLSSLSLSL', 'pairs')).values()];
    for (let i = 0; i < ids.length; i += 2) {
      const results = await Promise.all(ids.slice(i, i + 2).map((id, j) => stack().processHandler(sqsEvent(`pair-${i}-${j}`, objectCreatedBody(rawKeyFor(id))))));
      for (const r of results) expect(r.batchItemFailures).toEqual([]);
    }
    await expectRecordsFollowFingerprints(ids);
    // They join the previous test's stories (the same two events): each story counts exactly the members it lists.
    const stories = new Set(await Promise.all(ids.map(async (id) => (await stack().services.queries.article(id)).storyId)));
    for (const id of stories) {
      const view = await stack().services.queries.story(id!);
      expect(view.size).toBe(view.members.length);
    }
  });
});
