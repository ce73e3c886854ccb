import { describe, expect, it } from 'vitest';
import { MemoryStoryIndex } from '../../shared/adapters/memory/story-index.js';
import { StoryEngine, type Assignment, type DedupeInput } from '../../shared/dedupe/engine.js';
import { findSplit, splitOff, type SplitMember } from '../../shared/dedupe/split.js';
import { cosine } from '../../shared/dedupe/terms.js';
import { openedBy, regrouped, splitInTwo, withMember, type Member } from '../../shared/dedupe/story-state.js';
import { siblingArticle, type SiblingEvent } from '../helpers/sibling-events.js';
import { pick, rng, shuffle } from '../helpers/random.js';
import { seed } from '../helpers/seeds.js';
import { processUpload } from '../../shared/services/pipeline.js';

/** A member whose terms are its event's terms, a few shared ones, and noise of its own. */
function member(id: string, event: string[], sharedTerms: string[], r: () => number, copyOf: string | null = null): SplitMember {
  const terms: Record<string, number> = {};
  for (const t of event) terms[t] = 0.5 + r() * 0.5;
  for (const t of sharedTerms) terms[t] = 0.3 + r() * 0.3;
  terms[`own${id}`] = 0.4;
  return { id, terms, copyOf };
}

describe('splitOff: spectral bisection of a story', () => {
  const r = rng(7);
  const a = ['palu', 'donggala', 'sulawesi', 'petobo'];
  const b = ['lombok', 'mataram', 'rinjani', 'sembalun'];
  const shared = ['bmkg', 'karnawati'];
  const two = [...[0, 1, 2, 3, 4].map((i) => member(`a${i}`, a, shared, r)), ...[0, 1, 2, 3, 4].map((i) => member(`b${i}`, b, shared, r))];

  it('cuts two events apart, and the half without the kept member leaves', () => {
    expect(splitOff(two, 'a0')!.sort()).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    expect(findSplit(two, 'a0')!.reason).toEqual({ signal: 'terms', people: [], months: [] });
    expect(splitOff(two, 'b3')!.sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    // Member order does not decide the cut.
    expect(splitOff([...two].reverse(), 'a0')!.sort()).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
  });

  it('cuts sibling events that share most of their terms when across the halves is under four fifths of within', () => {
    // Two emergency browser patches years apart: the topic's terms in every
    // member, three of its own event's, one of the member's own.
    const topic = ['microsoft', 'explorer', 'patch', 'emergency', 'flaw'];
    const sibling = (id: string, own: string[]): SplitMember => ({
      id, copyOf: null, terms: Object.fromEntries([...topic.map((t) => [t, 0.5]), ...own.map((t) => [t, 0.35]), [`own${id}`, 0.45]]),
    });
    const members = [...[0, 1, 2, 3].map((i) => sibling(`a${i}`, ['xml', 'binding', 'gamers'])), ...[0, 1, 2, 3].map((i) => sibling(`b${i}`, ['japan', 'fixit', 'shim']))];
    const ratio = cosine(members[0].terms, members[4].terms) / cosine(members[0].terms, members[1].terms);
    expect(ratio).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(0.8);
    expect(splitOff(members, 'a0')!.sort()).toEqual(['b0', 'b1', 'b2', 'b3']);
  });

  it('leaves one event whole, however its members vary', () => {
    const one = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => member(`a${i}`, a, shared, r));
    expect(splitOff(one, 'a0')).toBeNull();
  });

  it('never parts a copy from its original', () => {
    // b2 is a copy of a1: it stays with its original, whichever half leaves.
    const withCopy = two.map((m) => (m.id === 'b2' ? { ...m, copyOf: 'a1' } : m));
    expect(splitOff(withCopy, 'a0')!.sort()).toEqual(['b0', 'b1', 'b3', 'b4']);
    expect(splitOff(withCopy, 'b0')!.sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'b2']);
    // A copy within one half is no obstacle.
    expect(splitOff(two.map((m) => (m.id === 'b2' ? { ...m, copyOf: 'b1' } : m)), 'a0')).toHaveLength(5);
  });

  it('counts a copy and its original as one text: copies do not make a half look close-knit', () => {
    // Four texts of one event that share some terms, each with three copies (cosine 1 to their original).
    const texts = [0, 1, 2, 3].map((i) => member(`t${i}`, [...a.slice(0, 2), `only${i}a`, `only${i}b`], shared, r));
    const withCopies = texts.flatMap((t) => [t, ...[1, 2, 3].map((k) => ({ ...t, id: `${t.id}c${k}`, copyOf: t.id }))]);
    expect(splitOff(withCopies, 't0')).toBeNull();
    // Counted one by one, the same members would be cut.
    expect(splitOff(withCopies.map((m) => ({ ...m, copyOf: null })), 't0')).not.toBeNull();
  });

  it('does not cut off a single outlier: a half needs two members', () => {
    const outlier = [...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => member(`a${i}`, a, shared, r)), member('b0', b, shared, r)];
    expect(splitOff(outlier, 'a0')).toBeNull();
  });

  it('holds halves published on the same days to a stricter cut: one event\'s coverage drifts, a sibling event comes another day', () => {
    // The crash, then the driver charged: the halves share the people and the car, and part on what happened.
    const q = rng(7);
    const drift = (id: string, event: string[]) => {
      const terms: Record<string, number> = { [`own${id}`]: 0.4 };
      for (const t of event) terms[t] = 0.3 + q() * 0.3;
      for (const t of ['queens', 'chohan', 'camry', 'nypd']) terms[t] = 0.3 + q() * 0.3;
      return { id, terms, copyOf: null };
    };
    const story = [0, 1, 2, 3, 4].flatMap((i) => [drift(`a${i}`, ['killed', 'grandmother']), drift(`b${i}`, ['charged', 'arraigned'])]);
    const dated = (day: (m: SplitMember, i: number) => string | null) => story.map((m, i) => ({ ...m, published: day(m, i) }));
    // Undated, or a year apart, the halves are cut...
    expect(splitOff(story, 'a0')).toHaveLength(5);
    expect(splitOff(dated((m) => (m.id.startsWith('a') ? '2012-09-14' : '2013-09-15')), 'a0')).toHaveLength(5);
    // ...and with one undated half there is nothing to compare.
    expect(splitOff(dated((m) => (m.id.startsWith('a') ? '2013-09-14' : null)), 'a0')).toHaveLength(5);
    // Published over the same two days, they stay one story.
    expect(splitOff(dated((_, i) => (i % 3 ? '2013-09-14' : '2013-09-15')), 'a0')).toBeNull();
    // Two events far enough apart still part on those days.
    expect(splitOff(dated((_, i) => (i % 3 ? '2013-09-14' : '2013-09-15')).map((m) => ({ ...m, terms: member(m.id, m.id.startsWith('a') ? a : b, shared, q).terms })), 'a0')).toHaveLength(5);
  });

  it('keeps the halves together when they are not far apart compared with how close each is inside', () => {
    // The two halves share most of their terms: one event told two ways.
    const close = [...[0, 1, 2, 3, 4].map((i) => member(`a${i}`, [...a, 'x1', 'x2', 'x3', 'x4', 'x5'], shared, r)), ...[0, 1, 2, 3, 4].map((i) => member(`b${i}`, [...a.slice(0, 3), 'x1', 'x2', 'x3', 'x4', 'y1'], shared, r))];
    expect(splitOff(close, 'a0')).toBeNull();
  });
});

