import { z } from 'zod';

/**
 * What happened to an article, as the change feed (`GET /changes`) lists it:
 * enough to update a copy of the corpus without re-reading stories.
 * - processed: its text, metadata or story assignment is new (first time, or re-processed).
 * - failed: processing found no article in the page.
 * - processed: its text, metadata, story or copy relation is new (first processing, re-processing, or its original found later).
 * - failed: processing found no article in the page.
 * - superseded: a newer fetch of its page replaced it in its story.
 * - removed: taken down.
 * - story_merged: this article bridged two stories; `mergedFrom` now resolves to `storyId`.
 */
export const ChangeTypeSchema = z.enum(['processed', 'failed', 'superseded', 'removed', 'story_merged']);

export const ChangeSchema = z.object({
  id: z.string().describe('unique per change; a change may be delivered twice (after a crash), never lost: skip ids already seen'),
  type: ChangeTypeSchema,
  at: z.string().describe('when it happened (ISO 8601)'),
  articleId: z.string(),
  storyId: z.string().nullable().describe('the story the article is in after the change'),
  copyOf: z.string().nullable(),
  supersededBy: z.string().nullable(),
  mergedFrom: z.string().nullable().describe('story_merged: the story merged into storyId (its id keeps resolving there)'),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
});
export type Change = z.infer<typeof ChangeSchema>;
export type ChangeType = z.infer<typeof ChangeTypeSchema>;
