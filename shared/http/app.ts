import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { requestId } from 'hono/request-id';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { z } from 'zod';
import type { IngestService } from '../services/ingest.js';
import type { StoryQueries } from '../services/queries.js';
import type { ApiKeyStore, UploadPresigner } from '../ports/stores.js';
import type { ReprocessService } from '../services/reprocess.js';
import { problemResponse } from './problem.js';
import { requireRole } from './auth.js';
import { logger } from '../logger.js';
import { BadRequest, PayloadTooLarge, UnsupportedMediaType } from '../errors.js';
import { UploadMetaSchema, type UploadMeta } from '../schemas/article.js';
import {
  AcceptedSchema, ArticleViewSchema, IdParamSchema, PresignRequestSchema, PresignResponseSchema, ProblemSchema, StoryListQuerySchema,
  StoryListSchema, StoryViewSchema, UploadJsonSchema,
} from './schemas.js';
import { ReprocessJobSchema, ReprocessRequestSchema } from '../schemas/job.js';
import { randomUUID } from 'node:crypto';

export interface AppDeps {
  ingest: IngestService;
  queries: StoryQueries;
  apiKeys: ApiKeyStore;
  presigner: UploadPresigner;
  reprocess: ReprocessService;
  maxUploadBytes: number;
  presignExpiresSeconds: number;
  corsOrigins?: string[];
}

const problems = {
  400: { description: 'Invalid request', content: { 'application/problem+json': { schema: ProblemSchema } } },
  401: { description: 'Missing or unknown API key', content: { 'application/problem+json': { schema: ProblemSchema } } },
};
const notFound = { 404: { description: 'Unknown id', content: { 'application/problem+json': { schema: ProblemSchema } } } };
const bearer = [{ bearerAuth: [] }];

/** The HTTP API: routes translate requests into service calls and nothing more. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new BadRequest(`Invalid request: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`, { issues });
      }
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
  if (deps.corsOrigins?.length) app.use('*', cors({ origin: deps.corsOrigins }));
  app.onError((err, c) => problemResponse(c, err));
  app.notFound((c) => problemResponse(c, Object.assign(new BadRequest(`No route for ${c.req.method} ${c.req.path}. See /docs for the API.`), { status: 404, title: 'Not found' })));

  const scraper = requireRole(deps.apiKeys, 'scraper');
  const admin = requireRole(deps.apiKeys, 'admin');
  app.use('/articles', scraper);
  app.use('/articles/*', scraper);
  app.use('/uploads', scraper);
  app.use('/stories', scraper);
  app.use('/stories/*', scraper);
  app.use('/admin/*', admin);
  app.use('/articles', bodyLimit({ maxSize: deps.maxUploadBytes + 64 * 1024, onError: () => { throw new PayloadTooLarge(deps.maxUploadBytes); } }));

  app.openapi(
    createRoute({
      method: 'post', path: '/articles', tags: ['articles'], security: bearer,
      summary: 'Upload an article (page text or HTML)',
      description:
        'Send the page as the raw body (text/plain or text/html) with metadata in query parameters, or as JSON {text|html, url?, source?, title?, publishedAt?, fetchedAt?}. The same bytes uploaded twice make one article (200, duplicate: true).',
      request: {
        query: UploadMetaSchema,
        // Not required here so the validator leaves raw text/HTML bodies to the handler.
        body: {
          required: false,
          content: { 'application/json': { schema: UploadJsonSchema }, 'text/plain': { schema: z.string() }, 'text/html': { schema: z.string() } },
        },
      },
      responses: {
        202: { description: 'Accepted; processing follows', content: { 'application/json': { schema: AcceptedSchema } } },
        200: { description: 'Already uploaded', content: { 'application/json': { schema: AcceptedSchema } } },
        413: { description: 'Too large', content: { 'application/problem+json': { schema: ProblemSchema } } },
        415: { description: 'Unsupported content type', content: { 'application/problem+json': { schema: ProblemSchema } } },
        ...problems,
      },
    }),
    async (c) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      let body: Buffer;
      let format: 'html' | 'text';
      let meta: UploadMeta;
      if (type === 'application/json') {
        // Already parsed and validated against UploadJsonSchema by the route's validator.
        const { text, html, ...rest } = c.req.valid('json') as z.infer<typeof UploadJsonSchema>;
        body = Buffer.from(html ?? text ?? '', 'utf8');
        format = html !== undefined ? 'html' : 'text';
        meta = rest;
      } else if (type === 'text/plain' || type === 'text/html') {
        body = Buffer.from(await c.req.arrayBuffer());
        format = type === 'text/html' ? 'html' : 'text';
        meta = c.req.valid('query');
      } else throw new UnsupportedMediaType(type || undefined);
      const accepted = await deps.ingest.accept(body, format, meta);
      return c.json(accepted, accepted.duplicate ? 200 : 202);
    },
  );

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
      request: { params: IdParamSchema },
      responses: { 200: { description: 'The article', content: { 'application/json': { schema: ArticleViewSchema } } }, ...problems, ...notFound },
    }),
    async (c) => c.json(await deps.queries.article(c.req.valid('param').id), 200),
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
      return c.json(await deps.queries.stories({ since, until, limit: q.limit, cursor: q.cursor ?? null }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/stories/{id}', tags: ['stories'], security: bearer,
      summary: 'A story: canonical article, members, copy sets (merged ids resolve to the survivor)',
      request: { params: IdParamSchema },
      responses: { 200: { description: 'The story', content: { 'application/json': { schema: StoryViewSchema } } }, ...problems, ...notFound },
    }),
    async (c) => c.json(await deps.queries.story(c.req.valid('param').id), 200),
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
      const parsed = ReprocessRequestSchema.safeParse(raw.trim() ? JSON.parse(raw) : {});
      if (!parsed.success) throw new BadRequest(`Invalid job request: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
      return c.json(await deps.reprocess.start(parsed.data), 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/admin/reprocess/{id}', tags: ['admin'], security: bearer, summary: 'A re-processing job: state, totals, failures',
      request: { params: IdParamSchema },
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
