import { describe, expect, it } from 'vitest';
import type { StoryIndex } from '../../shared/ports/story-index.js';
import type { Fingerprint, StoryState } from '../../shared/schemas/story.js';
import { StoryEngine } from '../../shared/dedupe/engine.js';
import { extractArticle } from '../../shared/extraction/index.js';
import { seedFiles, readSeed } from '../helpers/seeds.js';

/** One contract, every StoryIndex adapter: the engine may rely on exactly this. */
export function storyIndexContract(name: string, make: () => StoryIndex | Promise<StoryIndex>) {
  const story = (id: string, version = 1): StoryState => ({
    id, version, size: 1, centroid: { putin: 1 }, firstSeen: '2026-02-04T00:00:00Z', lastSeen: '2026-02-04T00:00:00Z',
    publishedFrom: null, publishedTo: null, canonicalId: 'a1', canonicalAt: '2026-02-04', title: 'T', outlets: ['o'], years: { '2026': 1 }, months: { '02': 1 },
    sample: ['a1'], mergedInto: null, mergedCount: 0, members: ['a1'], apart: [], splitBy: null, splitOn: null,
  });
  /** A member of story s1. */
  const fp = (id: string): Fingerprint => ({
    articleId: id, contentHash: 'h', engineVersion: 1, shingles: Uint32Array.from([1]), shingleMod: 1, terms: { xi: 1 }, years: [], months: [], people: {}, publishedAt: null,
    seenAt: '2026-02-04T00:00:00Z', outlet: null, storyId: 's1', copyOf: null, movedFrom: null, title: null,
    reason: { signal: 'new', score: 0, articleId: null, storyId: 's1', terms: [], jaccard: null, containment: null },
  });

  describe(`StoryIndex contract: ${name}`, () => {
    it('buckets are sets: adding twice keeps one member; missing buckets are absent', async () => {
      const ix = await make();
      const opts = { ttlDays: 30, cap: 64, at: new Date().toISOString() };
      await ix.addToBuckets(['k1', 'k2'], 'a', opts);
      await ix.addToBuckets(['k1'], 'a', opts);
      await ix.addToBuckets(['k1'], 'b', opts);
      const got = await ix.readBuckets(['k1', 'k2', 'k3']);
      expect([...got.get('k1')!].sort()).toEqual(['a', 'b']);
      expect(got.get('k2')).toEqual(['a']);
      expect(got.has('k3')).toBe(false);
    });

    it('a full bucket keeps its first members and takes no more; re-adding a member it holds is a no-op', async () => {
      const ix = await make();
      const opts = { ttlDays: 30, cap: 3, at: new Date().toISOString() };
      for (const m of ['m1', 'm2', 'm3', 'm4', 'm5']) await ix.addToBuckets(['hot', 'other'], m, opts);
      await ix.addToBuckets(['hot'], 'm2', opts);
      const got = await ix.readBuckets(['hot', 'other']);
      expect([...got.get('hot')!].sort()).toEqual(['m1', 'm2', 'm3']);
      expect([...got.get('other')!].sort()).toEqual(['m1', 'm2', 'm3']);
    });

    it('fingerprints round-trip, shingles (and how they were sampled) included', async () => {
      const ix = await make();
      const fp: Fingerprint = {
        articleId: 'a1', contentHash: 'h', engineVersion: 1, shingles: Uint32Array.from([4, 8, 96, 4000000000]), shingleMod: 4, terms: { putin: 0.5, xi: 0.5 },
        years: ['2026'], months: ['02'], people: { Jackson: 9, Williams: 2 }, publishedAt: null, seenAt: '2026-02-04T00:00:00Z', outlet: null, storyId: 's1', copyOf: null,
        reason: { signal: 'new', score: 0, articleId: null, storyId: 's1', terms: [], jaccard: null, containment: null }, movedFrom: null, title: null,
      };
      await ix.putFingerprint(fp);
      const [back] = await ix.getFingerprints(['a1', 'missing']);
      expect(back).toEqual(fp);
      expect(await ix.getFingerprints(['missing'])).toEqual([]);
    });

    it('a fingerprint write "unless copy" never erases a copy relation', async () => {
      const ix = await make();
      const fp: Fingerprint = {
        articleId: 'a2', contentHash: 'h', engineVersion: 1, shingles: Uint32Array.from([1, 2]), shingleMod: 1, terms: { xi: 1 },
        years: [], months: [], people: {}, publishedAt: null, seenAt: '2026-02-04T00:00:00Z', outlet: null, storyId: 's1', copyOf: null,
        reason: { signal: 'new', score: 0, articleId: null, storyId: 's1', terms: [], jaccard: null, containment: null }, movedFrom: null, title: null,
      };
      // None stored yet, then one without a relation: both writes go through.
      expect(await ix.putFingerprint(fp, { unlessCopy: true })).toBe(true);
      expect(await ix.putFingerprint({ ...fp, storyId: 's2' }, { unlessCopy: true })).toBe(true);
      const copy = { ...fp, storyId: 's2', copyOf: 'a1', reason: { ...fp.reason, signal: 'copy' as const, articleId: 'a1' } };
      expect(await ix.putFingerprint(copy)).toBe(true);
      // Now it records one: refused, and the relation stands.
      expect(await ix.putFingerprint({ ...fp, storyId: 's3' }, { unlessCopy: true })).toBe(false);
      const [back] = await ix.getFingerprints(['a2'], { consistent: true });
      expect(back.copyOf).toBe('a1');
      expect(back.storyId).toBe('s2');
    });

    it('a split moves the leaving fingerprints and writes both stories, all or nothing', async () => {
      const ix = await make();
      await ix.putStory({ ...story('s1'), size: 3, members: ['a1', 'a2', 'a3'] }, null);
      for (const id of ['a1', 'a2', 'a3']) await ix.putFingerprint(fp(id));
      const kept = { ...story('s1', 2), apart: ['s1.1'] };
      const split = { ...story('s1.1'), size: 2, canonicalId: 'a2', members: ['a2', 'a3'], apart: ['s1'] };
      const move = (id: string, from = 's1') => ({ fingerprint: { ...fp(id), storyId: 's1.1' }, fromStoryId: from });
      // A fingerprint that no longer names the story it was read in (moved meanwhile): nothing is written.
      expect(await ix.splitStory([{ story: kept, expectedVersion: 1 }, { story: split, expectedVersion: null }], [move('a2'), move('a3', 's9')])).toBe(false);
      // A story whose version moved on: nothing is written either.
      expect(await ix.splitStory([{ story: kept, expectedVersion: 7 }, { story: split, expectedVersion: null }], [move('a2'), move('a3')])).toBe(false);
      expect((await ix.getStories(['s1.1'])).has('s1.1')).toBe(false);
      expect((await ix.getFingerprints(['a2', 'a3'], { consistent: true })).map((f) => f.storyId)).toEqual(['s1', 's1']);
      expect(await ix.splitStory([{ story: kept, expectedVersion: 1 }, { story: split, expectedVersion: null }], [move('a2'), move('a3')])).toBe(true);
      expect((await ix.getFingerprints(['a1', 'a2', 'a3'], { consistent: true })).map((f) => f.storyId)).toEqual(['s1', 's1.1', 's1.1']);
      const got = await ix.getStories(['s1', 's1.1']);
      expect(got.get('s1')).toMatchObject({ version: 2, apart: ['s1.1'] });
      expect(got.get('s1.1')).toMatchObject({ version: 1, members: ['a2', 'a3'], apart: ['s1'] });
      // The same split again: the new story exists, so it is refused.
      expect(await ix.splitStory([{ story: { ...kept, version: 3 }, expectedVersion: 2 }, { story: split, expectedVersion: null }], [])).toBe(false);
    });

    it('moves members between two existing stories, each written only from its current version', async () => {
      const ix = await make();
      await ix.putStory({ ...story('s1'), size: 2, members: ['a1', 'a2'], apart: ['s2'] }, null);
      await ix.putStory({ ...story('s2'), size: 1, canonicalId: 'b1', members: ['b1'], apart: ['s1'] }, null);
      for (const id of ['a1', 'a2']) await ix.putFingerprint(fp(id));
      await ix.putFingerprint({ ...fp('b1'), storyId: 's2' });
      const from = { ...story('s1', 2), size: 1, members: ['a1'], apart: ['s2'] };
      const to = { ...story('s2', 2), size: 2, canonicalId: 'b1', members: ['b1', 'a2'], apart: ['s1'] };
      const move = [{ fingerprint: { ...fp('a2'), storyId: 's2' }, fromStoryId: 's1' }];
      // The receiving story moved on since it was read: nothing is written.
      expect(await ix.splitStory([{ story: from, expectedVersion: 1 }, { story: to, expectedVersion: 5 }], move)).toBe(false);
      expect((await ix.getFingerprints(['a2'], { consistent: true }))[0].storyId).toBe('s1');
      expect((await ix.getStories(['s1'])).get('s1')!.version).toBe(1);
      expect(await ix.splitStory([{ story: from, expectedVersion: 1 }, { story: to, expectedVersion: 1 }], move)).toBe(true);
      expect((await ix.getFingerprints(['a1', 'a2', 'b1'], { consistent: true })).map((f) => f.storyId)).toEqual(['s1', 's2', 's2']);
      const got = await ix.getStories(['s1', 's2']);
      expect(got.get('s1')).toMatchObject({ version: 2, members: ['a1'] });
      expect(got.get('s2')).toMatchObject({ version: 2, members: ['b1', 'a2'] });
    });

    it('story writes are optimistic: create once, update only from the current version', async () => {
      const ix = await make();
      expect(await ix.putStory(story('s1'), null)).toBe(true);
      expect(await ix.putStory(story('s1'), null)).toBe(false);
      expect(await ix.putStory(story('s1', 2), 1)).toBe(true);
      expect(await ix.putStory(story('s1', 3), 1)).toBe(false);
      expect((await ix.getStories(['s1'])).get('s1')!.version).toBe(2);
    });

    it('multi-story writes are all or nothing', async () => {
      const ix = await make();
      await ix.putStory(story('s1'), null);
      await ix.putStory(story('s2'), null);
      expect(await ix.putStories([{ story: story('s1', 2), expectedVersion: 1 }, { story: story('s2', 2), expectedVersion: 9 }])).toBe(false);
      const both = await ix.getStories(['s1', 's2']);
      expect(both.get('s1')!.version).toBe(1);
      expect(await ix.putStories([{ story: story('s1', 2), expectedVersion: 1 }, { story: { ...story('s2', 2), mergedInto: 's1' }, expectedVersion: 1 }])).toBe(true);
      expect((await ix.getStories(['s2'])).get('s2')!.mergedInto).toBe('s1');
    });

    it('a merge records its lineage in the same transaction, never in the story item', async () => {
      const ix = await make();
      await ix.putStory(story('s1'), null);
      await ix.putStory(story('s2'), null);
      await ix.putStory(story('s3'), null);
      const lineage = (loser: string) => ({ survivor: 's1', loser });
      // A refused merge leaves no lineage behind.
      expect(await ix.putStories([{ story: story('s1', 2), expectedVersion: 7 }, { story: { ...story('s2', 2), mergedInto: 's1' }, expectedVersion: 1 }], undefined, lineage('s2'))).toBe(false);
      expect(await ix.mergedInto('s1')).toEqual([]);
      expect(await ix.putStories([{ story: story('s1', 2), expectedVersion: 1 }, { story: { ...story('s2', 2), mergedInto: 's1' }, expectedVersion: 1 }], undefined, lineage('s2'))).toBe(true);
      expect(await ix.putStories([{ story: story('s1', 3), expectedVersion: 2 }, { story: { ...story('s3', 2), mergedInto: 's1' }, expectedVersion: 1 }], undefined, lineage('s3'))).toBe(true);
      expect((await ix.mergedInto('s1')).sort()).toEqual(['s2', 's3']);
      expect(await ix.mergedInto('s2')).toEqual([]);
    });

    it('a join writes the story and the fingerprint together, or neither', async () => {
      const ix = await make();
      expect(await ix.putStories([{ story: story('s1'), expectedVersion: null }], fp('a1'))).toBe(true);
      expect(await ix.getFingerprints(['a1'])).toHaveLength(1);
      // Lost the race for the story: the fingerprint is not written either.
      expect(await ix.putStories([{ story: story('s1', 2), expectedVersion: 7 }], fp('a2'))).toBe(false);
      expect(await ix.getFingerprints(['a2'])).toEqual([]);
    });

    it('a removal deletes the fingerprint and writes the story together, or neither', async () => {
      const ix = await make();
      await ix.putStories([{ story: story('s1'), expectedVersion: null }], fp('a1'));
      await ix.putFingerprint(fp('a2'));
      // The story moved on: neither the story nor the fingerprint changes.
      expect(await ix.removeFingerprint('a1', { story: { ...story('s1', 3), size: 0 }, expectedVersion: 2 })).toBe(false);
      expect(await ix.getFingerprints(['a1'], { consistent: true })).toHaveLength(1);
      expect((await ix.getStories(['s1'])).get('s1')!.size).toBe(1);
      expect(await ix.removeFingerprint('a1', { story: { ...story('s1', 2), size: 0 }, expectedVersion: 1 })).toBe(true);
      expect(await ix.getFingerprints(['a1', 'a2'], { consistent: true })).toEqual([expect.objectContaining({ articleId: 'a2' })]);
      expect((await ix.getStories(['s1'])).get('s1')).toMatchObject({ version: 2, size: 0 });
      // Gone already (another worker withdrew it): the story is not written again.
      expect(await ix.removeFingerprint('a1', { story: { ...story('s1', 3), size: -1 }, expectedVersion: 2 })).toBe(false);
      expect((await ix.getStories(['s1'])).get('s1')).toMatchObject({ version: 2, size: 0 });
      // Without a story: the fingerprint alone; removing what is gone is no error.
      expect(await ix.removeFingerprint('a2')).toBe(true);
      expect(await ix.removeFingerprint('a2')).toBe(true);
      expect(await ix.getFingerprints(['a2'], { consistent: true })).toEqual([]);
    });

    it('drives the engine to the same result: the seeds in one story, the AP copies marked', async () => {
      const engine = new StoryEngine(await make());
      const ids: string[] = [];
      let t = Date.parse('2026-02-04T10:00:00Z');
      let last = '';
      const copies = new Map<string, string | null>();
      for (const f of seedFiles()) {
        const a = extractArticle({ body: readSeed(f), format: 'text' });
        const id = f.slice(0, 3);
        const r = await engine.assign({ id, text: a.text, title: a.title, publishedAt: a.publishedAt, seenAt: new Date(t++).toISOString(), outlet: null });
        ids.push(id);
        last = r.storyId;
        copies.set(id, r.copyOf);
      }
      const s = await engine.resolve(last);
      expect(s!.size).toBe(5);
      expect(copies.get('001')).toBe('000');
    });
  });
}
