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

export class BadRequest extends DomainError {
  constructor(detail: string, extra: Record<string, unknown> = {}) {
    super(400, 'Bad request', detail, extra);
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
  constructor(limit: number) {
    super(413, 'Payload too large', `Uploads are limited to ${limit} bytes (${(limit / 1048576).toFixed(1)} MiB). For larger pages, request a presigned upload URL with POST /uploads.`, { limit });
  }
}

export class UnsupportedMediaType extends DomainError {
  constructor(got: string | undefined) {
    super(415, 'Unsupported media type', `Content-Type "${got ?? '(none)'}" is not accepted. Send text/plain, text/html or application/json.`);
  }
}

export class Conflict extends DomainError {
  constructor(detail: string) {
    super(409, 'Conflict', detail);
  }
}

/** A page we cannot process, whatever the retries: mark the article failed. */
export class PermanentProcessingError extends Error {}

/** Another worker is processing the same article right now: retry later (SQS redelivers). */
export class ArticleBusy extends Error {
  constructor(id: string) {
    super(`article ${id} is being processed by another worker; the message will be retried`);
  }
}
