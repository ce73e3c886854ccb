import { z } from 'zod';
import { UploadMetaInputSchema } from '../schemas/article.js';
import { ArticleStatusSchema } from '../schemas/record.js';
import { AssignmentReasonSchema, SplitReasonSchema } from '../schemas/story.js';
import { ChangeSchema } from '../schemas/change.js';
import { CopyComparisonSchema } from '../schemas/comparison.js';

/** HTTP request and response bodies: the single source of the OpenAPI document. */

/** Unknown fields are refused, not ignored: a typo ("sourse") must not pass silently. The message lists the known ones. */
export const closed = <T extends z.ZodRawShape>(o: z.ZodObject<T>) => o.strict(`known: ${Object.keys(o.shape).join(', ') || '(none)'}`);

export const ProblemSchema = z.object({
  type: z.string(),
  status: z.number().int(),
  title: z.string(),
  detail: z.string(),
  requestId: z.string().optional(),
  instance: z.string().optional(),
});

export const UploadJsonSchema = UploadMetaInputSchema.extend({
  text: z.string().optional().describe('page text, as scraped'),
  html: z.string().optional().describe('the whole HTML page'),
})
  .strict()
  .refine((b) => (b.text === undefined) !== (b.html === undefined), { message: 'send exactly one of "text" or "html"' });

/** Metadata of a raw text/plain or text/html upload, as query parameters. */
export const UploadQuerySchema = UploadMetaInputSchema.strict();

/** Routes without parameters refuse unknown ones rather than ignore a typo. */
export const NoQuerySchema = closed(z.object({}));

export const AcceptedSchema = z.object({
  id: z.string().describe('article id: a hash of the uploaded bytes'),
  status: ArticleStatusSchema,
  rawKey: z.string().describe('S3 key of the immutable raw upload'),
  duplicate: z.boolean().describe('true when these bytes were uploaded before; no second article is made'),
});

/** Pages one `POST /articles/batch` takes; together they stay under the upload size limit. */
export const MAX_BATCH_ARTICLES = 100;

export const UploadBatchSchema = z
  .object({
    articles: z.array(UploadJsonSchema).min(1, 'send at least one article').max(MAX_BATCH_ARTICLES, `send at most ${MAX_BATCH_ARTICLES} articles per batch; split larger ones`)
      .describe('pages, each as the JSON body of POST /articles'),
  })
  .strict();

export const BatchAcceptedSchema = z.object({
  accepted: z.number().int().describe('new articles'),
  duplicates: z.number().int().describe('pages uploaded before, or twice in this batch'),
  results: z.array(AcceptedSchema).describe('one per article, in the order sent'),
});

export const RemovalRequestSchema = closed(
  z.object({
    reason: z.string().trim().min(1, 'say why the article is taken down (kept with its tombstone)').max(500, 'keep the reason under 500 characters')
      .describe('why the article is taken down, e.g. "DMCA notice 2026-11-23"; kept with its tombstone'),
  }),
);

export const RemovedSchema = z.object({
  id: z.string(),
  status: z.literal('removed'),
  removedAt: z.string(),
  reason: z.string(),
  storyId: z.string().nullable().describe('the story the article left; its canonical article, title and outlets are recounted without it'),
  url: z.string().nullable().describe('the url the page was uploaded with, kept with the tombstone'),
});

export const PresignRequestSchema = UploadMetaInputSchema.extend({ format: z.enum(['html', 'text']) }).strict();
export const PresignResponseSchema = z.object({
  uploadUrl: z.string().url(),
  method: z.literal('PUT'),
  headers: z.record(z.string(), z.string()).describe('send these headers with the PUT'),
  expiresAt: z.string(),
});

export const ArticleViewSchema = z.object({
  id: z.string(),
  status: ArticleStatusSchema,
  reason: z.string().nullable().describe('why processing failed'),
  storyId: z.string().nullable(),
  copyOf: z.string().nullable().describe('the article this one is a copy of'),
  supersededBy: z.string().nullable().describe('a later upload of the same page (same URL, same story) that replaced this version in its story; this one is then in no story'),
  assignment: AssignmentReasonSchema.nullable().describe('why the article is in its story: signal, score, matched article'),
  title: z.string().nullable(),
  text: z.string().nullable().describe('the cleaned body, paragraphs separated by blank lines'),
  publishedAt: z.string().nullable(),
  modifiedAt: z.string().nullable(),
  authors: z.array(z.string()),
  outlet: z.string().nullable(),
  wireAgency: z.string().nullable(),
  dateline: z.string().nullable(),
  language: z.string().nullable(),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  signOff: z.string().nullable(),
  wordCount: z.number().nullable(),
  contentHash: z.string().nullable(),
  rawKey: z.string(),
  receivedAt: z.string(),
  processedAt: z.string().nullable(),
  pipelineVersion: z.number().nullable(),
});