describe('splitOff: sibling events that happen to different people', () => {
  // One player arrested, then another: the same terms but the names, which weigh too little to part the cosines.
  const r = rng(11);
  const event = ['chargers', 'dui', 'arrested', 'diego', 'patrol', 'sobriety', 'misdemeanor', 'suspicion'];
  const arrest = (id: string, name: string, people: Record<string, number>): SplitMember => ({ ...member(id, event, [name], r), people });
  const two = [
    ...[0, 1, 2, 3, 4].map((i) => arrest(`j${i}`, 'jackson', { Jackson: 5 + i })),
    ...[0, 1, 2, 3, 4].map((i) => arrest(`w${i}`, 'williams', { Williams: 4 + i, Jackson: i % 2 })),
  ];

  it('cuts the story by its members\' leading person when the terms do not', () => {
    expect(splitOff(two.map(({ people, ...m }) => m), 'j0')).toBeNull();
    expect(splitOff(two, 'j0')!.sort()).toEqual(['w0', 'w1', 'w2', 'w3', 'w4']);
    // The reason names the leaving half's person first.
    expect(findSplit(two, 'j0')!.reason).toEqual({ signal: 'people', people: ['Williams', 'Jackson'], months: [] });
    expect(findSplit(two, 'w2')!.reason).toEqual({ signal: 'people', people: ['Jackson', 'Williams'], months: [] });
    // A member that no one leads goes with the side its terms are closer to.
    const unnamed = { ...member('u', event, ['williams', 'williams2'], r), people: {} };
    expect(splitOff([...two, unnamed], 'j0')!.sort()).toEqual(['u', 'w0', 'w1', 'w2', 'w3', 'w4']);
  });

  it('leaves the story whole when each person figures much in the other\'s members: one event, two people', () => {
    const both = two.map((m, i) => ({ ...m, people: i < 5 ? { Jackson: 5, Williams: 3 } : { Williams: 5, Jackson: 3 } }));
    expect(splitOff(both, 'j0')).toBeNull();
  });

  it('needs two people who each lead three members', () => {
    const few = two.map((m, i) => (i >= 8 ? m : { ...m, people: { Jackson: 5 } }));
    expect(splitOff(few, 'j0')).toBeNull();
  });
});

