import { z } from 'zod';

/** Metadata is one line of text: control characters mean a mangled scrape. */
const metaText = (max: number) =>
  z.string().min(1).max(max).regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters (tabs, line breaks, NUL...)');

/** Clocks disagree by minutes, not days: a date further ahead is a scraper bug. */
const FUTURE_SLACK_MS = 86_400_000;
const ISO_DATE_TIME = z.string().datetime({ offset: true });
const ISO_DATE = z.string().date();

/** An ISO 8601 date-time (or, with `dateOnly`, a bare date) that is not in the future. */
const pastInstant = (dateOnly: boolean) =>
  z
    .string()
    .max(64)
    .superRefine((v, ctx) => {
      if (!ISO_DATE_TIME.safeParse(v).success && !(dateOnly && ISO_DATE.safeParse(v).success)) {
        ctx.addIssue({ code: 'custom', message: `must be an ISO 8601 ${dateOnly ? 'date (2026-02-04) or ' : ''}date-time (2026-02-04T10:00:00Z)` });
      } else if (Date.parse(v) > Date.now() + FUTURE_SLACK_MS) ctx.addIssue({ code: 'custom', message: 'must not be in the future' });
    });

/**
 * Upload metadata as an input: what a scraper may send. Stricter than what
 * is stored (UploadMetaSchema), so a rule added here later never makes
 * stored records unreadable.
 */
export const UploadMetaInputSchema = z.object({
  url: z.string().url('must be an absolute http(s) URL').max(2048).regex(/^https?:\/\//i, 'must be an http(s) URL').optional(),
  source: metaText(200).optional(),
  title: metaText(1000).optional(),
  publishedAt: pastInstant(true).describe('ISO 8601 date or date-time').optional(),
  fetchedAt: pastInstant(false).describe('ISO 8601 date-time').optional(),
});

/** Upload metadata as stored with the raw object and the article record. */
export const UploadMetaSchema = z.object({
  url: z.string().optional(),
  source: z.string().optional(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  fetchedAt: z.string().optional(),
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
