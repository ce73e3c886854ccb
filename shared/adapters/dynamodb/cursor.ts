import { BadRequest } from '../../errors.js';

/** A cursor for a client to pass back: base64url JSON naming where to resume. */
export function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/**
 * A cursor this API handed out, read back and checked by `valid`. Anything
 * else is the client's mistake, answered with what to pass.
 */
export function decodeCursor<T>(cursor: string, valid: (c: Record<string, unknown>) => boolean): T {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (c && typeof c === 'object' && valid(c as Record<string, unknown>)) return c as T;
  } catch {
    // not JSON: fall through
  }
  throw new BadRequest('"cursor" is not a cursor this API returned; pass the nextCursor of the previous page.');
}