describe('splitOff: sibling events a few months apart', () => {
  // Two emergency patches for one browser: every term shared, the months not.
  const r = rng(13);
  const event = ['microsoft', 'explorer', 'patch', 'emergency', 'vulnerability', 'browser', 'attackers', 'update'];
  // Each has a word of its own, too faint to part the cosines alone.
  const patch = (id: string, own: string, months: string[]): SplitMember => ({ ...member(id, event, [own], r), months });
  const december = [0, 1, 2, 3, 4].map((i) => patch(`d${i}`, 'databinding', i < 3 ? ['12'] : []));
  const september = [0, 1, 2, 3, 4].map((i) => patch(`s${i}`, 'fixit', i < 4 ? ['09'] : []));
  const two = [...december, ...september];

  it('cuts the story by the months its members mention when the terms do not', () => {
    expect(splitOff(two.map(({ months, ...m }) => m), 'd0')).toBeNull();
    const leaving = splitOff(two, 'd0')!;
    expect(leaving).toEqual(expect.arrayContaining(['s0', 's1', 's2', 's3']));
    expect(leaving.some((id) => ['d0', 'd1', 'd2'].includes(id))).toBe(false);
    // The reason names the leaving half's month first.
    expect(findSplit(two, 'd0')!.reason).toEqual({ signal: 'months', people: [], months: ['09', '12'] });
    expect(findSplit(two, 's0')!.reason).toEqual({ signal: 'months', people: [], months: ['12', '09'] });
  });

  it('does not cut coverage that runs into the next month (into rehab in May, out of it in June)', () => {
    expect(splitOff(two.map((m) => ({ ...m, months: m.months?.map((x) => (x === '12' ? '10' : x === '09' ? '11' : x)) })), 'd0')).toBeNull();
    // December and January are neighbours too.
    expect(splitOff(two.map((m) => ({ ...m, months: m.months?.map((x) => (x === '09' ? '01' : x)) })), 'd0')).toBeNull();
  });

  it('leaves the story whole when many members mention both months, or when the halves were published the same week', () => {
    expect(splitOff(two.map((m, i) => (i % 2 ? { ...m, months: ['09', '12'] } : m)), 'd0')).toBeNull();
    expect(splitOff(two.map((m) => ({ ...m, published: '2013-09-18' })), 'd0')).toBeNull();
  });

  it('needs each month in three members', () => {
    expect(splitOff(two.map((m) => (m.id === 'd2' ? { ...m, months: [] } : m)), 'd0')).toBeNull();
  });
});

