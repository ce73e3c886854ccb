import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { requestId } from 'hono/request-id';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import type { IngestService } from '../services/ingest.js';
import type { StoryQueries } from '../services/queries.js';
import type { RemovalService } from '../services/removal.js';
import type { ApiKeyStore, RateLimit, RateLimiter, UploadPresigner } from '../ports/stores.js';
import type { ReprocessService } from '../services/reprocess.js';
import { problemResponse } from './problem.js';
import { requireKey } from './auth.js';
import { invalidInput, parseInput, parseJson } from './validation.js';
import { JSON_OVERHEAD, readBatchRequest, readUploadRequest } from './upload-request.js';
import { logger } from '../logger.js';
import { BadRequest, MethodNotAllowed, PayloadTooLarge } from '../errors.js';
import { allowedMethods } from './allowed-methods.js';
import {
  AcceptedSchema, ArticleByUrlQuerySchema, CompareQuerySchema, ComparisonViewSchema, ArticleViewSchema, ChangesQuerySchema, ChangesSchema, BatchAcceptedSchema, MAX_BATCH_ARTICLES, UploadBatchSchema, IdParamSchema, StoryIdParamSchema, NoQuerySchema, PresignRequestSchema, PresignResponseSchema, ProblemSchema, RemovalRequestSchema, RemovedSchema, StoryListQuerySchema,
  StoryListSchema, StoryMembersQuerySchema, StoryMembersSchema, StoryViewSchema, UploadJsonSchema, UploadQuerySchema,
} from './schemas.js';
import { ReprocessJobSchema, ReprocessRequestSchema } from '../schemas/job.js';
import { randomUUID } from 'node:crypto';

export interface AppDeps {
  ingest: IngestService;
  queries: StoryQueries;
  removal: RemovalService;
  apiKeys: ApiKeyStore;
  limiter: RateLimiter;
  defaultLimit: RateLimit;
  /** GET routes: keyed (default) or open to anyone who can reach the API. */
  readAccess: 'keyed' | 'open';
  presigner: UploadPresigner;
  reprocess: ReprocessService;
  maxUploadBytes: number;
  presignExpiresSeconds: number;
  corsOrigins?: string[];
}

/** A problem response (RFC 9457) in the OpenAPI document. */
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });

const problems = {
  400: problem('Invalid request'),
  401: problem('Missing or unknown API key'),
  429: problem('Over the key\'s rate limit (see Retry-After)'),
  503: problem('Storage unavailable; retry after Retry-After seconds'),
};
const notFound = { 404: problem('Unknown id') };
const bearer = [{ bearerAuth: [] }];
/** An article view, or why not: taken down (410, with `gone` as the description), unknown id, bad request. */
const articleResponses = (gone: string) => ({
  200: { description: 'The article', content: { 'application/json': { schema: ArticleViewSchema } } },
  410: problem(gone),
  ...problems, ...notFound,
});

