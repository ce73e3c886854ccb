import { createHash } from 'node:crypto';
import type { StoryIndex } from '../ports/story-index.js';
import type { AssignmentReason, Fingerprint, StoryState } from '../schemas/story.js';
import { bandKeys, minhash } from './minhash.js';
import { overlap, shingleSet, storedShingles, type Overlap, type StoredShingles } from './shingles.js';
import { addVectors, cosine, cosineTo, indexVector, postingTerms, sharedTerms, termVector, type IndexedVector, type TermVector } from './terms.js';
import { mergedStory, openedBy, regrouped, splitInTwo, splittable, withdrawn, withMember, type Member } from './story-state.js';
import { DEFAULT_SPLIT_OPTIONS, findSplit } from './split.js';
import { leadingPeople, type People } from './people.js';
import { mainTimes, mentionedMonths, mentionedYears } from './mentioned-time.js';
import { dayWindow, daysBetween, epochOf } from './days.js';
import { foldForFingerprint } from '../extraction/normalise.js';
import { resolveStory } from './resolve.js';

/**
 * The streaming dedupe engine: one article in, its story and copy relation
 * out. Its cost per article is a fixed number of index reads and writes,
 * whatever the corpus size (candidates come from bounded buckets).
 *
 * Two levels:
 *  - copies: LSH over MinHash of 5-word shingles finds candidates; an exact
 *    shingle-set check (Jaccard, or containment for trimmed copies) decides;
 *  - stories: articles that share little text but the same rare terms
 *    (names, places, numbers) join by cosine to the story's term centroid;
 *    candidate stories come from term-by-day postings.
 * An article that matches two stories bridges them and they merge.
 */
export interface EngineOptions {
  copyJaccard: number;
  copyContainment: number;
  joinScore: number;
  mergeScore: number;
  windowDays: number;
  ttlDays: number;
  maxCopyCandidates: number;
  maxStoryCandidates: number;
  postingTerms: number;
  /** Bump when a change to the engine should re-decide stored articles on re-processing. */
  engineVersion: number;
  /** How many leading candidate stories are compared member by member (three: 0.893 against 0.892 mean F1 over 13 orders, spread 0.026 against 0.033, for 4.6 read units per article). */
  linkCandidates: number;
  /** Weight of the member similarity against the centroid similarity. */
  linkWeight: number;
  /** Score factor when article and story mention years and the article none of the story's own. */
  yearMismatch: number;
  /**
   * The same for months, applied on top. 0.7 on the stories dev set, with
   * the story split by months (`split.ts`): over thirteen arrival orders
   * mean F1 0.910 (precision 0.942), against 0.912 at 1 and 0.914 at 0.6,
   * whose six-order spread was 0.034 and 0.031 against 0.018 at 0.7.
   */
  monthMismatch: number;
  /**
   * Stated publication dates this many days beyond a story's leave its score
   * whole; past them it falls as 1 / (1 + gap / dateDecayDays). A story's
   * coverage runs for weeks (a star leaving rehab six weeks after entering
   * it, a takeover completed four weeks after its announcement), while a
   * sibling event comes months or years apart: a year past, the score is a
   * thirteenth.
   */
  dateWindowDays: number;
  dateDecayDays: number;
  /** Most members an index bucket takes: hot keys must not grow with the corpus. */
  bucketCap: number;
  /** Copy buckets are cut into epochs of this many arrival days, so no band key lives on for ever. */
  lshEpochDays: number;
  /** Fewest members a story has before it is checked for two events; it is checked while it lists every member. */
  splitMin: number;
  /** A story is cut when the mean cosine across its halves is under this share of the lower mean within them. */
  splitRatio: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  copyJaccard: 0.2,
  copyContainment: 0.4,
  joinScore: 0.28,
  mergeScore: 0.5,
  windowDays: 2,
  ttlDays: 30,
  maxCopyCandidates: 12,
  maxStoryCandidates: 12,
  postingTerms: 8,
  engineVersion: 10,
  linkCandidates: 3,
  linkWeight: 0.7,
  yearMismatch: 0.5,
  monthMismatch: 0.7,
  dateWindowDays: 7,
  dateDecayDays: 30,
  bucketCap: 64,
  lshEpochDays: 7,
  splitMin: 10,
  splitRatio: DEFAULT_SPLIT_OPTIONS.ratio,
};

export interface DedupeInput {
  id: string;
  text: string;
  title: string | null;
  publishedAt: string | null;
  seenAt: string;
  outlet: string | null;
  /** ISO 639-1, as extraction detected it: which function words weigh nothing in the story terms. */
  language?: string | null;
}

export interface Assignment {
  storyId: string;
  copyOf: string | null;
  reason: AssignmentReason;
  /** Story ids merged into `storyId` by this article. */
  merged: string[];
  /** True when nothing changed (a replay of an article already assigned). */
  unchanged: boolean;
  /**
   * Copies of this article that arrived after it but were decided before
   * it (out of order, or at the same moment): they could not know their
   * original, so this article records it on their fingerprints, and the
   * caller on their records.
   */
  adopted: Array<{ articleId: string; copyOf: string; reason: AssignmentReason }>;
  /**
   * Other articles this one's arrival moved to a story split off from
   * theirs (see `splitIfTwoEvents`): the caller moves their records too.
   */
  moved: Array<{ articleId: string; storyId: string; reason: AssignmentReason }>;
  /** The story this call split off (null when it split none: a split found again on a retry is not made again). */
  splitOff: string | null;
}