describe('splitInTwo: the halves recounted from their members', () => {
  const m = (id: string, seen: string, terms: Record<string, number>, title: string): Member => ({ id, seenAt: seen, publishedAt: null, title, outlet: `o-${id}`, terms, years: ['2018'], months: [] });
  it('keeps the id and the canonical article on the kept half, opens the other with its earliest member, and each lists the other as apart', () => {
    const members = [m('a', '2026-01-01T00:00:01Z', { x: 1 }, 'A'), m('b', '2026-01-01T00:00:02Z', { y: 1 }, 'B'), m('c', '2026-01-01T00:00:03Z', { x: 1 }, 'C'), m('d', '2026-01-01T00:00:04Z', { y: 1 }, 'D')];
    const story = members.slice(1).reduce((s, x, i) => withMember(s, i + 2, x), openedBy('s_a', members[0]));
    const { kept, split } = splitInTwo(story, [members[0], members[2]], [members[1], members[3]], 's_a.4', 'd', { signal: 'people', people: ['Williams', 'Jackson'], months: [] });
    expect(kept).toMatchObject({ id: 's_a', version: 5, size: 2, canonicalId: 'a', title: 'A', members: ['a', 'c'], outlets: ['o-a', 'o-c'], apart: ['s_a.4'], years: { '2018': 2 }, splitBy: null, splitOn: null });
    expect(kept.centroid).toEqual({ x: 2 });
    expect(split).toMatchObject({ id: 's_a.4', version: 1, size: 2, canonicalId: 'b', title: 'B', members: ['b', 'd'], firstSeen: '2026-01-01T00:00:02Z', apart: ['s_a'], splitBy: 'd', splitOn: { signal: 'people', people: ['Williams', 'Jackson'] } });
    expect(split.centroid).toEqual({ y: 2 });
  });
});

/** A German report of one rail strike, written on `day`: the day is named throughout, as reports of a strike's first and second days do. */
function strikeReport(day: 'Dienstag' | 'Mittwoch', n: number) {
  const r = rng(n * 131 + (day === 'Dienstag' ? 7 : 11));
  const who = ['Lokführer', 'Fahrgäste', 'Pendler', 'Gewerkschafter', 'Reisende', 'Schaffner'];
  const what = ['Züge', 'Verbindungen', 'Fernzüge', 'S-Bahnen', 'Regionalzüge'];
  const where = ['Berlin', 'Hamburg', 'Frankfurt', 'München', 'Köln', 'Leipzig'];
  const sentence = () => shuffle(r, [
    `Seit ${day} stehen in ${pick(r, where)} viele ${pick(r, what)} still, berichteten ${pick(r, who)}.`,
    `Die Gewerkschaft hatte den Streik angekündigt, ${day} sei erst der Anfang ${r().toString(36).slice(2, 6)}.`,
    `Noch am ${day} warteten ${pick(r, who)} in ${pick(r, where)} auf ${pick(r, what)} ${r().toString(36).slice(2, 6)}.`,
    `Der Verkehr in ${pick(r, where)} und ${pick(r, where)} brach zusammen, ${pick(r, who)} ${r().toString(36).slice(2, 6)} zeigten Verständnis.`,
  ]).slice(0, 3).join(' ');
  return { text: Array.from({ length: 4 }, sentence).join('\n\n'), title: `Bahnstreik: ${day} ohne ${pick(r, what)}` };
}