/** The HTTP API: routes translate requests into service calls and nothing more. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw invalidInput(result.error, (result as { target?: string }).target ?? 'request');
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    logger.appendKeys({ requestId: c.get('requestId') });
    const started = Date.now();
    try {
      await next();
    } finally {
      logger.info('request', { method: c.req.method, path: c.req.path, status: c.res.status, ms: Date.now() - started });
      logger.removeKeys(['requestId']);
    }
  });
  // Responses are JSON for programs: nothing in them may run, be framed or be cached by a shared cache.
  // The API reference page alone loads its viewer from a CDN.
  const apiHeaders = secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: 'same-origin',
  });
  const docsHeaders = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'],
      styleSrc: ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net', 'https://fonts.googleapis.com'],
      fontSrc: ["'self'", 'data:', 'https://fonts.gstatic.com', 'https://cdn.jsdelivr.net'], imgSrc: ["'self'", 'data:', 'https:'],
      connectSrc: ["'self'"], frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
  });
  app.use('*', async (c, next) => {
    if (c.req.path === '/docs') return docsHeaders(c, next);
    await apiHeaders(c, next);
    c.header('cache-control', 'no-store');
  });
  if (deps.corsOrigins?.length) app.use('*', cors({ origin: deps.corsOrigins }));
  app.onError((err, c) => problemResponse(c, err));
  app.notFound((c) => {
    const allow = allowedMethods(app.routes, c.req.path);
    if (allow.length) {
      c.header('allow', allow.join(', '));
      return problemResponse(c, new MethodNotAllowed(c.req.method, c.req.path, allow));
    }
    return problemResponse(c, Object.assign(new BadRequest(`No route for ${c.req.method} ${c.req.path}. See /docs for the API.`), { status: 404, title: 'Not found' }));
  });

  const auth = { keys: deps.apiKeys, limiter: deps.limiter, defaultLimit: deps.defaultLimit };
  const scraper = requireKey(auth, 'scraper');
  const admin = requireKey(auth, 'admin');
  const reader: typeof scraper = deps.readAccess === 'open' ? (_c, next) => next() : scraper;
  // Exact paths: a wildcard like /stories/* also matches /stories, and the
  // key's bucket would be charged twice.
  app.on('POST', ['/articles', '/articles/batch', '/uploads'], scraper);
  app.on('GET', ['/changes', '/articles', '/articles/:id', '/articles/:id/compare', '/stories', '/stories/:id', '/stories/:id/members'], reader);
  app.use('/admin/*', admin);
  app.on('DELETE', ['/articles/:id'], admin);
  for (const path of ['/articles', '/articles/batch'])
    app.use(path, bodyLimit({ maxSize: deps.maxUploadBytes + JSON_OVERHEAD, onError: () => { throw new PayloadTooLarge(deps.maxUploadBytes); } }));

  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post', path: '/articles', tags: ['articles'], security: bearer,
      summary: 'Upload an article (page text or HTML)',
      description:
        'Send the page as the raw body (text/plain or text/html, any WHATWG charset, optionally Content-Encoding gzip, deflate or br) with metadata in query parameters, or as JSON {text|html, url?, source?, title?, publishedAt?, fetchedAt?}. The same bytes uploaded twice make one article (200, duplicate: true).',
      request: {
        query: UploadQuerySchema,
        body: {
          required: true,
          content: { 'application/json': { schema: UploadJsonSchema }, 'text/plain': { schema: z.string() }, 'text/html': { schema: z.string() } },
        },
      },
      responses: {
        202: { description: 'Accepted; processing follows', content: { 'application/json': { schema: AcceptedSchema } } },
        200: { description: 'Already uploaded', content: { 'application/json': { schema: AcceptedSchema } } },
        413: problem('Too large (after decompression)'),
        415: problem('Unsupported content type, charset, encoding, or a binary file'),
        ...problems,
      },
    }),
  );
  // Validated here rather than by the route validator: the body may be
  // compressed or in another charset, and JSON and raw bodies take metadata
  // from different places.
  app.post('/articles', async (c) => {
    const { text, format, meta } = await readUploadRequest(c, deps.maxUploadBytes);
    const accepted = await deps.ingest.accept(text, format, meta);
    return c.json(accepted, accepted.duplicate ? 200 : 202);
  });

  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post', path: '/articles/batch', tags: ['articles'], security: bearer,
      summary: `Upload up to ${MAX_BATCH_ARTICLES} articles in one request`,
      description:
        `A JSON document {articles: [...]}, each article as the JSON body of POST /articles; together under the upload size limit (the body may be sent with Content-Encoding gzip, deflate or br). Every article is checked before any is stored: one bad article refuses the batch (400 naming it, e.g. "articles[3].url") and nothing is stored. Each article gets the id and duplicate flag POST /articles would give it. A batch counts as one request against the key's rate. If storage stops answering part way (503), the pages stored so far stay: send the same batch again.`,
      request: { body: { required: true, content: { 'application/json': { schema: UploadBatchSchema } } } },
      responses: {
        200: { description: 'Every article stored (or already stored)', content: { 'application/json': { schema: BatchAcceptedSchema } } },
        413: problem('Too large (after decompression)'),
        415: problem('Not JSON, or an unsupported charset or encoding'),
        ...problems,
      },
    }),
  );
  app.post('/articles/batch', async (c) => c.json(await deps.ingest.acceptBatch(await readBatchRequest(c, deps.maxUploadBytes)), 200));

  app.openapi(
    createRoute({
      method: 'post', path: '/uploads', tags: ['articles'], security: bearer,
      summary: 'Get a presigned URL for a large upload',
      description: 'For pages above the API body limit: PUT the page to uploadUrl with the given headers. It is processed like POST /articles.',
      request: { body: { required: true, content: { 'application/json': { schema: PresignRequestSchema } } } },
      responses: { 201: { description: 'Upload URL', content: { 'application/json': { schema: PresignResponseSchema } } }, ...problems },
    }),
    async (c) => {
      const { format, ...meta } = c.req.valid('json');
      const { url, headers } = await deps.presigner.presignUpload(`uploads/${randomUUID()}`, format, meta, deps.presignExpiresSeconds);
      return c.json({ uploadUrl: url, method: 'PUT' as const, headers, expiresAt: new Date(Date.now() + deps.presignExpiresSeconds * 1000).toISOString() }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/articles/{id}', tags: ['articles'], security: bearer, summary: 'An article, cleaned, with its story and copy relation',
      request: { params: IdParamSchema, query: NoQuerySchema },
      responses: articleResponses('Taken down (DELETE /articles/{id}): when and why'),
    }),
    async (c) => c.json(await deps.queries.article(c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/articles/{id}/compare', tags: ['articles'], security: bearer, summary: 'What a copy changed in its original',
      description:
        'The article compared paragraph by paragraph with the article it copies (or with any processed article given as `with`): which paragraphs it kept, moved, edited (with the words added and dropped), added and removed, and how much of the original it kept. Curly and straight quotes and dashes are no edit; a look-alike letter (a spinner\'s "Iike") is.',
      request: { params: IdParamSchema, query: CompareQuerySchema },
      responses: {
        200: { description: 'The comparison', content: { 'application/json': { schema: ComparisonViewSchema } } },
        409: problem('One of the two has no clean text (pending or failed)'),
        410: problem('One of the two was taken down'),
        ...problems, ...notFound,
      },
    }),
    async (c) => c.json(await deps.queries.compare(c.req.valid('param').id, c.req.valid('query').with), 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/articles', tags: ['articles'], security: bearer, summary: 'The latest processed version of the page uploaded from a URL',
      description: 'For scrapers deciding whether to fetch a page again, and for readers holding a link: the article view of the latest version of the page uploaded with this url (re-scrapes of one page are versions; older ones name their successor in supersededBy).',
      request: { query: ArticleByUrlQuerySchema },
      responses: articleResponses('Its latest version was taken down'),
    }),
    async (c) => c.json(await deps.queries.articleByUrl(c.req.valid('query').url), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/articles/{id}', tags: ['articles'], security: bearer, summary: 'Take an article down (admin)',
      description:
        'Erases the article\'s text, metadata and raw upload, takes it out of its story (whose canonical article, title and outlets are recounted without it) and out of copy detection. A tombstone keeps the id, url, time and reason: GET /articles/{id} answers 410, and the same bytes uploaded again answer status "removed" and are not stored. Sending the same request again finishes a removal cut short and changes nothing after one that completed.',
      request: { params: IdParamSchema, query: NoQuerySchema, body: { required: true, content: { 'application/json': { schema: RemovalRequestSchema } } } },
      responses: {
        200: { description: 'Removed (or removed before)', content: { 'application/json': { schema: RemovedSchema } } },
        403: problem('Not an admin key'),
        ...problems, ...notFound,
      },
    }),
    async (c) => c.json(await deps.removal.remove(c.req.valid('param').id, c.req.valid('json').reason), 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/stories', tags: ['stories'], security: bearer, summary: 'Deduplicated stories, newest first',
      request: { query: StoryListQuerySchema },
      responses: { 200: { description: 'A page of stories', content: { 'application/json': { schema: StoryListSchema } } }, ...problems },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const until = q.until ?? new Date().toISOString().slice(0, 10);
      const since = q.since ?? new Date(Date.parse(`${until}T00:00:00Z`) - 30 * 86400000).toISOString().slice(0, 10);
      if (since > until) throw new BadRequest('"since" must not be after "until".');
      return c.json(await deps.queries.stories({ since, until, limit: q.limit, cursor: q.cursor ?? null, outlet: q.outlet, minSize: q.minSize }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/stories/{id}', tags: ['stories'], security: bearer,
      summary: 'A story: canonical article, members, copy sets (merged ids resolve to the survivor)',
      request: { params: StoryIdParamSchema, query: NoQuerySchema },
      responses: { 200: { description: 'The story', content: { 'application/json': { schema: StoryViewSchema } } }, ...problems, ...notFound },
    }),
    async (c) => c.json(await deps.queries.story(c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/stories/{id}/members', tags: ['stories'], security: bearer,
      summary: "A story's members, a page at a time (stories can hold thousands of copies)",
      request: { params: StoryIdParamSchema, query: StoryMembersQuerySchema },
      responses: { 200: { description: 'A page of members', content: { 'application/json': { schema: StoryMembersSchema } } }, ...problems, ...notFound },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await deps.queries.storyMembers(c.req.valid('param').id, { limit: q.limit, cursor: q.cursor ?? null }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/changes', tags: ['changes'], security: bearer, summary: 'Every change to an article, in time order: keep a copy of the corpus in step',
      description:
        'Processed (new text, metadata, story or copy relation), failed, superseded (a newer fetch of its page replaced it), removed (taken down) and story_merged (this article bridged two stories). Start from since (default a day ago), then pass nextCursor each time; caughtUp says the page reached the present. Changes of the last 5 seconds are held back until every write of that moment has landed, so a reader following the cursor misses none. A change can come twice after a crash: upsert by articleId, the later change winning. Changes are kept 14 days.',
      request: { query: ChangesQuerySchema },
      responses: { 200: { description: 'A page of changes', content: { 'application/json': { schema: ChangesSchema } } }, ...problems },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await deps.queries.changes({ cursor: q.cursor ?? null, since: q.since, limit: q.limit }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/admin/reprocess', tags: ['admin'], security: bearer, summary: 'Start a re-processing job',
      description: 'Re-runs the current pipeline over stored raw uploads: stale pipeline versions (default), a date range, one outlet, or everything.',
      request: { body: { required: false, content: { 'application/json': { schema: ReprocessRequestSchema } } } },
      responses: { 202: { description: 'Job started', content: { 'application/json': { schema: ReprocessJobSchema } } }, ...problems },
    }),
    async (c) => {
      const raw = await c.req.text();
      const json = raw.trim() ? parseJson(raw, 'Send a job request such as {"mode":"stale"}, or no body.') : {};
      return c.json(await deps.reprocess.start(parseInput(ReprocessRequestSchema, json, 'job request')), 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/admin/reprocess/{id}', tags: ['admin'], security: bearer, summary: 'A re-processing job: state, totals, failures',
      request: { params: IdParamSchema, query: NoQuerySchema },
      responses: { 200: { description: 'The job', content: { 'application/json': { schema: ReprocessJobSchema } } }, ...problems, ...notFound },
    }),
    async (c) => c.json(await deps.reprocess.get(c.req.valid('param').id), 200),
  );

  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Copydesk API', version: '1.0.0', description: 'Article ingestion: raw uploads in, clean text and deduplicated stories out.' },
  });
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'Copydesk API' }));
  return app;
}
