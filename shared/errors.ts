/**
 * Domain errors. The HTTP layer maps them to problem responses in one place
 * (http/problem.ts); processing maps them to "failed" articles or retries.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

export class NotFound extends DomainError {
  constructor(what: string, id: string) {
    super(404, `${what} not found`, `No ${what.toLowerCase()} has id "${id}". Check the id returned when it was created.`);
  }
}

/** An article taken down: its id stays known, so clients learn it is gone for good rather than never there. */
export class Gone extends DomainError {
  constructor(id: string, removedAt: string, reason: string | null) {
    super(
      410, 'Gone',
      `Article "${id}" was removed on ${removedAt}${reason ? ` (${reason})` : ''}. Its text, metadata and raw upload are deleted; uploading the same page again does not restore it.`,
      { removedAt },
    );
  }
}

export class BadRequest extends DomainError {
  constructor(detail: string, extra: Record<string, unknown> = {}) {
    super(400, 'Bad request', detail, extra);
  }
}

/** A path that exists, asked with a method it does not answer. */
export class MethodNotAllowed extends DomainError {
  constructor(method: string, path: string, readonly allow: string[]) {
    super(405, 'Method not allowed', `${path} does not answer ${method}; it answers ${allow.join(', ')}. See /docs for the API.`, { allow });
  }
}

export class Unauthorized extends DomainError {
  constructor(detail = 'Send an API key as "Authorization: Bearer <key>".') {
    super(401, 'Unauthorized', detail);
  }
}

export class Forbidden extends DomainError {
  constructor(detail: string) {
    super(403, 'Forbidden', detail);
  }
}

export class PayloadTooLarge extends DomainError {
  constructor(limit: number, when = '') {
    super(
      413, 'Payload too large',
      `Uploads are limited to ${limit} bytes (${(limit / 1048576).toFixed(1)} MiB)${when ? ` ${when}` : ''}. For larger pages, request a presigned upload URL with POST /uploads.`,
      { limit },
    );
  }
}

export class UnsupportedMediaType extends DomainError {
  constructor(got: string | undefined, detail?: string) {
    super(415, 'Unsupported media type', detail ?? `Content-Type "${got ?? '(none)'}" is not accepted. Send text/plain, text/html or application/json.`);
  }
}

export class TooManyRequests extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'Too many requests', `This API key is over its request rate. Retry after ${retryAfterSeconds} s, and spread requests out (see the RateLimit-* headers).`);
  }
}

export class ServiceUnavailable extends DomainError {
  readonly retryAfterSeconds = 5;
  constructor() {
    super(503, 'Service unavailable', 'Storage is not answering right now. Nothing was stored; retry the same request in a few seconds.');
  }
}

/** A batch that storage stopped answering part way through: what was stored stays, and the same batch may be sent again. */
export class StoredInPart extends DomainError {
  readonly retryAfterSeconds = 5;
  constructor(stored: number, total: number) {
    super(
      503, 'Service unavailable',
      `Storage stopped answering: ${stored} of the ${total} distinct pages were stored${stored ? '' : ' (nothing was stored)'}. Send the same batch again in a few seconds; pages already stored answer as duplicates.`,
      { stored, total },
    );
  }
}

/**
 * A failure of the storage services that passes by itself: throttling, a
 * 5xx, a refused or reset connection, a timeout. Told apart by shape, so this
 * module needs no SDK: SDK errors carry `$retryable` / `$metadata`, socket
 * errors a `code`.
 */
export function isTransientStorageError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const err = e as Error & { $retryable?: unknown; $metadata?: { httpStatusCode?: number }; code?: string; $fault?: string };
  if (err.$retryable) return true;
  if ((err.$metadata?.httpStatusCode ?? 0) >= 500 || err.$fault === 'server') return true;
  if (/Throttl|ProvisionedThroughputExceeded|RequestLimitExceeded|SlowDown|TimeoutError|ServiceUnavailable|InternalServerError|InternalError/.test(err.name)) return true;
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN'].includes(err.code ?? '');
}

export class Conflict extends DomainError {
  constructor(detail: string) {
    super(409, 'Conflict', detail);
  }
}

/** A removal that found the article being processed: it waits for nothing, the client retries. */
export class ArticleInUse extends DomainError {
  readonly retryAfterSeconds = 5;
  constructor(id: string) {
    super(503, 'Service unavailable', `Article "${id}" is being processed right now. Send the same request again in a few seconds; nothing was changed.`);
  }
}

/** A page we cannot process, whatever the retries: mark the article failed. */
export class PermanentProcessingError extends Error {}

/** The raw upload is not in the bucket (deleted by hand, or a stray event): no retry brings it back. */
export class RawUploadMissing extends PermanentProcessingError {
  constructor(key: string) {
    super(`the raw upload ${key} is missing from the bucket; upload the page again`);
  }
}

/** Another worker is processing the same article right now: retry later (SQS redelivers). */
export class ArticleBusy extends Error {
  constructor(id: string) {
    super(`article ${id} is being processed by another worker; the message will be retried`);
  }
}
