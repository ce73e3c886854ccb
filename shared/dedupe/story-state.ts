import type { Fingerprint, SplitReason, StoryState } from '../schemas/story.js';
import { addVectors, type TermVector } from './terms.js';

/**
 * A story's state as its members shape it: opened by one article, grown by
 * another, two merged into one, or an article's contribution withdrawn.
 * Pure functions: the engine decides, and writes the result conditionally.
 */

/** What one article brings to its story. */
export interface Member {
  id: string;
  seenAt: string;
  publishedAt: string | null;
  title: string | null;
  outlet: string | null;
  terms: TermVector;
  years: string[];
  months: string[];
}

// Outlets listed on a story: enough for any wire story's pick-up list, and a bounded item.
const MAX_OUTLETS = 200;
// Members a story samples for member-by-member comparison: its first ones (the originals) and the latest.
const SAMPLE_SIZE = 16;
const SAMPLE_HEAD = 10;
// Stories a story was split from or split off: a bounded item; a story split that often is no longer split.
const MAX_APART = 16;

/** The story an article opens. Its canonical article is the article itself, dated by its publication (else its arrival). */
export function openedBy(id: string, m: Member): StoryState {
  return {
    id, version: 1, size: 1, centroid: m.terms, firstSeen: m.seenAt, lastSeen: m.seenAt,
    publishedFrom: m.publishedAt, publishedTo: m.publishedAt, canonicalId: m.id, canonicalAt: m.publishedAt ?? m.seenAt,
    title: m.title, outlets: m.outlet ? [m.outlet] : [], years: recount({}, m.years, 1), months: recount({}, m.months, 1), sample: [m.id], members: [m.id], mergedInto: null, mergedCount: 0, apart: [], splitBy: null, splitOn: null,
  };
}

/** `base` with one more member, at `version`. An earlier member becomes the canonical article and gives the story its title. */
export function withMember(base: StoryState, version: number, m: Member): StoryState {
  const at = m.publishedAt ?? m.seenAt;
  const earlier = at < base.canonicalAt || base.size === 0;
  return {
    ...base,
    version,
    size: base.size + 1,
    centroid: addVectors(base.centroid, m.terms),
    firstSeen: min(base.firstSeen, m.seenAt),
    lastSeen: max(base.lastSeen, m.seenAt),
    publishedFrom: minOpt(base.publishedFrom, m.publishedAt),
    publishedTo: maxOpt(base.publishedTo, m.publishedAt),
    canonicalId: earlier ? m.id : base.canonicalId,
    canonicalAt: earlier ? at : base.canonicalAt,
    title: earlier && m.title ? m.title : base.title ?? m.title,
    outlets: m.outlet && !base.outlets.includes(m.outlet) ? [...base.outlets, m.outlet].slice(0, MAX_OUTLETS) : base.outlets,
    years: recount(base.years, m.years, 1),
    months: recount(base.months, m.months, 1),
    sample: addToSample(base.sample, m.id),
    members: listed(base.members, [m.id]),
  };
}

/** Two stories as one: the survivor's id and next version, everything the loser held added in. */
export function mergedStory(survivor: StoryState, loser: StoryState): StoryState {
  const earlier = loser.canonicalAt < survivor.canonicalAt;
  return {
    ...survivor,
    version: survivor.version + 1,
    size: survivor.size + loser.size,
    centroid: addVectors(survivor.centroid, loser.centroid),
    firstSeen: min(survivor.firstSeen, loser.firstSeen),
    lastSeen: max(survivor.lastSeen, loser.lastSeen),
    publishedFrom: minOpt(survivor.publishedFrom, loser.publishedFrom),
    publishedTo: maxOpt(survivor.publishedTo, loser.publishedTo),
    canonicalId: earlier ? loser.canonicalId : survivor.canonicalId,
    canonicalAt: earlier ? loser.canonicalAt : survivor.canonicalAt,
    title: earlier ? loser.title ?? survivor.title : survivor.title ?? loser.title,
    outlets: [...new Set([...survivor.outlets, ...loser.outlets])].slice(0, MAX_OUTLETS),
    mergedCount: survivor.mergedCount + 1 + loser.mergedCount,
    sample: [...new Set([...survivor.sample, ...loser.sample])].slice(0, SAMPLE_SIZE),
    apart: [...new Set([...survivor.apart, ...loser.apart])].slice(0, MAX_APART),
    members: listed(survivor.members, loser.members),
    years: summed(survivor.years, loser.years),
    months: summed(survivor.months, loser.months),
  };
}

/** Whether a story may be split again (the halves list each other, and that list is bounded). */
export function splittable(story: StoryState): boolean {
  return story.apart.length < MAX_APART;
}

/**
 * A story cut in two: `story` keeps its id and the members in `keep`, at its
 * next version; the members in `leave` open `newId`. Each half is recounted
 * from its members (all of them: a story is split only while it lists
 * every member), and each lists the other as apart. The half that leaves
 * names `by`, the article whose arrival split the story: a retry of that
 * article finds its split there (see the engine's `splitFollowUps`); and
 * `on`, what told the two events apart.
 */
