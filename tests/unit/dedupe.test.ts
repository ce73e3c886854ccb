import { describe, expect, it } from 'vitest';
import { decodeSet, encodeSet, overlap, shingleSet, storedShingles, SAMPLE_FROM, SAMPLE_MOD } from '../../shared/dedupe/shingles.js';
import { bandKeys, minhash, BANDS } from '../../shared/dedupe/minhash.js';
import { cosine, termVector } from '../../shared/dedupe/terms.js';
import { StoryEngine } from '../../shared/dedupe/engine.js';
import { mainTimes, mentionedMonths, mentionedYears } from '../../shared/dedupe/mentioned-time.js';
import { MemoryStoryIndex } from '../../shared/adapters/memory/story-index.js';
import type { StoryIndex } from '../../shared/ports/story-index.js';
import type { AssignmentReason, Fingerprint } from '../../shared/schemas/story.js';
import { mergedStory, openedBy, withdrawn, withMember, type Member } from '../../shared/dedupe/story-state.js';
import { extractArticle } from '../../shared/extraction/index.js';
import { foldForFingerprint } from '../../shared/extraction/normalise.js';
import { seed, seedFiles, readSeed } from '../helpers/seeds.js';
import { rng, shuffle } from '../helpers/random.js';
import { FOREIGN_NEWS } from '../helpers/foreign-news.js';
import { processUpload } from '../../shared/services/pipeline.js';
import { addVectors } from '../../shared/dedupe/terms.js';

const seeds = seedFiles().map((f) => ({ id: f.slice(0, 3), article: extractArticle({ body: readSeed(f), format: 'text' }) }));

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

async function cluster(order: typeof seeds, engine = new StoryEngine(new MemoryStoryIndex())) {
  const out = new Map<string, { storyId: string; copyOf: string | null }>();
  let t = Date.parse('2026-02-04T10:00:00Z');
  for (const d of order) {
    const a = await engine.assign({ id: d.id, text: d.article.text, title: d.article.title, publishedAt: d.article.publishedAt, seenAt: new Date(t++).toISOString(), outlet: null });
    out.set(d.id, { storyId: a.storyId, copyOf: a.copyOf });
  }
  for (const [id, r] of out) out.set(id, { ...r, storyId: (await engine.resolve(r.storyId))!.id });
  return out;
}