describe('the engine splits a story that grew to hold two events', () => {
  async function feed(order: string) {
    const engine = new StoryEngine(new MemoryStoryIndex());
    const storyOf = new Map<string, string>();
    const counts: Record<string, number> = { S: 0, L: 0 };
    let t = Date.parse('2026-02-04T10:00:00Z');
    let splits = 0;
    const inputs = new Map<string, DedupeInput>();
    const movedBy = new Map<string, Assignment['moved']>();
    for (const e of order) {
      const event: SiblingEvent = e === 'S' ? 'sulawesi' : 'lombok';
      const id = `${e}${counts[e]++}`;
      const a = siblingArticle(event, counts[e]);
      const input = { id, text: a.text, title: a.title, publishedAt: null, seenAt: new Date(t++).toISOString(), outlet: null };
      inputs.set(id, input);
      const out = await engine.assign(input);
      storyOf.set(id, out.storyId);
      for (const moved of out.moved) storyOf.set(moved.articleId, moved.storyId);
      if (out.moved.length) splits++;
      if (out.moved.length) movedBy.set(id, out.moved);
      // The story split off is the one the moved articles went to.
      expect(out.splitOff).toBe(out.moved[0]?.storyId ?? null);
    }
    return { engine, storyOf, splits, inputs, movedBy };
  }

  for (const order of ['SLSLSLSLSLSLSL', 'SSSSSSSLLLLLLL', 'LLLLLLLSSSSSSS', 'SSLLSLSLLSSLSL']) {
    it(`ends with one story per event, whatever the arrival order (${order})`, async () => {
      const { engine, storyOf, splits } = await feed(order);
      expect(splits).toBe(1);
      const by = (e: string) => new Set([...storyOf].filter(([id]) => id.startsWith(e)).map(([, s]) => s));
      expect(by('S').size).toBe(1);
      expect(by('L').size).toBe(1);
      const [s] = by('S');
      const [l] = by('L');
      expect(s).not.toBe(l);
      // What the engine reported is what the index holds: every fingerprint names its half.
      const index = (engine as unknown as { index: MemoryStoryIndex }).index;
      for (const fp of await index.getFingerprints([...storyOf.keys()])) expect((await engine.resolve(fp.storyId))!.id).toBe(storyOf.get(fp.articleId));
      const stories = await index.getStories([s, l]);
      expect(stories.get(s)!.size + stories.get(l)!.size).toBe(14);
      expect(stories.get(s)!.apart.concat(stories.get(l)!.apart).sort()).toEqual([l, s].sort());
      // The half split off says what told the events apart: their places, in the terms.
      expect([stories.get(s)!.splitOn, stories.get(l)!.splitOn].filter(Boolean)).toEqual([{ signal: 'terms', people: [], months: [] }]);
      // Split apart, never merged back, whatever an article shares with both.
      expect(await engine.merge(s, l)).toBeNull();
    });
  }

  it('finds a split again when the article that set it off is retried, so its caller can still record the moves', async () => {
    const { engine, inputs, movedBy, storyOf } = await feed('SLSLSLSLSLSLSL');
    const [[splitter, moved]] = [...movedBy];
    const byId = (ms: Assignment['moved']) => [...ms].sort((x, y) => (x.articleId < y.articleId ? -1 : 1));
    // A worker that died after the split's transaction: the retry resumes after the join (its record was never saved)...
    const resumed = await engine.assign(inputs.get(splitter)!, { settled: false });
    expect(resumed.storyId).toBe(storyOf.get(splitter));
    expect(byId(resumed.moved)).toEqual(byId(moved));
    // Found again, not made again: the split is counted once.
    expect(resumed.splitOff).toBeNull();
    // ...or re-processes an article whose record is saved (a re-processing run retried).
    const again = await engine.assign(inputs.get(splitter)!);
    expect(byId(again.moved)).toEqual(byId(moved));
    expect(again.splitOff).toBeNull();
    // Only the article that set the split off finds it: its other members have nothing to record.
    for (const id of [...inputs.keys()].filter((x) => x !== splitter)) expect((await engine.assign(inputs.get(id)!, { settled: false })).moved, id).toEqual([]);
    // A member moved on since (out of the half by a later decision) is not moved back.
    const index = (engine as unknown as { index: MemoryStoryIndex }).index;
    const [gone] = await index.getFingerprints([moved[0].articleId]);
    await index.putFingerprint({ ...gone, storyId: 's_elsewhere' });
    expect((await engine.assign(inputs.get(splitter)!)).moved.map((m) => m.articleId)).not.toContain(gone.articleId);
  });

  it('does not merge the halves back when an article bridges them', async () => {
    const { engine, storyOf } = await feed('SLSLSLSLSLSLSL');
    const s = storyOf.get('S0')!;
    const l = storyOf.get('L0')!;
    const x = siblingArticle('sulawesi', 99);
    const y = siblingArticle('lombok', 99);
    const bridge = await engine.assign({ id: 'bridge', text: `${x.text}\n\n${y.text}`, title: x.title, publishedAt: null, seenAt: '2026-02-04T11:00:00Z', outlet: null });
    expect([s, l]).toContain(bridge.storyId);
    expect(bridge.merged).toEqual([]);
    expect((await engine.resolve(s))!.id).toBe(s);
    expect((await engine.resolve(l))!.id).toBe(l);
  });

  it('brings one text together when an article copies a member of each half: the copies go to the half their terms are closer to', async () => {
    const { engine, storyOf, inputs } = await feed('SLSLSLSLSLSLSL');
    const index = (engine as unknown as { index: MemoryStoryIndex }).index;
    const s = storyOf.get('S0')!;
    const l = storyOf.get('L0')!;
    // Two outlets' trims of one Sulawesi wire report (its first three
    // paragraphs, its last three: one shared paragraph, no copy of each other)...
    const wire = siblingArticle('sulawesi', 50).text.split('\n\n');
    const at = (n: number) => new Date(Date.parse('2026-02-04T11:00:00Z') + n).toISOString();
    const input = (id: string, paragraphs: string[], n: number): DedupeInput => ({ id, text: paragraphs.join('\n\n'), title: null, publishedAt: null, seenAt: at(n), outlet: null });
    const head = await engine.assign(input('head', wire.slice(0, 3), 1));
    const tail = await engine.assign(input('tail', wire.slice(2), 2));
    expect([head.storyId, tail.storyId, head.copyOf, tail.copyOf]).toEqual([s, s, null, null]);
    // ...one of them filed with the other half, as a term decision can (moved here by hand).
    const [sStory, lStory] = [(await engine.resolve(s))!, (await engine.resolve(l))!];
    const fps = new Map((await index.getFingerprints([...sStory.members, ...lStory.members])).map((fp) => [fp.articleId, fp]));
    const asMember = (id: string): Member => { const fp = fps.get(id)!; return { id, seenAt: fp.seenAt, publishedAt: fp.publishedAt, title: fp.title, outlet: fp.outlet, terms: fp.terms, years: fp.years, months: fp.months }; };
    expect(await index.splitStory(
      [
        { story: regrouped(sStory, sStory.members.filter((id) => id !== 'tail').map(asMember)), expectedVersion: sStory.version },
        { story: regrouped(lStory, [...lStory.members, 'tail'].map(asMember)), expectedVersion: lStory.version },
      ],
      [{ fingerprint: { ...fps.get('tail')!, storyId: l }, fromStoryId: fps.get('tail')!.storyId }],
    )).toBe(true);
    // The whole report arrives: a copy of both trims, in two halves.
    const whole = input('whole', wire, 3);
    const out = await engine.assign(whole);
    expect(out.copyOf).not.toBeNull();
    expect(out.storyId).toBe(s);
    expect(out.moved.map((m) => [m.articleId, m.storyId])).toEqual([['tail', s]]);
    expect(out.merged).toEqual([]);
    // The index agrees, the halves are recounted and still apart.
    for (const fp of await index.getFingerprints(['head', 'tail', 'whole'])) expect(fp.storyId).toBe(s);
    const [sNow, lNow] = [(await engine.resolve(s))!, (await engine.resolve(l))!];
    expect(sNow.members).toEqual(expect.arrayContaining(['head', 'tail', 'whole']));
    expect(lNow.members).not.toContain('tail');
    expect([sNow.size, lNow.size]).toEqual([sNow.members.length, lNow.members.length]);
    expect(sNow.size + lNow.size).toBe(inputs.size + 3);
    expect(sNow.apart).toContain(l);
    // A worker that died after that transaction: the retry reports the move
    // again, for its caller to record (with the copies that were there
    // already: recording those changes nothing).
    const retried = await engine.assign(whole, { settled: false });
    expect(retried.moved.map((m) => m.articleId)).toContain('tail');
    expect(new Set(retried.moved.map((m) => m.storyId))).toEqual(new Set([s]));
  });

  it('does not cut between two members that are one text, though neither was matched to the other', async () => {
    // A page that ran the first three paragraphs of a Sulawesi report and
    // of a Lombok report is a copy of both (containment 0.6); matched to
    // one as its original, it would be parted from the other by the cut.
    const engine = new StoryEngine(new MemoryStoryIndex());
    let t = Date.parse('2026-02-04T10:00:00Z');
    const s0 = siblingArticle('sulawesi', 1);
    const l0 = siblingArticle('lombok', 1);
    const head = (text: string) => text.split('\n\n').slice(0, 3).join('\n\n');
    const inputs = [
      { id: 'S0', ...s0 },
      { id: 'L0', ...l0 },
      { id: 'both', text: `${head(s0.text)}\n\n${head(l0.text)}`, title: s0.title },
      ...[2, 3, 4, 5, 6, 7].flatMap((n) => [{ id: `S${n}`, ...siblingArticle('sulawesi', n) }, { id: `L${n}`, ...siblingArticle('lombok', n) }]),
    ];
    const storyOf = new Map<string, string>();
    for (const a of inputs) {
      const out = await engine.assign({ id: a.id, text: a.text, title: a.title, publishedAt: null, seenAt: new Date(t++).toISOString(), outlet: null });
      storyOf.set(a.id, out.storyId);
      for (const m of out.moved) storyOf.set(m.articleId, m.storyId);
      if (a.id === 'both') expect(out.copyOf).not.toBeNull();
    }
    const final = new Map(await Promise.all([...storyOf].map(async ([id, sid]) => [id, (await engine.resolve(sid))!.id] as const)));
    expect(final.get('both')).toBe(final.get('S0'));
    expect(final.get('both')).toBe(final.get('L0'));
  });

  it('does not cut one German strike in two by the days its reports name ("seit Dienstag", "seit Mittwoch" are nobody)', async () => {
    const engine = new StoryEngine(new MemoryStoryIndex());
    const stories = new Set<string>();
    let moved = 0;
    let t = Date.parse('2026-02-03T08:00:00Z');
    for (let n = 0; n < 7; n++) for (const day of ['Dienstag', 'Mittwoch'] as const) {
      const a = strikeReport(day, n);
      const out = await engine.assign({ id: `${day}${n}`, text: a.text, title: a.title, publishedAt: null, seenAt: new Date(t++).toISOString(), outlet: null, language: 'de' });
      stories.add((await engine.resolve(out.storyId))!.id);
      moved += out.moved.length;
    }
    expect(moved).toBe(0);
    expect(stories.size).toBe(1);
  });

  it('never splits a story of one event', async () => {
    const { storyOf, splits } = await feed('SSSSSSSSSSSSSSSSSS');
    expect(splits).toBe(0);
    expect(new Set(storyOf.values()).size).toBe(1);
  });

  it('keeps the seeds in one story as their editions pile up: the wire copies, the spun copy and the rewrite are one event', async () => {
    const engine = new StoryEngine(new MemoryStoryIndex());
    let t = Date.parse('2026-02-04T10:00:00Z');
    const stories = new Set<string>();
    const moved: string[] = [];
    for (let edition = 0; edition < 4; edition++) {
      for (const name of ['000', '001', '002', '003', '004']) {
        const out = await processUpload(engine, { id: `${name}-${edition}`, body: `${seed(name).body}\nEdition ${edition}.`, format: 'text', meta: {}, seenAt: new Date(t++).toISOString() });
        stories.add((await engine.resolve(out.assignment!.storyId))!.id);
        moved.push(...out.assignment!.moved.map((m) => m.articleId));
      }
    }
    expect(moved).toEqual([]);
    expect(stories.size).toBe(1);
  });
});