interface Features {
  shingles: Uint32Array;
  /** What the fingerprint stores of them (a long text's mod-4 sample), cut once for all comparisons. */
  stored: StoredShingles;
  bands: string[];
  terms: TermVector;
  /** `terms`, indexed for the many comparisons one placement makes. */
  indexed: IndexedVector;
  years: string[];
  months: string[];
  people: People;
  contentHash: string;
  /** Arrival day: postings are bucketed by when copies reach us, which stays close even when stated dates are missing. */
  day: string;
  /** Stated publication day, when the page gives one. */
  published: string | null;
}

const LSH = (k: string, epoch: string) => `lsh#${k}#${epoch}`;
const POSTING = (term: string, day: string) => `term#${term}#${day}`;
const MAX_RETRIES = 12;

export function storyIdFor(articleId: string): string {
  return `s_${articleId}`;
}

export class StoryEngine {
  readonly options: EngineOptions;

  constructor(
    private readonly index: StoryIndex,
    options: Partial<EngineOptions> = {},
  ) {
    this.options = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  }

  features(a: DedupeInput): Features {
    const shingles = shingleSet(a.text);
    const terms = termVector(a.text, a.title, a.language);
    return {
      shingles,
      stored: storedShingles(shingles),
      bands: bandKeys(minhash(shingles)),
      terms,
      indexed: indexVector(terms),
      years: mentionedYears(a.text, a.publishedAt),
      months: mentionedMonths(a.text, a.publishedAt, a.language),
      people: leadingPeople(a.text, a.title, a.language),
      contentHash: createHash('sha256').update(foldForFingerprint(a.text)).digest('hex').slice(0, 32),
      day: a.seenAt.slice(0, 10),
      published: a.publishedAt ? a.publishedAt.slice(0, 10) : null,
    };
  }

