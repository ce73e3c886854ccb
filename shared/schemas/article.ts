import { z } from 'zod';

/** What a scraper hands us, after the HTTP layer has parsed its request. */
export const UploadMetaSchema = z.object({
  url: z.string().url().max(2048).optional(),
  source: z.string().min(1).max(200).optional(),
  title: z.string().min(1).max(1000).optional(),
  publishedAt: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  fetchedAt: z.string().datetime({ offset: true }).optional(),
});
export type UploadMeta = z.infer<typeof UploadMetaSchema>;

export const InputFormatSchema = z.enum(['html', 'text']);
export type InputFormat = z.infer<typeof InputFormatSchema>;

/** The raw upload as stored in S3: body plus the scraper's metadata. */
export const RawUploadSchema = z.object({
  format: InputFormatSchema,
  body: z.string(),
  meta: UploadMetaSchema,
  receivedAt: z.string(),
});
export type RawUpload = z.infer<typeof RawUploadSchema>;

/** The extraction contract: the only thing dedupe and storage see of a page. */
export const ExtractedArticleSchema = z.object({
  title: z.string().nullable(),
  authors: z.array(z.string()),
  publishedAt: z.string().nullable(),
  modifiedAt: z.string().nullable(),
  outlet: z.string().nullable(),
  wireAgency: z.string().nullable(),
  dateline: z.string().nullable(),
  language: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  signOff: z.string().nullable(),
  paragraphs: z.array(z.string()),
  text: z.string(),
  wordCount: z.number().int().nonnegative(),
  contentHash: z.string(),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticleSchema>;