describe('fingerprints', () => {
  it('folds confusables, quotes and dashes for fingerprints only', () => {
    expect(foldForFingerprint('Xi said he would Iike “a new blueprint” — today')).toBe(foldForFingerprint("Xi said he would like \"a new blueprint\" - today"));
  });

  it('shingle sets round-trip through their compact encoding', () => {
    const s = shingleSet(seed('001').body);
    expect(s.length).toBeGreaterThan(500);
    expect(decodeSet(encodeSet(s))).toEqual(s);
    expect(encodeSet(s).length).toBeLessThan(s.length * 4);
  });

  it('measures the two AP copies as trimmed copies (containment beyond Jaccard)', () => {
    const [a, b] = [seeds[0], seeds[1]].map((d) => shingleSet(d.article.text));
    const o = overlap(a, b);
    expect(o.jaccard).toBeGreaterThan(0.2);
    expect(o.containment).toBeGreaterThan(o.jaccard);
    const unrelated = overlap(a, shingleSet(seeds[3].article.text));
    expect(unrelated.jaccard).toBeLessThan(0.05);
  });

  it('stores the shingles of a long text as a mod-4 sample that estimates overlap with the full sets', () => {
    const [a, b] = [seed('000').body, seed('001').body].map(shingleSet);
    const [sa, sb] = [a, b].map(storedShingles);
    expect(sa.shingleMod).toBe(SAMPLE_MOD);
    expect(sa.shingles.length).toBeLessThan(a.length / 3);
    expect(storedShingles(a.slice(0, SAMPLE_FROM - 1)).shingleMod).toBe(1);
    const full = overlap(a, b);
    for (const est of [overlap(sa.shingles, sb.shingles, sa.shingleMod, sb.shingleMod), overlap(a, sb.shingles, 1, sb.shingleMod), overlap(sa.shingles, b, sa.shingleMod, 1)]) {
      expect(Math.abs(est.jaccard - full.jaccard)).toBeLessThan(0.05);
      expect(Math.abs(est.containment - full.containment)).toBeLessThan(0.05);
    }
  });

  it('gives identical texts identical band keys and unrelated texts (almost) none', () => {
    const a = bandKeys(minhash(shingleSet(seeds[0].article.text)));
    expect(a).toHaveLength(BANDS);
    expect(bandKeys(minhash(shingleSet(seeds[0].article.text)))).toEqual(a);
    const c = new Set(bandKeys(minhash(shingleSet(seeds[3].article.text))));
    expect(a.filter((k) => c.has(k)).length).toBeLessThanOrEqual(1);
  });

  it('weights names over words a spinner can swap', () => {
    const v = termVector(seeds[2].article.text);
    expect(v.putin).toBeGreaterThan(v.stated ?? 0);
    expect(cosine(termVector(seeds[2].article.text), termVector(seeds[1].article.text))).toBeGreaterThan(0.3);
  });

  it('folds no confusable letters into story terms: "It" and "In" are common words, "Internet" is "internet"', () => {
    const v = termVector('It was a long day at the Internet office. In the end it worked. If only the internet had held. Is it over? In Iowa the team won.');
    for (const spurious of ['lt', 'ln', 'lf', 'ls', 'lnternet', 'lowa']) expect(v).not.toHaveProperty(spurious);
    expect(v.iowa).toBeGreaterThan(0);
    expect(Object.keys(v).filter((k) => k.endsWith('nternet'))).toEqual(['internet']);
  });

  it('reads whole words after characters that folding lengthens ("…", "½", "™", "ﬁ")', () => {
    const v = termVector('AMD’s deal with SeaMicro is a strong move… Widgets™ cost ½ less. The ﬁnal Opteron microserver ships with SeaMicro fabric, AMD said.');
    for (const term of Object.keys(v)) expect(term).not.toMatch(/[\s,.]/);
    for (const term of ['seamicro', 'opteron', 'microserver', 'amd', 'final']) expect(v).toHaveProperty(term);
  });

  it("weighs a word by its own rarity, not its stem's: common words ending in s and contractions carry no story signal", () => {
    // Stems are no words ("always" -> "alway", "perhaps" -> "perhap"): looked up, they were the rarest there are.
    const v = termVector("It always rains, perhaps. The series ended. We've seen it; they didn't care. Always. The Grigoropoulos shooting in Exarchia.");
    for (const common of ['alway', 'perhap', 'weve', 'didnt']) expect(v[common] ?? 0).toBeLessThan(0.01);
    for (const rare of ['grigoropoulo', 'exarchia']) expect(v).toHaveProperty(rare);
    expect(v.exarchia).toBeGreaterThan(v.sery ?? 0);
  });

  it('reads a plural in -es as its singular ("patches" is "patch")', () => {
    const a = termVector('Microsoft released two emergency patches for the browser.');
    const b = termVector('Microsoft released an emergency patch for the browser.');
    expect(a).toHaveProperty('patch');
    expect(cosine(a, b)).toBeGreaterThan(0.99);
  });

  it("gives no weight to the function words of a text's language: German, French, Spanish reports are about their names and nouns", () => {
    const grammar: Record<string, string[]> = { de: ['und', 'der', 'die', 'dem', 'zu', 'nicht', 'sich'], fr: ['les', 'dans', 'une', 'sur', 'ont', 'leur'], es: ['los', 'para', 'desde', 'este', 'una'] };
    for (const r of FOREIGN_NEWS) {
      const v = termVector(r.text, r.title, r.language);
      for (const w of grammar[r.language]) expect(v, `${r.id}: ${w}`).not.toHaveProperty(w);
    }
    // The words keep their weight in English, and in a text whose language is unknown.
    expect(termVector('The Die Linke party and the AfD split.', null, 'en')).toHaveProperty('linke');
    expect(Object.keys(termVector(FOREIGN_NEWS[0].text, FOREIGN_NEWS[0].title))).toContain('und');
  });

  it('keeps unrelated reports in one language apart, however much grammar they share', () => {
    const vectors = FOREIGN_NEWS.map((r) => termVector(r.text, r.title, r.language));
    for (const [i, r] of FOREIGN_NEWS.entries()) {
      // A story holding the language's other events: its centroid sums their grammar, not their subjects.
      const others = FOREIGN_NEWS.flatMap((o, j) => (o.language === r.language && o.event !== r.event ? [vectors[j]] : []));
      const centroid = others.reduce((c, v) => addVectors(c, v), {});
      expect(cosine(vectors[i], centroid), r.id).toBeLessThan(0.15);
      for (const [j, o] of FOREIGN_NEWS.entries()) if (o.language === r.language && o.event === r.event && j !== i) expect(cosine(vectors[i], vectors[j]), `${r.id} ~ ${o.id}`).toBeGreaterThan(0.4);
    }
  });

  it('reads a French elided article as no part of its word ("l\'économie" is "économie")', () => {
    const v = termVector("L'économie ralentit, a dit le ministre de l'Économie, qu'il juge prudent. Les économies d'énergie.", null, 'fr');
    expect(v).toHaveProperty('economie');
    for (const glued of ['leconomie', 'quil', 'denergie']) expect(v).not.toHaveProperty(glued);
    expect(v).toHaveProperty('energie');
  });

  it('clusters reports in German, French and Spanish by event, with each language detected from the text', async () => {
    const engine = new StoryEngine(new MemoryStoryIndex());
    const story = new Map<string, string>();
    let t = Date.parse('2026-02-04T10:00:00Z');
    for (const r of FOREIGN_NEWS) {
      const out = await processUpload(engine, { id: r.id, body: `${r.title}\n\n${r.text}`, format: 'text', meta: {}, seenAt: new Date(t++).toISOString() });
      expect(out.article.language, r.id).toBe(r.language);
      story.set(r.id, out.assignment!.storyId);
    }
    for (const [id, s] of story) story.set(id, (await engine.resolve(s))!.id);
    for (const a of FOREIGN_NEWS) for (const b of FOREIGN_NEWS) if (a.id < b.id) expect(story.get(a.id) === story.get(b.id), `${a.id} ~ ${b.id}`).toBe(a.event === b.event);
  });

  it('finds the years a text mentions', () => {
    expect(mentionedYears('In 2013, unlike 2008, ... 1066 and 3000 are not news years', '2026-02-04')).toEqual(['2008', '2013', '2026']);
  });

  it('finds the months a text mentions: a name beside a day or a year, or a full name alone that is no common word', () => {
    expect(mentionedMonths('Microsoft on Wednesday, December 17, released the patch.', null)).toEqual(['12']);
    expect(mentionedMonths('Published Sept. 18; in September 2013; on 4th October.', null)).toEqual(['09', '10']);
    expect(mentionedMonths('Attacks began in November.', null)).toEqual(['11']);
    // Names that are words or people count only with a date beside them.
    expect(mentionedMonths('He may go on the March with August Wilson in April Fulton\'s car.', null)).toEqual([]);
    expect(mentionedMonths('On May 4 and 2 March 2025.', null)).toEqual(['03', '05']);
    // Short forms only with a day: "the Dec meeting" names no month.
    expect(mentionedMonths('The Dec meeting, then Dec 9.', null)).toEqual(['12']);
    // The text's own language, lower-case names included, and the stated publication month.
    expect(mentionedMonths('La grève a commencé le 12 mars et dure depuis février.', '2024-04-02T10:00:00Z', 'fr')).toEqual(['02', '03', '04']);
    expect(mentionedMonths('No month here.', null)).toEqual([]);
  });

  it('takes a story\'s own years and months from what most members mention, not from one member\'s look back', () => {
    expect(mainTimes({ '2013': 9, '2012': 2, '2008': 1 })).toEqual(['2013']);
    expect(mainTimes({ '09': 4, '12': 2 })).toEqual(['09', '12']);
    expect(mainTimes({})).toEqual([]);
  });
});