  /**
   * Assign an article. When the inputs of the decision are unchanged (same
   * text, same engine version) the stored assignment is returned: replays
   * and re-processing runs are stable. When the text changed (a better
   * extractor) or the engine did, the article's old contribution is
   * withdrawn and the decision taken again, so it can move to a better story.
   */
  async assign(a: DedupeInput, opts: { settled?: boolean } = {}): Promise<Assignment> {
    const f = this.features(a);
    // Consistent: a replay right after the first decision must find it, or
    // the article would be counted into its story twice.
    const [existing] = await this.index.getFingerprints([a.id], { consistent: true });
    const same = !!existing && existing.contentHash === f.contentHash && existing.engineVersion === this.options.engineVersion;
    if (same && opts.settled !== false) {
      const story = await this.resolve(existing.storyId);
      const moved = story ? await this.splitFollowUps(story, a) : [];
      return { storyId: story?.id ?? existing.storyId, copyOf: existing.copyOf, reason: existing.reason, merged: [], unchanged: true, adopted: [], moved, splitOff: null };
    }
    // Not settled (the caller never recorded the outcome): a worker died after
    // its join committed. The join stands, recorded with the fingerprint in
    // one transaction; the steps after it are idempotent and run again.
    const resumed = same ? existing : null;
    // Re-processed with changed text: the old contribution moves out in the same transaction as the join.
    const previous = same ? null : (existing ?? null);
    // Announce the article in the copy index before looking for candidates:
    // of two copies processed at once, the later reader always sees the
    // other, and the reconciliation below merges whatever both created.
    await this.index.addToBuckets(this.lshKeys(f, 'write'), a.id, this.bucketOptions(a, 'copies'));

    let copy = await this.bestCopy(a.id, f);
    const looked = new Set<string>();
    const candidates = await this.candidateStories(f, copy?.fp.storyId ?? null, previous, looked);
    const byCentroid = [...candidates.values()]
      .map((s) => ({ story: s, score: this.storyScore(f, s) }))
      .sort((x, y) => y.score - x.score || (x.story.id < y.story.id ? -1 : 1));
    // The leading candidates are also compared member by member (their
    // sampled members): a story whose centroid drifted towards a topic
    // (every earthquake, every patch) must also hold articles close to this one.
    const members = new Map<string, Fingerprint[]>();
    for (const c of byCentroid.slice(0, this.options.linkCandidates)) {
      if (c.score < this.options.joinScore * 0.6) break;
      members.set(c.story.id, await this.index.getFingerprints(c.story.sample.filter((id) => id !== a.id)));
    }
    const scored = byCentroid
      .map((c) => ({ story: c.story, score: members.has(c.story.id) ? this.linkedScore(f, c.score, members.get(c.story.id)!) : c.score * 0.5 }))
      .sort((x, y) => y.score - x.score || (x.story.id < y.story.id ? -1 : 1));
    // Copies that LSH missed (low overlap, heavy trims) are looked for among
    // the sampled members of the stories the terms point to.
    if (!copy && members.size) copy = this.rankCopies(f, [...members.values()].flat())[0] ?? null;

    let target: StoryState | null = null;
    let reason: AssignmentReason;
    if (copy) {
      target = (await this.resolve(copy.fp.storyId)) ?? null;
      reason = copyReason(copy.o, copy.fp.articleId, target?.id ?? null);
    } else if (scored[0] && scored[0].score >= this.options.joinScore) {
      target = scored[0].story;
      reason = {
        signal: 'terms', score: round(scored[0].score), articleId: target.canonicalId, storyId: target.id,
        terms: sharedTerms(f.terms, target.centroid), jaccard: null, containment: null,
      };
    } else {
      reason = { signal: 'new', score: round(scored[0]?.score ?? 0), articleId: null, storyId: null, terms: [], jaccard: null, containment: null };
    }

    // Only an article that arrived before this one can be its original
    // (re-processing an original must not make it a copy of its copies).
    const earlier = copy && isEarlier(copy.fp, a) ? copy.fp : null;
    const copyOf = resumed ? resumed.copyOf : earlier ? (earlier.copyOf && earlier.copyOf !== a.id ? earlier.copyOf : earlier.articleId) : null;
    if (resumed) reason = resumed.reason;
    const fpFor = (storyId: string, movedFrom: string | null = previous?.storyId ?? null): Fingerprint => ({
      articleId: a.id, contentHash: f.contentHash, engineVersion: this.options.engineVersion, ...f.stored, terms: f.terms, years: f.years, months: f.months, people: f.people,
      publishedAt: a.publishedAt, seenAt: a.seenAt, outlet: a.outlet, storyId, copyOf, reason: { ...reason, storyId }, movedFrom, title: a.title,
    });
    const joined = resumed ? null : await this.join(a, f, target, previous, fpFor);
    const storyId = joined ? joined.storyId : ((await this.resolve(resumed!.storyId))?.id ?? resumed!.storyId);
    const fp = resumed ?? fpFor(storyId, joined!.movedFrom);
    // The joined story's centroid is built only when a candidate scores high enough to be taken in (most articles have none).
    let joinedCentroid: IndexedVector | undefined;
    const joinedTerms = () => (joinedCentroid ??= indexVector(addVectors(target!.centroid, f.terms)));
    const bridged = scored.filter((s) => s.story.id !== storyId && (s.score >= this.options.mergeScore || (!!target && this.subsumes(joinedTerms, s)))).map((s) => s.story.id);
    await this.index.addToBuckets(postingTerms(f.terms, this.options.postingTerms).map((t) => POSTING(t, f.day)), storyId, this.bucketOptions(a, 'postings'));

    if (fp.movedFrom) await this.retireIfEmpty(fp.movedFrom, storyId);
    // Reconcile with articles processed at the same moment: stories that did
    // not exist when we looked but match now were made concurrently. Each
    // article writes its buckets before this second look, so of two articles
    // processed at once the later to look always sees the other, provided
    // this look is a consistent read (the first may lag: whatever it missed
    // is caught here). Concurrent articles arrive on the same day, give or
    // take midnight, so only postings of the adjacent days are read again,
    // and only ids not already looked at.
    const lateScored = [...(await this.candidateStories(f, null, null, looked, { consistent: true, radius: 1 })).values()]
      .filter((s) => !candidates.has(s.id) && s.id !== storyId)
      .map((s) => ({ story: s, score: this.storyScore(f, s) }))
      .filter((c) => c.score >= this.options.joinScore);
    const lateStories = lateScored.map((c) => c.story);
    const late = lateStories.map((s) => s.id);
    const lateCopies = await this.copyMatches(a.id, f, true);
    // A trimmed copy that LSH misses is found among its story's members;
    // when that story only turned up now, its members are compared now.
    if (!copyOf && !resumed && lateStories.length) {
      const sample = lateStories.flatMap((s) => s.sample).filter((id) => id !== a.id);
      lateCopies.push(...this.rankCopies(f, await this.index.getFingerprints(sample, { consistent: true })));
    }
    const merged: string[] = [];
    let survivor = storyId;
    const copyStories = await this.storiesOf(lateCopies, storyId);
    // Stories of copies that would not merge: split apart from this one (see `rejoinCopies`).
    const apartCopyStories: string[] = [];
    for (const other of [...bridged, ...late, ...copyStories]) {
      const result = await this.merge(survivor, other);
      if (result && result.loser) {
        merged.push(result.loser);
        survivor = result.survivor;
      } else if (!result && copyStories.includes(other)) apartCopyStories.push(other);
    }
    // A copy processed at the same moment as its original: of the two, the
    // one that arrived later (ties: the larger id) is the copy; both sides
    // apply the same rule, so they never point at each other.
    let finalCopyOf = copyOf;
    let finalReason = fp.reason;
    const original = lateCopies.find(({ fp: other }) => other.copyOf !== a.id && isEarlier(other, a));
    if (!finalCopyOf && original) {
      finalCopyOf = original.fp.copyOf ?? original.fp.articleId;
      finalReason = copyReason(original.o, original.fp.articleId, survivor);
      [finalCopyOf, finalReason] = await this.rewriteOwn({ ...fp, storyId: survivor, copyOf: finalCopyOf, reason: finalReason });
    } else if (finalReason.signal === 'new' && !resumed && lateScored.length && survivor !== storyId) {
      // It started a story, and the reconciliation merged that into a story
      // found only then (an older one: the story seen first survives): it
      // joined that story, by its terms, and says so.
      const joined = lateScored.reduce((x, y) => (y.score > x.score ? y : x));
      finalReason = {
        signal: 'terms', score: round(joined.score), articleId: joined.story.canonicalId, storyId: survivor,
        terms: sharedTerms(f.terms, joined.story.centroid), jaccard: null, containment: null,
      };
      [finalCopyOf, finalReason] = await this.rewriteOwn({ ...fp, storyId: survivor, copyOf: finalCopyOf, reason: finalReason });
    }
    // Copies that arrived after this article but were decided first (SQS
    // delivers out of order; two copies can be processed at the same
    // moment, the later arrival looking first) point at no original: this
    // article, the earlier arrival, is it, and records that on them.
    const root = finalCopyOf ?? a.id;
    const adopted: Assignment['adopted'] = [];
    const laterCopies = [...(copy ? [copy] : []), ...lateCopies].filter(({ fp: other }) => other.articleId !== a.id && !other.copyOf && !isEarlier(other, a));
    for (const { fp: seen, o } of laterCopies) {
      if (adopted.some((c) => c.articleId === seen.articleId)) continue;
      // Read again, consistently: a copy that found its original meanwhile is left alone.
      const [other] = await this.index.getFingerprints([seen.articleId], { consistent: true });
      if (!other || other.copyOf) continue;
      const otherReason = copyReason(o, a.id, survivor);
      // Conditional: the copy may find its original between that read and this write.
      if (!(await this.index.putFingerprint({ ...other, storyId: survivor, copyOf: root, reason: otherReason }, { unlessCopy: true }))) continue;
      adopted.push({ articleId: other.articleId, copyOf: root, reason: otherReason });
    }
    const rejoined = apartCopyStories.length ? await this.rejoinCopies(survivor, apartCopyStories[0], lateCopies, a) : null;
    const joinedTo = rejoined?.storyId ?? survivor;
    const split = await this.splitIfTwoEvents(joinedTo, a);
    const own = split?.moved.find((m) => m.articleId === a.id);
    const storyOf = own?.storyId ?? joinedTo;
    const alsoMoved = [...(rejoined?.moved ?? []), ...(split?.moved ?? [])].filter((m) => m.articleId !== a.id);
    let moved = firstPerArticle(alsoMoved);
    // A retry after the join: a split this article set off then is done, and
    // only found again; so are copies it brought over from a split half,
    // which name its story now (a copy whose record names it already is no move).
    if (resumed) {
      const story = await this.resolve(storyOf);
      const again = story ? await this.splitFollowUps(story, a) : [];
      const brought = lateCopies.filter(({ fp: c }) => c.storyId === storyOf && c.articleId !== a.id).map(({ fp: c }) => ({ articleId: c.articleId, storyId: storyOf, reason: c.reason }));
      moved = [...firstPerArticle([...again, ...brought]).filter((m) => !moved.some((x) => x.articleId === m.articleId)), ...moved];
    }
    return { storyId: storyOf, copyOf: finalCopyOf, reason: { ...finalReason, storyId: storyOf }, merged, unchanged: false, adopted, moved, splitOff: split?.storyId ?? null };
  }

