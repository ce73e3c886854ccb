import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ApiKeyStore, Role } from '../ports/stores.js';
import { Forbidden, Unauthorized } from '../errors.js';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Bearer API keys, looked up by hash; admin keys may do everything scraper keys may. */
export function requireRole(keys: ApiKeyStore, role: Role): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = header.match(/^Bearer\s+(\S+)$/i);
    if (!m) throw new Unauthorized();
    const actual = await keys.roleOf(hashApiKey(m[1]));
    if (!actual) throw new Unauthorized('The API key is not valid. Check for typos, or ask the operator for a key (see README, "API keys").');
    if (role === 'admin' && actual !== 'admin') throw new Forbidden('This operation needs an admin API key.');
    c.set('role' as never, actual as never);
    await next();
  };
}