describe('story engine (in memory)', () => {
  it('puts the five seeds in one story, in every one of the 120 arrival orders', async () => {
    for (const order of permutations(seeds)) {
      const out = await cluster(order);
      expect(new Set([...out.values()].map((r) => r.storyId)).size).toBe(1);
    }
  });

  it('marks the later AP copy as a copy of the earlier one, explaining the decision', async () => {
    const engine = new StoryEngine(new MemoryStoryIndex());
    const out = await cluster(seeds, engine);
    expect(out.get('001')!.copyOf).toBe('000');
    const reverse = await cluster([seeds[1], seeds[0], ...seeds.slice(2)]);
    expect(reverse.get('000')!.copyOf).toBe('001');
    const again = await engine.assign({ id: '001', text: seeds[1].article.text, title: null, publishedAt: '2026-02-04', seenAt: '2026-02-04T10:00:00.001Z', outlet: null });
    expect(again.unchanged).toBe(true);
    expect(again.reason).toMatchObject({ signal: 'copy', articleId: '000' });
    expect(again.reason.containment).toBeGreaterThan(0.4);
  });

  it('an original decided after its later-arriving copy records the relation on the copy (SQS delivers out of order)', async () => {
    const index = new MemoryStoryIndex();
    const engine = new StoryEngine(index);
    const input = (d: (typeof seeds)[number], seenAt: string) => ({ id: d.id, text: d.article.text, title: d.article.title, publishedAt: d.article.publishedAt, seenAt, outlet: null });
    // 001 arrived a second after 000, but is decided first: it cannot know its original yet.
    const copyFirst = await engine.assign(input(seeds[1], '2026-02-04T10:00:01.000Z'));
    expect(copyFirst.copyOf).toBeNull();
    const original = await engine.assign(input(seeds[0], '2026-02-04T10:00:00.000Z'));
    expect(original.copyOf).toBeNull();
    expect(original.adopted).toEqual([expect.objectContaining({ articleId: '001', copyOf: '000', reason: expect.objectContaining({ signal: 'copy', articleId: '000' }) })]);
    const [fp] = await index.getFingerprints(['001']);
    expect(fp.copyOf).toBe('000');
    // A replay of the copy now returns the relation; the original adopts nothing twice.
    expect((await engine.assign(input(seeds[1], '2026-02-04T10:00:01.000Z'))).copyOf).toBe('000');
    expect((await engine.assign(input(seeds[0], '2026-02-04T10:00:00.000Z'))).adopted).toEqual([]);
  });

  it('keeps unrelated stories apart', async () => {
    const engine = new StoryEngine(new MemoryStoryIndex());
    const other = 'The city council of Springfield voted on Tuesday to close the old library on Elm Street and open a new one next year. Mayor Joan Quimby said the building had become unsafe. Residents protested outside the hall with signs.';
    await cluster(seeds, engine);
    const a = await engine.assign({ id: 'x', text: other, title: 'Springfield library closes', publishedAt: null, seenAt: '2026-02-04T11:00:00Z', outlet: null });
    expect(a.reason.signal).toBe('new');
    expect((await engine.resolve(a.storyId))!.size).toBe(1);
  });

  it('re-processing with changed text moves an article and retires the story it leaves empty', async () => {
    const index = new MemoryStoryIndex();
    const engine = new StoryEngine(index);
    // A lone article first: its own story.
    const lone = await engine.assign({ id: 'late', text: 'Short note about a video call.', title: null, publishedAt: null, seenAt: '2026-02-04T09:00:00Z', outlet: null });
    await cluster(seeds, engine);
    // Its text changes on re-processing (say, the extractor now keeps more of the page).
    const moved = await engine.assign({ id: 'late', text: seeds[0].article.text.slice(0, 2000), title: null, publishedAt: null, seenAt: '2026-02-04T09:00:00Z', outlet: null });
    expect(moved.storyId).not.toBe(lone.storyId);
    expect((await engine.resolve(lone.storyId))!.id).toBe(moved.storyId);
  });

  it('re-processing an article older than the index keeps it in its story, and a copy stays a copy', async () => {
    const engine = new StoryEngine(new MemoryStoryIndex());
    const before = await cluster(seeds, engine);
    // Two months of other news later every bucket of February has expired.
    await engine.assign({ id: 'april', text: 'A council meeting in Leeds approved a new bus lane on Tuesday.', title: null, publishedAt: null, seenAt: '2026-04-10T09:00:00Z', outlet: null });
    // A better extractor now keeps a line it used to drop.
    const copy = seeds.find((d) => d.id === '001')!;
    const again = await engine.assign({ id: '001', text: `${copy.article.text}\n\nThe agency's reporters contributed from Moscow and Beijing.`, title: copy.article.title, publishedAt: copy.article.publishedAt, seenAt: '2026-02-04T10:00:00.001Z', outlet: null });
    expect(again.unchanged).toBe(false);
    expect((await engine.resolve(again.storyId))!.id).toBe((await engine.resolve(before.get('000')!.storyId))!.id);
    expect(again.copyOf).toBe('000');
    expect((await engine.resolve(again.storyId))!.size).toBe(5);
  });

  /**
   * Real DynamoDB serves a plain read from a replica that can miss a write
   * made a moment ago; DynamoDB Local never does, so the lag is modelled:
   * plain reads of the lagging parts see nothing written since the start.
   */
  function lagging(primary: MemoryStoryIndex, lag: { buckets: boolean; fingerprints: boolean; stories: boolean }): StoryIndex {
    const replica = new MemoryStoryIndex();
    return {
      addToBuckets: (...a) => primary.addToBuckets(...a),
      readBuckets: (keys, opts) => (opts?.consistent || !lag.buckets ? primary : replica).readBuckets(keys),
      getFingerprints: (ids, opts) => (opts?.consistent || !lag.fingerprints ? primary : replica).getFingerprints(ids),
      putFingerprint: (...a) => primary.putFingerprint(...a),
      getStories: (ids, opts) => (opts?.consistent === false && lag.stories ? replica : primary).getStories(ids),
      putStory: (...a) => primary.putStory(...a),
      putStories: (...a) => primary.putStories(...a),
      splitStory: (...a) => primary.splitStory(...a),
      removeFingerprint: (...a) => primary.removeFingerprint(...a),
      mergedInto: (...a) => primary.mergedInto(...a),
    };
  }

  it('with plain reads that lag every write (an eventually consistent replica), the seeds still end in one story and the AP copy is still a copy', async () => {
    for (const order of [seeds, [...seeds].reverse()]) {
      const out = await cluster(order, new StoryEngine(lagging(new MemoryStoryIndex(), { buckets: true, fingerprints: true, stories: true })));
      expect(new Set([...out.values()].map((r) => r.storyId)).size).toBe(1);
      expect(out.get('000')!.copyOf === '001' || out.get('001')!.copyOf === '000').toBe(true);
    }
  });

  it('an article joining one start of an event takes in another start it could have joined, though it scores under the bridging score there', async () => {
    // Made-up words weigh alike (none is in the frequency list). B shares
    // too little with A to join it; C joins A's story at under the
    // bridging score (0.5) to B's, yet B, one article, would join the story
    // A and C make: two starts of one event become one story.
    const engine = new StoryEngine(new MemoryStoryIndex());
    const texts = {
      a: 'zorblat the zorblat the zorblat the mirtox the mirtox the plavren the plavren the dostrik the dostrik the grommik the grommik the grommik the frindle.',
      b: 'quenfid the quenfid the mirtox the mirtox the krubbit the krubbit the snorvel the wexpal.',
      c: 'quenfid the quenfid the quenfid the mirtox the mirtox the taflung the taflung the taflung the frindle the frindle the frindle.',
    };
    const t0 = Date.parse('2026-02-04T10:00:00Z');
    const out = [];
    for (const [i, [id, text]] of Object.entries(texts).entries()) out.push(await engine.assign({ id, text, title: null, publishedAt: null, seenAt: new Date(t0 + i * 1000).toISOString(), outlet: null }));
    expect(out[1].reason.signal).toBe('new');
    expect(out[2].reason.signal).toBe('terms');
    expect(out[2].reason.score).toBeLessThan(engine.options.mergeScore);
    const stories = new Set(await Promise.all(out.map(async (o) => (await engine.resolve(o.storyId))!.id)));
    expect(stories.size).toBe(1);
    expect(out[2].merged.length).toBe(1);
  });

  it('an article whose own new story the reconciliation merged says it joined by terms, not that it started a story', async () => {
    const engine = new StoryEngine(lagging(new MemoryStoryIndex(), { buckets: true, fingerprints: true, stories: true }));
    let t = Date.parse('2026-02-04T10:00:00Z');
    const reasons = new Map<string, string>();
    for (const d of seeds) {
      const a = await engine.assign({ id: d.id, text: d.article.text, title: d.article.title, publishedAt: d.article.publishedAt, seenAt: new Date(t++).toISOString(), outlet: null });
      reasons.set(d.id, a.reason.signal);
      if (a.reason.signal === 'terms') expect(['000', '001', '002', '003', '004'].filter((id) => id !== d.id)).toContain(a.reason.articleId);
    }
    expect([...reasons.values()].filter((r) => r === 'new')).toEqual(['new']);
    expect(reasons.get('000')).toBe('new');
    // The replay returns the stored reason, not the first one.
    const again = await engine.assign({ id: '002', text: seeds[2].article.text, title: seeds[2].article.title, publishedAt: seeds[2].article.publishedAt, seenAt: '2026-02-04T10:00:00.002Z', outlet: null });
    expect(again.reason.signal).toBe(reasons.get('002'));
  });

  it('a copy relation recorded by the original while the copy rewrites its own fingerprint is kept', async () => {
    // The window: 002 started a story, the reconciliation merged it into an
    // older one, and 002 rewrites its fingerprint to say it joined by terms.
    // Its original (here, a stand-in) marks it a copy at that very moment.
    const primary = new MemoryStoryIndex();
    const base = lagging(primary, { buckets: true, fingerprints: true, stories: true });
    const marked: AssignmentReason = { signal: 'copy', score: 0.9, articleId: 'orig', storyId: null, terms: [], jaccard: 0.9, containment: 0.9 };
    let raced = false;
    const index: StoryIndex = {
      ...base,
      putFingerprint: async (fp, opts) => {
        if (fp.articleId === '002' && !fp.copyOf && !raced) {
          raced = true;
          const [current] = await primary.getFingerprints(['002']);
          await primary.putFingerprint({ ...current, copyOf: 'orig', reason: marked });
        }
        return base.putFingerprint(fp, opts);
      },
    };
    const engine = new StoryEngine(index);
    let t = Date.parse('2026-02-04T10:00:00Z');
    let third: Awaited<ReturnType<StoryEngine['assign']>> | null = null;
    for (const d of seeds.slice(0, 3)) {
      const out = await engine.assign({ id: d.id, text: d.article.text, title: d.article.title, publishedAt: d.article.publishedAt, seenAt: new Date(t++).toISOString(), outlet: null });
      if (d.id === '002') third = out;
    }
    expect(raced).toBe(true);
    const [fp] = await primary.getFingerprints(['002']);
    expect(fp.copyOf).toBe('orig');
    expect(fp.reason).toMatchObject({ signal: 'copy', articleId: 'orig' });
    expect(third!.copyOf).toBe('orig');
  });

  it('with fingerprint reads that lag, a replay right after the first decision changes nothing', async () => {
    const engine = new StoryEngine(lagging(new MemoryStoryIndex(), { buckets: false, fingerprints: true, stories: false }));
    const input = { id: '002', text: seeds[2].article.text, title: null, publishedAt: null, seenAt: '2026-02-04T10:00:00Z', outlet: null };
    const first = await engine.assign(input);
    const replay = await engine.assign(input);
    expect(replay.unchanged).toBe(true);
    expect((await engine.resolve(first.storyId))!.size).toBe(1);
  });

  it('depends little on arrival order on a shuffled mixed stream', async () => {
    const r = rng(7);
    const sizes: number[] = [];
    for (let k = 0; k < 5; k++) {
      const out = await cluster(shuffle(r, seeds));
      sizes.push(new Set([...out.values()].map((x) => x.storyId)).size);
    }
    expect(new Set(sizes)).toEqual(new Set([1]));
  });

  it('keeps hot index buckets at their cap, and still marks the 200th copy of one story as a copy', async () => {
    const index = new MemoryStoryIndex();
    const engine = new StoryEngine(index, { bucketCap: 16 });
    const text = seeds.find((d) => d.id === '001')!.article.text;
    let last;
    for (let i = 0; i < 200; i++) {
      last = await engine.assign({ id: `c${String(i).padStart(3, '0')}`, text, title: null, publishedAt: null, seenAt: new Date(Date.parse('2026-02-04T10:00:00Z') + i * 1000).toISOString(), outlet: null });
    }
    expect(last!.copyOf).toBe('c000');
    expect((await engine.resolve(last!.storyId))!.size).toBe(200);
    const sizes = index.bucketSizes();
    expect(Math.max(...sizes)).toBe(16);
  });

  it('finds a copy across an LSH epoch boundary, and not an old one from epochs ago', async () => {
    // No term postings: only the copy index can find the original.
    const engine = new StoryEngine(new MemoryStoryIndex(), { lshEpochDays: 7, windowDays: 2, postingTerms: 0 });
    const text = seeds.find((d) => d.id === '001')!.article.text;
    // Epochs start on multiples of 7 days since 1970-01-01: 2026-02-05 starts one.
    const at = (day: string) => ({ text, title: null, publishedAt: null, seenAt: `${day}T10:00:00Z`, outlet: null });
    await engine.assign({ id: 'orig', ...at('2026-02-04') });
    expect((await engine.assign({ id: 'next-epoch', ...at('2026-02-05') })).copyOf).toBe('orig');
    const far = await engine.assign({ id: 'months-later', ...at('2026-05-20') });
    expect(far.copyOf).toBeNull();
  });

  it('the in-memory index forgets buckets ttlDays after their last add, on the arrivals clock', async () => {
    const index = new MemoryStoryIndex();
    const opts = (at: string) => ({ ttlDays: 30, cap: 64, at });
    await index.addToBuckets(['old', 'kept'], 'a1', opts('2026-01-01T00:00:00Z'));
    await index.addToBuckets(['kept'], 'a2', opts('2026-01-20T00:00:00Z'));
    await index.addToBuckets(['other'], 'a3', opts('2026-02-05T00:00:00Z'));
    const got = await index.readBuckets(['old', 'kept', 'other']);
    expect(got.has('old')).toBe(false);
    expect(got.get('kept')).toEqual(['a1', 'a2']);
    expect(index.bucketSizes()).toHaveLength(2);
  });
});