  /**
   * Sizes at which a story is checked: at every size up to 32, then at
   * every fourth, so a check's reads (one fingerprint per member) stay
   * under 32 per article. Checking only every other size while small lost
   * splits in some arrival orders (mean F1 over six orders 0.838 against 0.844).
   */
  private splitCheckpoint(size: number): boolean {
    if (size < this.options.splitMin) return false;
    return size <= 32 || size % 4 === 0;
  }

  /**
   * Cut a story that holds two events in two (see `split.ts`). Checked as
   * the story grows, while it still lists every member (`members`): beyond
   * that, members the engine cannot list could not follow their half. The
   * half with the canonical article keeps the story; the other opens a
   * story of its own, its members' fingerprints moved in the same
   * transaction, and its postings written so that later articles of its
   * event find it. The halves list each other as apart: an article that
   * bridges them does not merge them back.
   */
  private async splitIfTwoEvents(storyId: string, a: DedupeInput): Promise<{ storyId: string; moved: Assignment['moved'] } | null> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      const story = await this.resolve(storyId);
      if (!story || !this.splitCheckpoint(story.size) || story.size !== story.members.length || !splittable(story)) return null;
      const fps = await this.index.getFingerprints(story.members, { consistent: true });
      if (fps.length !== story.size) return null;
      // Members of stories merged into this one still name those: they must resolve here.
      for (const other of new Set(fps.map((fp) => fp.storyId))) if (other !== story.id && (await this.resolve(other))?.id !== story.id) return null;
      const found = findSplit(fps.map((fp) => ({ id: fp.articleId, terms: fp.terms, copyOf: fp.copyOf, people: fp.people, months: fp.months, published: fp.publishedAt?.slice(0, 10) ?? null })), story.canonicalId, { ...DEFAULT_SPLIT_OPTIONS, ratio: this.options.splitRatio, sameDaysWindow: this.options.dateWindowDays });
      if (!found) return null;
      const out = new Set(found.leaving);
      const [stay, go] = [fps.filter((fp) => !out.has(fp.articleId)), fps.filter((fp) => out.has(fp.articleId))];
      if (this.copyAcross(stay, go)) return null;
      const newId = `${story.id}.${story.version}`;
      const { kept, split } = splitInTwo(story, stay.map(memberOf), go.map(memberOf), newId, a.id, found.reason);
      const moves = go.map((fp) => ({ fingerprint: { ...fp, storyId: newId, reason: { ...fp.reason, storyId: newId } }, fromStoryId: fp.storyId }));
      const writes = [{ story: kept, expectedVersion: story.version }, { story: split, expectedVersion: null }];
      if (!(await this.index.splitStory(writes, moves))) continue;
      return { storyId: newId, moved: await this.splitOffFound(newId, moves.map((m) => m.fingerprint), a) };
    }
    return null;
  }

  /**
   * One text in two split halves: the article copies a member of each (two
   * outlets' trims of one wire story, filed with different halves before
   * an article that copies both arrived). The halves are two events, and
   * stay apart; but one text tells of one event, so the copies (the
   * article and the members it copies) go together to the half their terms
   * are closer to, member by member against the rest of each half (ties
   * stay). Both halves are recounted from their members in one
   * transaction with the moved fingerprints, so only halves that still
   * list every member are regrouped, and a half is never emptied.
   */
  private async rejoinCopies(storyId: string, apartId: string, copies: Array<{ fp: Fingerprint }>, a: DedupeInput): Promise<{ storyId: string; moved: Assignment['moved'] } | null> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      const [here, there] = [await this.resolve(storyId), await this.resolve(apartId)];
      if (!here || !there || here.id === there.id || !(here.apart.includes(there.id) || there.apart.includes(here.id))) return null;
      if (here.size !== here.members.length || there.size !== there.members.length) return null;
      const fps = await this.index.getFingerprints([...here.members, ...there.members], { consistent: true });
      if (fps.length !== here.size + there.size) return null;
      const inHere = new Set(here.members);
      const text = new Set([a.id, ...copies.map((c) => c.fp.articleId)]);
      const group = fps.filter((fp) => text.has(fp.articleId));
      const rest = (half: StoryState) => fps.filter((fp) => inHere.has(fp.articleId) === (half === here) && !text.has(fp.articleId));
      const closeness = (half: StoryState) => {
        const others = rest(half);
        let sum = 0;
        for (const g of group) for (const m of others) sum += cosine(g.terms, m.terms);
        return others.length ? sum / (group.length * others.length) : -1;
      };
      const [to, from] = closeness(there) > closeness(here) ? [there, here] : [here, there];
      const moving = group.filter((fp) => inHere.has(fp.articleId) === (from === here));
      const staying = rest(from);
      if (!moving.length || !staying.length) return null;
      const joining = [...fps.filter((fp) => inHere.has(fp.articleId) === (to === here)), ...moving];
      const writes = [
        { story: regrouped(from, staying.map(memberOf)), expectedVersion: from.version },
        { story: regrouped(to, joining.map(memberOf)), expectedVersion: to.version },
      ];
      const moves = moving.map((fp) => ({ fingerprint: { ...fp, storyId: to.id, reason: { ...fp.reason, storyId: to.id } }, fromStoryId: fp.storyId }));
      if (!(await this.index.splitStory(writes, moves))) continue;
      return { storyId: to.id, moved: await this.splitOffFound(to.id, moves.map((m) => m.fingerprint), a) };
    }
    return null;
  }

  /**
   * Does a copy pair run across a cut? The cut keeps each copy with the
   * original it was matched to (`copyOf`), but a text can be a copy of
   * more than one member (an outlet's trim of the wire, matched to another
   * outlet's edit of it, is also a trim of the first), and two members
   * that are one text hold no event boundary between them. Compared only
   * when a cut is found: a few hundred set overlaps, now and then.
   */
  private copyAcross(stay: Fingerprint[], go: Fingerprint[]): boolean {
    for (const x of stay)
      for (const y of go) {
        const o = overlap(x.shingles, y.shingles, x.shingleMod, y.shingleMod);
        if (this.isCopy(o, x.shingles.length * x.shingleMod, y.shingles.length * y.shingleMod)) return true;
      }
    return false;
  }

  /**
   * What a split that `a` set off leaves to do, found again when `a` is
   * retried: its worker may have died, or given up on a busy member's
   * record, after the split's transaction committed, and the retry finds
   * the story already cut. The half split off names `a` (`splitBy`): `a`'s
   * own story, or one listed apart from it. Its members that still name it
   * and arrived before `a` are the moves its caller records (later arrivals
   * joined the half themselves); none when `a` split nothing.
   */
  private async splitFollowUps(story: StoryState, a: DedupeInput): Promise<Assignment['moved']> {
    const halves = story.splitBy === a.id ? [story] : [];
    if (story.apart.length) for (const s of (await this.index.getStories(story.apart, { consistent: true })).values()) if (s.splitBy === a.id) halves.push(s);
    const moved: Assignment['moved'] = [];
    for (const half of halves) {
      const still = (await this.index.getFingerprints(half.members, { consistent: true })).filter((fp) => fp.storyId === half.id && fp.seenAt <= a.seenAt);
      moved.push(...(await this.splitOffFound(half.id, still, a)).filter((m) => m.articleId !== a.id));
    }
    return moved;
  }

  /**
   * The half split off as `storyId` made findable: its members' postings
   * (written again on a retry, which adds nothing twice), so that later
   * articles of its event find it; and its members, as moves to record.
   */
  private async splitOffFound(storyId: string, members: Fingerprint[], a: DedupeInput): Promise<Assignment['moved']> {
    const postings = new Set(members.flatMap((fp) => postingTerms(fp.terms, this.options.postingTerms).map((t) => POSTING(t, fp.seenAt.slice(0, 10)))));
    await this.index.addToBuckets([...postings], storyId, this.bucketOptions(a, 'postings'));
    return members.map((fp) => ({ articleId: fp.articleId, storyId, reason: fp.reason }));
  }

  /**
   * Rewrite the article's own fingerprint after the reconciliation, unless
   * its original found it meanwhile and marked it a copy (see the adoption
   * in `assign`): that relation is kept, never overwritten. Returns the
   * relation and reason the stored fingerprint ends with.
   */
  private async rewriteOwn(fp: Fingerprint): Promise<[string | null, AssignmentReason]> {
    if (await this.index.putFingerprint(fp, { unlessCopy: true })) return [fp.copyOf, fp.reason];
    const [current] = await this.index.getFingerprints([fp.articleId], { consistent: true });
    return current ? [current.copyOf, current.reason] : [fp.copyOf, fp.reason];
  }

  /**
   * The story an article is in now: what its fingerprint names, resolved.
   * Another article's split may have moved it since its own assignment
   * returned `assigned`; one consistent read when it has not.
   */
  async storyNow(articleId: string, assigned: string): Promise<string> {
    const [fp] = await this.index.getFingerprints([articleId], { consistent: true });
    if (!fp || fp.storyId === assigned) return assigned;
    return (await this.resolve(fp.storyId))?.id ?? assigned;
  }

  /** Follow merges to the surviving story. */
  resolve(id: string): Promise<StoryState | null> {
    return resolveStory(this.index, id);
  }

  /**
   * Copy buckets are read only within their epoch and the story window
   * after it, so they need not outlive that (they are most of the index:
   * 24 band keys per article); postings keep the full TTL, for re-processing.
   */
  private bucketOptions(a: DedupeInput, kind: 'copies' | 'postings') {
    const { ttlDays, lshEpochDays, windowDays, bucketCap } = this.options;
    return { ttlDays: kind === 'copies' ? Math.min(ttlDays, lshEpochDays + windowDays) : ttlDays, cap: bucketCap, at: a.seenAt };
  }

  /**
   * Band keys in the article's arrival epoch. Reads also look in the
   * previous epoch while the article is within the story window of the
   * epoch's start, so a copy a day after an epoch boundary still finds its
   * original; writes go to one epoch only.
   */
  private lshKeys(f: Features, use: 'read' | 'write'): string[] {
    const { start, previous } = epochOf(f.day, this.options.lshEpochDays);
    const epochs = use === 'read' && previous && daysBetween(start, f.day) < this.options.windowDays ? [start, previous] : [start];
    return epochs.flatMap((e) => f.bands.map((b) => LSH(b, e)));
  }

  private async bestCopy(selfId: string, f: Features): Promise<{ fp: Fingerprint; o: Overlap } | null> {
    const matches = await this.copyMatches(selfId, f);
    return matches[0] ?? null;
  }

  private async copyMatches(selfId: string, f: Features, consistent = false): Promise<Array<{ fp: Fingerprint; o: Overlap }>> {
    const buckets = await this.index.readBuckets(this.lshKeys(f, 'read'), { consistent });
    const hits = new Map<string, number>();
    for (const members of buckets.values()) for (const m of members) if (m !== selfId) hits.set(m, (hits.get(m) ?? 0) + 1);
    const ids = [...hits].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, this.options.maxCopyCandidates).map(([id]) => id);
    if (ids.length === 0) return [];
    return this.rankCopies(f, await this.index.getFingerprints(ids, { consistent }));
  }

  private rankCopies(f: Features, fps: Fingerprint[]): Array<{ fp: Fingerprint; o: Overlap }> {
    const out: Array<{ fp: Fingerprint; o: Overlap }> = [];
    for (const fp of fps) {
      // A stored sample is compared with ours; a whole stored set with our whole set.
      const o = fp.shingleMod === 1 ? overlap(f.shingles, fp.shingles) : overlap(f.stored.shingles, fp.shingles, f.stored.shingleMod, fp.shingleMod);
      if (this.isCopy(o, f.shingles.length, fp.shingles.length * fp.shingleMod)) out.push({ fp, o });
    }
    // Earliest-seen wins ties so copy chains point at the original.
    return out.sort((x, y) => y.o.containment + y.o.jaccard - (x.o.containment + x.o.jaccard) || (x.fp.seenAt < y.fp.seenAt ? -1 : 1));
  }

  isCopy(o: Overlap, sizeA: number, sizeB: number): boolean {
    if (Math.min(sizeA, sizeB) < 8) return o.jaccard >= 0.9; // too short to judge by containment
    return o.jaccard >= this.options.copyJaccard || o.containment >= this.options.copyContainment;
  }

  /**
   * Stories the article's salient terms point to, from postings within
   * `read.radius` days of its arrival; `previous` (its own old
   * contribution, when re-processed) is left out of them. Ids in `looked`
   * are skipped, and every id read is added to it.
   */
  private async candidateStories(
    f: Features,
    copyStory: string | null,
    previous: Fingerprint | null,
    looked: Set<string>,
    read: { consistent: boolean; radius: number } = { consistent: false, radius: this.options.windowDays },
  ): Promise<Map<string, StoryState>> {
    const days = dayWindow(f.day, read.radius);
    const keys = postingTerms(f.terms, this.options.postingTerms).flatMap((t) => days.map((d) => POSTING(t, d)));
    const buckets = await this.index.readBuckets(keys, { consistent: read.consistent });
    const votes = new Map<string, number>();
    for (const [key, members] of buckets) {
      const term = key.split('#')[1];
      for (const m of members) votes.set(m, (votes.get(m) ?? 0) + (f.terms[term] ?? 0));
    }
    const ids = [...votes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, this.options.maxStoryCandidates).map(([id]) => id);
    if (copyStory) ids.push(copyStory);
    // A re-processed article weighs its own story too: re-processing runs
    // over articles older than the index's buckets, and an article whose
    // text improved must not leave its story only because the postings that
    // found it have expired.
    if (previous) ids.push(previous.storyId);
    const out = new Map<string, StoryState>();
    const previousStory = previous ? (await this.resolve(previous.storyId))?.id : null;
    // One batch read for all candidates, not one round trip each. The first
    // look only ranks them (joining re-checks the version), so it may lag;
    // the reconciliation must see a story made a moment ago.
    const fresh = [...new Set(ids)].filter((id) => !looked.has(id));
    for (const id of fresh) looked.add(id);
    const got = fresh.length ? await this.index.getStories(fresh, { consistent: read.consistent }) : new Map<string, StoryState>();
    for (const id of fresh) {
      let s = got.get(id) ?? null;
      if (s?.mergedInto) s = await this.resolve(s.mergedInto);
      if (s && s.id === previousStory) s = withdrawn(s, previous!);
      if (s && s.size > 0) out.set(s.id, s);
    }
    return out;
  }

  /**
   * Does the story this article joined (its centroid with the article in,
   * built by `joined` on first use) take in another candidate story it could have joined too
   * (scored at `joinScore` or more)? One article scores high enough to
   * bridge two stories (`mergeScore`) only now and then, so two starts of
   * one event, opened by reports that arrived before either could find the
   * other (a weak first report, an early angle), would stay apart for good.
   * They are one story when their centroids are as close as a bridging
   * article must be to each, or when the other is one article that would
   * join this story now.
   */
  private subsumes(joined: () => IndexedVector, other: { story: StoryState; score: number }): boolean {
    const { joinScore, mergeScore } = this.options;
    return other.score >= joinScore && cosineTo(joined(), other.story.centroid) >= (other.story.size === 1 ? joinScore : mergeScore);
  }

  /** Centroid similarity blended with the mean of the closest members' similarities. */
  private linkedScore(f: Features, centroidScore: number, fps: Fingerprint[]): number {
    if (fps.length === 0) return centroidScore;
    const sims = fps.map((fp) => cosineTo(f.indexed, fp.terms)).sort((x, y) => y - x).slice(0, 3);
    const link = sims.reduce((acc, x) => acc + x, 0) / sims.length;
    const w = this.options.linkWeight;
    return (1 - w) * centroidScore + w * link;
  }

  storyScore(f: Features, s: StoryState): number {
    let sim = cosineTo(f.indexed, s.centroid);
    // Similar events recur (another earthquake, another patch, another
    // injury): when the article mentions years, or months, and none of the
    // story's own, they are most likely different events. A story's own are
    // those most of its members mention (`mainTimes`): one member's look
    // back at an earlier patch must not open the story to every year.
    const storyYears = mainTimes(s.years);
    if (f.years.length && storyYears.length && !f.years.some((y) => storyYears.includes(y))) sim *= this.options.yearMismatch;
    const storyMonths = mainTimes(s.months);
    if (f.months.length && storyMonths.length && !f.months.some((m) => storyMonths.includes(m))) sim *= this.options.monthMismatch;
    // Same event, same weeks: when both sides state a publication date, the
    // score decays beyond a week (an anniversary piece is not the event).
    if (!f.published || !s.publishedFrom || !s.publishedTo) return sim;
    const { dateWindowDays, dateDecayDays } = this.options;
    const gap = Math.max(0, daysBetween(f.published, s.publishedFrom.slice(0, 10)) - dateWindowDays, daysBetween(s.publishedTo.slice(0, 10), f.published) - dateWindowDays);
    return gap > 0 ? sim / (1 + gap / dateDecayDays) : sim;
  }

  /**
   * Add the article to `target` (or a new story), and take a re-processed
   * article's old contribution out of its previous story, in one transaction
   * with the fingerprint that records the decision; optimistic, retried on
   * conflict.
   */
  private async join(
    a: DedupeInput,
    f: Features,
    target: StoryState | null,
    previous: Fingerprint | null,
    fpFor: (storyId: string, movedFrom?: string | null) => Fingerprint,
  ): Promise<{ storyId: string; movedFrom: string | null }> {
    let story = target;
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      // A split may have moved the article's old contribution to the story
      // split off meanwhile: after a conflict, its own fingerprint says where it is now.
      if (attempt > 0 && previous) previous = (await this.index.getFingerprints([a.id], { consistent: true }))[0] ?? previous;
      const old = previous ? await this.resolve(previous.storyId) : null;
      const from = previous?.storyId ?? null;
      const leaving = old ? [{ story: { ...withdrawn(old, previous!), version: old.version + 1 }, expectedVersion: old.version }] : [];
      if (!story) {
        const id = storyIdFor(a.id);
        const existing = id === old?.id ? old : (await this.index.getStories([id])).get(id);
        if (existing) {
          story = existing.mergedInto ? await this.resolve(existing.mergedInto) : existing;
          if (!story) throw new Error(`story ${id} resolves to nothing`);
          continue;
        }
        const fresh = openedBy(id, member(a, f));
        if (await this.index.putStories([{ story: fresh, expectedVersion: null }, ...leaving], fpFor(id, from))) return { storyId: id, movedFrom: from };
        continue;
      }
      // Staying in the same story: one write takes the old contribution out and puts the new one in.
      const stays = old?.id === story.id;
      const base = stays ? withdrawn(old!, previous!) : story;
      const next = withMember(base, story.version + 1, member(a, f));
      const writes = [{ story: next, expectedVersion: story.version }, ...(stays ? [] : leaving)];
      if (await this.index.putStories(writes, fpFor(story.id, from))) return { storyId: story.id, movedFrom: from };
      story = await this.resolve(story.id);
    }
    throw new Error(`could not join story for ${a.id}: too much contention`);
  }

  /** A story left empty by a moved article keeps resolving to where it went. */
  private async retireIfEmpty(oldId: string, intoId: string): Promise<void> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      const old = await this.resolve(oldId);
      if (!old || old.id === intoId || old.size > 0) return;
      if (await this.index.putStory({ ...old, version: old.version + 1, mergedInto: intoId }, old.version)) return;
    }
  }

  /** Stories of copies that differ from ours: created concurrently, to be merged. */
  private async storiesOf(copies: Array<{ fp: Fingerprint }>, storyId: string): Promise<string[]> {
    const out = new Set<string>();
    for (const { fp } of copies) {
      const s = await this.resolve(fp.storyId);
      if (s && s.id !== storyId) out.add(s.id);
    }
    return [...out];
  }

  /**
   * Merge two stories: the one seen first survives; the other keeps
   * resolving to it through `mergedInto`. Both writes happen in one
   * transaction, so a concurrent join retries against the survivor.
   */
  async merge(aId: string, bId: string): Promise<{ survivor: string; loser: string | null } | null> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      const a = await this.resolve(aId);
      const b = await this.resolve(bId);
      if (!a || !b) return null;
      if (a.id === b.id) return { survivor: a.id, loser: null };
      // Split apart: two events, whatever one article shares with both.
      if (a.apart.includes(b.id) || b.apart.includes(a.id)) return null;
      const [survivor, loser] = a.firstSeen < b.firstSeen || (a.firstSeen === b.firstSeen && a.id < b.id) ? [a, b] : [b, a];
      const merged = mergedStory(survivor, loser);
      const retired: StoryState = { ...loser, version: loser.version + 1, mergedInto: survivor.id };
      const ok = await this.index.putStories(
        [
          { story: merged, expectedVersion: survivor.version },
          { story: retired, expectedVersion: loser.version },
        ],
        undefined,
        { survivor: survivor.id, loser: loser.id },
      );
      if (ok) return { survivor: survivor.id, loser: loser.id };
    }
    throw new Error(`could not merge ${aId} and ${bId}: too much contention`);
  }
}