export function splitInTwo(story: StoryState, keep: Member[], leave: Member[], newId: string, by: string, on: SplitReason): { kept: StoryState; split: StoryState } {
  const kept = { ...builtFrom(story.id, keep), version: story.version + 1, mergedCount: story.mergedCount, apart: [...story.apart, newId], splitBy: story.splitBy, splitOn: story.splitOn };
  const split = { ...builtFrom(newId, leave), apart: [story.id], splitBy: by, splitOn: on };
  return { kept, split };
}

/**
 * A story recounted from a new list of members (all of them: only a story
 * that lists every member is regrouped), at its next version; what it is
 * (merges, split halves apart from it, what split it off) stays.
 */
export function regrouped(story: StoryState, members: Member[]): StoryState {
  return { ...builtFrom(story.id, members), version: story.version + 1, mergedCount: story.mergedCount, apart: story.apart, splitBy: story.splitBy, splitOn: story.splitOn };
}

/** A story as its members make it, in arrival order. */
function builtFrom(id: string, members: Member[]): StoryState {
  const [first, ...rest] = [...members].sort((x, y) => (x.seenAt < y.seenAt ? -1 : x.seenAt > y.seenAt ? 1 : x.id < y.id ? -1 : 1));
  return rest.reduce((s, m) => withMember(s, 1, m), openedBy(id, first));
}

/** A story without one article's contribution (size, terms, years, months). */
export function withdrawn(story: StoryState, old: Fingerprint): StoryState {
  return {
    ...story, size: Math.max(0, story.size - 1), centroid: addVectors(story.centroid, old.terms, -1), years: recount(story.years, old.years, -1), months: recount(story.months, old.months, -1),
    members: story.members.filter((id) => id !== old.articleId),
  };
}

/** What a story's remaining members say of it, read from their records after one of them is removed. */
export interface RemainingMembers {
  /** The earliest remaining member (by publication, else arrival), now the canonical article. */
  canonical: { id: string; at: string; title: string | null };
  firstSeen: string;
  lastSeen: string;
  publishedFrom: string | null;
  publishedTo: string | null;
  outlets: string[];
}

/**
 * A story without a removed article: its contribution withdrawn, its id out
 * of the sample, and what it gave the story (canonical article, title,
 * outlets, dates) recounted from `rest`, the members known to remain. Unlike
 * a re-processed article that moves, nothing of a removed one may stay
 * visible, not even its headline. The size is counted, not listed: members
 * still being processed are in no listing yet, and when none is known
 * (`rest` null) the story keeps what it showed.
 */
export function withoutMember(story: StoryState, version: number, old: Fingerprint, rest: RemainingMembers | null): StoryState {
  const base = { ...withdrawn(story, old), version, sample: story.sample.filter((id) => id !== old.articleId) };
  if (base.size === 0) return { ...base, title: null, outlets: [] };
  if (!rest) return base;
  return {
    ...base,
    firstSeen: rest.firstSeen,
    lastSeen: rest.lastSeen,
    publishedFrom: rest.publishedFrom,
    publishedTo: rest.publishedTo,
    canonicalId: rest.canonical.id,
    canonicalAt: rest.canonical.at,
    title: rest.canonical.title,
    outlets: rest.outlets.slice(0, MAX_OUTLETS),
  };
}

/** Two stories' counts (of years or months) as one. */
function summed(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  return Object.entries(b).reduce((acc, [k, n]) => ({ ...acc, [k]: (acc[k] ?? 0) + n }), { ...a });
}

/** Counts (of years or months) with one member's added (sign 1) or taken out (-1); a count at zero goes. */
function recount(counts: Record<string, number>, add: string[], sign: number): Record<string, number> {
  const out = { ...counts };
  for (const y of add) {
    out[y] = (out[y] ?? 0) + sign;
    if (out[y] <= 0) delete out[y];
  }
  return out;
}

const MAX_MEMBERS = 64;
/** Member ids, up to MAX_MEMBERS: beyond, the list is cut and no longer says who the members are (size tells). */
function listed(members: string[], add: string[]): string[] {
  return [...new Set([...members, ...add])].slice(0, MAX_MEMBERS);
}

/** Keep the first members (the originals) and a rolling window of the latest. */
function addToSample(sample: string[], id: string): string[] {
  if (sample.includes(id)) return sample;
  if (sample.length < SAMPLE_SIZE) return [...sample, id];
  return [...sample.slice(0, SAMPLE_HEAD), ...sample.slice(SAMPLE_HEAD + 1), id];
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}
function max(a: string, b: string): string {
  return a > b ? a : b;
}
function minOpt(a: string | null, b: string | null): string | null {
  return a && b ? min(a, b) : a ?? b;
}
function maxOpt(a: string | null, b: string | null): string | null {
  return a && b ? max(a, b) : a ?? b;
}