describe('story state', () => {
  const member = (id: string, day: number, extra: Partial<Member> = {}): Member => ({
    id, seenAt: `2026-02-${String(10 + day).padStart(2, '0')}T10:00:00Z`, publishedAt: null, title: `Title ${id}`, outlet: `outlet-${id}.example`,
    terms: termVector(`Putin and Xi discussed energy ${id} in Beijing ${day}`), years: ['2026'], months: ['02'], ...extra,
  });

  it('a story\'s score holds for a week past its dates, then decays by the month: follow-ups join, a sibling event a year on does not', () => {
    const engine = new StoryEngine(new MemoryStoryIndex());
    const text = 'Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage for 90 days of court-ordered rehab, her lawyer Mark Heller said.';
    const story = openedBy('s_a', member('a', 0, { terms: termVector(text), years: ['2013'], publishedAt: '2013-05-02T12:00:00Z' }));
    const score = (publishedAt: string) =>
      engine.storyScore(engine.features({ id: 'b', text, title: null, publishedAt, seenAt: '2026-02-10T10:00:00Z', outlet: null }), story);
    const sameDay = score('2013-05-02');
    expect(score('2013-05-08')).toBe(sameDay);
    // Six weeks on (she leaves for another clinic): half the score or more.
    expect(score('2013-06-13')).toBeGreaterThan(0.4 * sameDay);
    expect(score('2013-06-13')).toBeLessThan(sameDay);
    // A year on: another stay in rehab, another story.
    expect(score('2014-05-02')).toBeLessThan(0.1 * sameDay);
  });

  it('an article that mentions months, none of the story\'s own, scores lower: a sibling event months apart', () => {
    const engine = new StoryEngine(new MemoryStoryIndex());
    const text = 'Microsoft released an emergency patch for Internet Explorer on Wednesday to fix a flaw attackers are exploiting.';
    const story = [member('b', 1, { months: ['12'] }), member('c', 2, { months: ['12', '11'] })].reduce((s, m, i) => withMember(s, i + 2, m), openedBy('s_a', member('a', 0, { terms: termVector(text), years: [], months: ['12'] })));
    const score = (when: string) => engine.storyScore(engine.features({ id: 'x', text: `${text} ${when}`, title: null, publishedAt: null, seenAt: '2026-02-10T10:00:00Z', outlet: null }), story);
    const december = score('It was out on December 17.');
    // November is one member's: not the story's own month.
    expect(score('It was out on September 17.')).toBeCloseTo(0.7 * score('It was out on December 18.'), 2);
    expect(score('It was out on November 17.')).toBeCloseTo(0.7 * december, 2);
    expect(score('It was out this week.')).toBeGreaterThan(0.9 * december);
  });

  it('the earliest-published member is canonical and names the story, whatever the arrival order', () => {
    const late = member('late', 1, { publishedAt: '2026-02-11T09:00:00Z' });
    const early = member('early', 2, { publishedAt: '2026-02-10T08:00:00Z' });
    const s = withMember(openedBy('s_late', late), 2, early);
    expect([s.canonicalId, s.title, s.size, s.version]).toEqual(['early', 'Title early', 2, 2]);
    expect([s.publishedFrom, s.publishedTo, s.firstSeen]).toEqual(['2026-02-10T08:00:00Z', '2026-02-11T09:00:00Z', late.seenAt]);
    // An undated member is dated by its arrival.
    const undated = withMember(s, 3, member('undated', 0));
    expect(undated.canonicalId).toBe('early');
    expect(withMember(openedBy('s_x', member('x', 5)), 2, member('undated', 0)).canonicalId).toBe('undated');
  });

  it('withdrawing a member undoes its contribution: size, years, months, terms', () => {
    let s = openedBy('s_a', member('a', 0));
    const when = { years: ['2025', '2026'], months: ['01', '02'] };
    for (const [i, id] of ['b', 'c', 'd'].entries()) s = withMember(s, s.version + 1, member(id, i + 1, when));
    const d = member('d', 3, when);
    const before = withMember(openedBy('s_a', member('a', 0)), 2, member('b', 1, when));
    const back = withdrawn(withdrawn(s, fp(d)), fp(member('c', 2, when)));
    expect(back.size).toBe(before.size);
    expect(back.years).toEqual(before.years);
    expect(back.months).toEqual(before.months);
    expect(s.months).toEqual({ '01': 3, '02': 4 });
    expect(cosine(back.centroid, before.centroid)).toBeGreaterThan(0.999);
  });

  it('a merge keeps every member, outlet and year once, and the earlier canonical article', () => {
    const a = withMember(openedBy('s_a', member('a', 0, { publishedAt: '2026-02-10T12:00:00Z' })), 2, member('b', 1));
    const b = withMember(openedBy('s_c', member('c', 2, { publishedAt: '2026-02-09T12:00:00Z' })), 2, member('b', 1));
    const m = mergedStory(a, b);
    expect([m.id, m.version, m.size, m.mergedCount]).toEqual(['s_a', 3, 4, 1]);
    expect(m.canonicalId).toBe('c');
    expect([...m.outlets].sort()).toEqual(['outlet-a.example', 'outlet-b.example', 'outlet-c.example']);
    expect([...new Set(m.sample)]).toEqual(m.sample);
    expect(m.years).toEqual({ '2026': 4 });
    expect(m.months).toEqual({ '02': 4 });
  });
});

function fp(m: Member): Fingerprint {
  return { terms: m.terms, years: m.years, months: m.months } as Fingerprint;
}
