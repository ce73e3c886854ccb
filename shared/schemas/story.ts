import { z } from 'zod';

/** Why an article sits in its story: the decision, stored with the article. */
export const AssignmentReasonSchema = z.object({
  signal: z.enum(['copy', 'terms', 'new']),
  score: z.number(),
  articleId: z.string().nullable().describe('the article matched (copy signal)'),
  storyId: z.string().nullable().describe('the story matched (terms signal)'),
  terms: z.array(z.string()).describe('strongest shared terms'),
  jaccard: z.number().nullable(),
  containment: z.number().nullable(),
});
export type AssignmentReason = z.infer<typeof AssignmentReasonSchema>;

/** What told two events in one story apart: their terms, the people each is about (the story split off's leading person, then the other's), or the months each happened in (the same order). */
export const SplitReasonSchema = z.object({
  signal: z.enum(['terms', 'people', 'months']),
  people: z.array(z.string()),
  months: z.array(z.string()).default([]).describe('months (01-12), when the months told the events apart'),
});
export type SplitReason = z.infer<typeof SplitReasonSchema>;

/** The engine's per-article record: fingerprint plus current assignment. */
export const FingerprintSchema = z.object({
  articleId: z.string(),
  contentHash: z.string(),
  engineVersion: z.number().int().default(1),
  shingles: z.custom<Uint32Array>((v) => v instanceof Uint32Array),
  /** 1: `shingles` is the whole set; 4: the mod-4 sample a long text keeps (records from before sampling have 1). */
  shingleMod: z.number().int().positive().default(1),
  terms: z.record(z.string(), z.number()),
  years: z.array(z.string()),
  /** Months ("01"-"12") the article mentions (`dedupe/mentioned-time.ts`); none on records from before. */
  months: z.array(z.string()).default([]),
  /** The people the article names most, by surname, with counts (`dedupe/people.ts`); none on records from before. */
  people: z.record(z.string(), z.number()).default({}),
  publishedAt: z.string().nullable(),
  seenAt: z.string(),
  outlet: z.string().nullable(),
  storyId: z.string(),
  copyOf: z.string().nullable(),
  reason: AssignmentReasonSchema,
  /** The story a re-processed article left when it joined this one (to retire it if emptied). */
  movedFrom: z.string().nullable().default(null),
  /** The article's headline: a story split off keeps its canonical article's (records from before splits have none). */
  title: z.string().nullable().default(null),
});
export type Fingerprint = z.infer<typeof FingerprintSchema>;

export const StoryStateSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  size: z.number().int(),
  centroid: z.record(z.string(), z.number()),
  firstSeen: z.string().describe('earliest arrival of a member'),
  lastSeen: z.string().describe('latest arrival of a member'),
  publishedFrom: z.string().nullable().describe('earliest stated publication date of a member'),
  publishedTo: z.string().nullable(),
  canonicalId: z.string(),
  canonicalAt: z.string(),
  title: z.string().nullable(),
  outlets: z.array(z.string()),
  years: z.record(z.string(), z.number()).describe('years the members mention, with counts'),
  months: z.record(z.string(), z.number()).default({}).describe('months (01-12) the members mention, with counts'),
  sample: z.array(z.string()).describe('member ids checked for copies: the first ten and the latest six'),
  mergedInto: z.string().nullable(),
  // The merge lineage is kept in items of its own (one per merge), not in
  // the story: a story that absorbs thousands of others must not grow.
  mergedCount: z.number().int().nonnegative().default(0).describe('stories merged into this one, directly or through others'),
  members: z.array(z.string()).default([]).describe('every member id, while the story has at most 64: a story that small can be split'),
  apart: z.array(z.string()).default([]).describe('stories split from this one: an article that bridges them does not merge them back'),
  splitBy: z.string().nullable().default(null).describe('on a story split off another: the article whose arrival split it (a retry of that article finds its split again)'),
  splitOn: SplitReasonSchema.nullable().default(null).describe('on a story split off another: what told the two events apart'),
});
export type StoryState = z.infer<typeof StoryStateSchema>;