function isEarlier(fp: Fingerprint, a: DedupeInput): boolean {
  return fp.seenAt < a.seenAt || (fp.seenAt === a.seenAt && fp.articleId < a.id);
}

/** Why an article is a copy: the overlap with `articleId`, its original, in `storyId`. */
function copyReason(o: Overlap, articleId: string, storyId: string | null): AssignmentReason {
  return { signal: 'copy', score: round(Math.max(o.jaccard, o.containment)), articleId, storyId, terms: [], jaccard: round(o.jaccard), containment: round(o.containment) };
}

/** Each article's first move of `moves`: one article moves once. */
function firstPerArticle<T extends { articleId: string }>(moves: T[]): T[] {
  return moves.filter((m, i) => moves.findIndex((x) => x.articleId === m.articleId) === i);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** What the article brings to its story. */
function member(a: DedupeInput, f: Features): Member {
  return { id: a.id, seenAt: a.seenAt, publishedAt: a.publishedAt, title: a.title, outlet: a.outlet, terms: f.terms, years: f.years, months: f.months };
}

/** What a stored article brings to its story. */
function memberOf(fp: Fingerprint): Member {
  return { id: fp.articleId, seenAt: fp.seenAt, publishedAt: fp.publishedAt, title: fp.title, outlet: fp.outlet, terms: fp.terms, years: fp.years, months: fp.months };
}
