import { z } from 'zod';
import { ExtractedArticleSchema, InputFormatSchema, UploadMetaSchema } from './article.js';
import { AssignmentReasonSchema } from './story.js';

// removed: taken down by an admin; the record stays as a tombstone (id, url, when, why) and nothing of the page does.
export const ArticleStatusSchema = z.enum(['pending', 'processed', 'failed', 'removed']);

/** The stored article (DynamoDB item `ART#<id>` / `A`). */
export const ArticleRecordSchema = z.object({
  id: z.string(),
  status: ArticleStatusSchema,
  reason: z.string().nullable(),
  rawKey: z.string(),
  format: InputFormatSchema,
  upload: UploadMetaSchema,
  receivedAt: z.string(),
  processedAt: z.string().nullable(),
  pipelineVersion: z.number().int().nullable(),
  wordCount: z.number().int().nullable(),
  contentHash: z.string().nullable(),
  text: z.string().nullable().describe('inline when small; otherwise in S3 under textKey'),
  textKey: z.string().nullable(),
  storyId: z.string().nullable(),
  copyOf: z.string().nullable(),
  assignment: AssignmentReasonSchema.nullable(),
  removedAt: z.string().nullable().default(null),
  supersededBy: z.string().nullable().default(null).describe('a newer version of the same page (same fetch URL, same story) that stands for it in its story'),
}).merge(
  // The extracted metadata, as extraction produced it (empty while pending).
  ExtractedArticleSchema.pick({ title: true, authors: true, publishedAt: true, modifiedAt: true, outlet: true, wireAgency: true, dateline: true, language: true, canonicalUrl: true, signOff: true }),
);
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** What the members index (gsi1) holds of an article: enough for the story view. */
export const MemberRecordSchema = ArticleRecordSchema.pick({
  id: true, storyId: true, title: true, outlet: true, upload: true, canonicalUrl: true, publishedAt: true, receivedAt: true, copyOf: true, assignment: true,
});
export type MemberRecord = z.infer<typeof MemberRecordSchema>;

export function pendingRecord(id: string, rawKey: string, format: ArticleRecord['format'], upload: ArticleRecord['upload'], receivedAt: string): ArticleRecord {
  return {
    id, status: 'pending', reason: null, rawKey, format, upload, receivedAt, processedAt: null, pipelineVersion: null,
    title: upload.title ?? null, authors: [], publishedAt: null, modifiedAt: null, outlet: upload.source ?? null, wireAgency: null,
    dateline: null, language: null, canonicalUrl: null, signOff: null, wordCount: null, contentHash: null, text: null, textKey: null,
    storyId: null, copyOf: null, assignment: null, removedAt: null, supersededBy: null,
  };
}
