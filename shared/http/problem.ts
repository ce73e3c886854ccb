import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, ServiceUnavailable, isTransientStorageError } from '../errors.js';
import { logger } from '../logger.js';

/**
 * The one mapping from errors to RFC 9457 problem responses
 * (application/problem+json): a status, a title, and a detail that tells the
 * caller what to fix.
 */
export function problemResponse(c: Context, cause: unknown): Response {
  const err = isTransientStorageError(cause) ? new ServiceUnavailable() : cause;
  if (err !== cause) logger.warn('storage unavailable', { error: cause as Error });
  let status = 500;
  let title = 'Internal server error';
  let detail = 'Something failed on our side; the request may be retried. If it keeps failing, report the request id.';
  let extra: Record<string, unknown> = {};
  if (err instanceof DomainError) {
    ({ status, title } = err);
    detail = err.message;
    extra = err.extra;
  } else if (err instanceof HTTPException) {
    // Hono's own validators: say what to send instead.
    status = err.status;
    title = err.message || 'Request rejected';
    detail =
      status === 400 && /JSON/i.test(err.message)
        ? 'The body is not valid JSON. Send a JSON object, or a text/plain or text/html body.'
        : status === 415
          ? 'Send text/plain, text/html or application/json.'
          : err.message;
  } else {
    logger.error('unhandled error', { error: err as Error });
  }
  const requestId = c.get('requestId' as never) as string | undefined;
  const retryAfter = err instanceof DomainError ? (err as { retryAfterSeconds?: number }).retryAfterSeconds : undefined;
  // c.body keeps the headers middleware has set (security, rate limit, CORS).
  if (retryAfter !== undefined) c.header('retry-after', String(retryAfter));
  c.header('content-type', 'application/problem+json');
  return c.body(JSON.stringify({ type: 'about:blank', status, title, detail, ...extra, requestId, instance: new URL(c.req.url).pathname }), status as ContentfulStatusCode);
}