export const MemberSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  receivedAt: z.string(),
  copyOf: z.string().nullable(),
  signal: z.string().nullable(),
  score: z.number().nullable(),
  joinedStory: z.string().nullable().describe('the story the article joined (signal and score are about it); another id when that story was later merged into this one'),
});

export const StorySummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  canonicalArticleId: z.string(),
  size: z.number().int(),
  outlets: z.array(z.string()),
  firstSeen: z.string(),
  lastSeen: z.string(),
  publishedFrom: z.string().nullable(),
  publishedTo: z.string().nullable(),
});

export const StoryViewSchema = StorySummarySchema.extend({
  canonical: MemberSchema.nullable().describe('the earliest-published member (ties: first received)'),
  members: z.array(MemberSchema),
  copySets: z.array(z.object({ original: z.string(), copies: z.array(z.string()) })).describe('members grouped by the original they copy'),
  mergedFrom: z.array(z.string()).describe('story ids merged into this one; they keep resolving here'),
  apart: z.array(z.string()).describe('stories split from this one, or it from them, when it had grown to hold two events (their members moved); they are never merged back'),
  splitOn: SplitReasonSchema.nullable().describe("on a story split off another: what told the two events apart, their terms, the people each is about (`people`: this story's leading person, then the other's), or the months each happened in (`months`, 01-12, the same order)"),
  membersNextCursor: z.string().nullable().describe('set when the story has more members than the view lists (200): page on with GET /stories/{id}/members?cursor=...; copy sets cover the listed members'),
});

export const StoryMembersSchema = z.object({ items: z.array(MemberSchema), nextCursor: z.string().nullable() });

// Query fields arrive as text: say what a field takes, not what zod expected ("Expected number, received nan").
const wholeNumber = (max: number) => {
  const what = `a whole number from 1 to ${max}`;
  return z.coerce.number({ invalid_type_error: what }).int(what).min(1, what).max(max, what);
};
const day = () => z.string().date('a day as YYYY-MM-DD, e.g. 2026-02-04');
const instant = () => z.string().datetime({ offset: true, message: 'an ISO 8601 time with its offset, e.g. 2026-02-04T09:30:00Z' });

export const StoryMembersQuerySchema = closed(z.object({
  limit: wholeNumber(500).default(100),
  cursor: z.string().max(2048).optional(),
}));

export const ChangesQuerySchema = closed(z.object({
  limit: wholeNumber(500).default(100),
  cursor: z.string().max(4096).optional().describe('nextCursor of the previous page; the feed is followed by always passing it'),
  since: instant().optional().describe('where to start without a cursor (ISO 8601; default: 24 hours ago; changes are kept 14 days)'),
}));

export const ChangesSchema = z.object({
  items: z.array(ChangeSchema),
  nextCursor: z.string().describe('pass it to get the changes after these; it is always given, the feed never ends'),
  caughtUp: z.boolean().describe('true when this page reached the present: poll again later with nextCursor'),
});

export const StoryListSchema = z.object({ items: z.array(StorySummarySchema), nextCursor: z.string().nullable() });

export const StoryListQuerySchema = closed(z.object({
  limit: wholeNumber(100).default(20),
  cursor: z.string().optional(),
  since: day().optional().describe('first-seen day, inclusive (default: 30 days before until)'),
  until: day().optional().describe('first-seen day, inclusive (default: today)'),
  outlet: z.string().trim().min(1).max(200).optional().describe('only stories this outlet ran (as in a story\'s "outlets", any case); a page may then hold fewer stories than "limit"'),
  minSize: wholeNumber(1_000_000).optional().describe('only stories of at least this many articles (the widely run ones); a page may then hold fewer stories than "limit"'),
}));

/** Ids are hashes, prefixed ids and UUIDs: anything else (paths, quotes, operators) is refused before it reaches a store. */
export const ArticleByUrlQuerySchema = closed(
  z.object({ url: z.string().url('must be an absolute http(s) URL').max(2048).describe('the URL a page was uploaded with (tracking parameters and fragment are ignored)') }),
);

export const IdParamSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'ids are 1-128 letters, digits, "_" or "-"') });

// A story split off another is named after it and the version it was cut at ("s_<article id>.12", and
// "s_<article id>.12.3" when that half is cut again): a story id may carry such numbered parts.
export const StoryIdParamSchema = z.object({
  id: z.string().max(160).regex(/^[A-Za-z0-9_-]{1,128}(?:\.[0-9]{1,9})*$/, 'story ids are 1-128 letters, digits, "_" or "-", then any ".<number>" parts'),
});

export const CompareQuerySchema = closed(
  z.object({ with: IdParamSchema.shape.id.optional().describe('the article to compare with (default: the article this one copies)') }),
);

const ComparedArticleSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

export const ComparisonViewSchema = CopyComparisonSchema.extend({
  article: ComparedArticleSchema.describe('the copy'),
  original: ComparedArticleSchema.describe('what it is compared with'),
  isCopyOf: z.boolean().describe('the original is the article this one copies (copyOf)'),
  sameStory: z.boolean(),
  titleChanged: z.boolean(),
});
