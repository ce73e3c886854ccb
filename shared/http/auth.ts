import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ApiKeyStore, RateLimit, RateLimiter, Role } from '../ports/stores.js';
import { Forbidden, TooManyRequests, Unauthorized } from '../errors.js';

/**
 * Keys are never compared as strings: the presented key is hashed (SHA-256)
 * and the digest is looked up, so neither the table nor the time a check
 * takes reveals anything about a valid key's characters.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface AuthDeps {
  keys: ApiKeyStore;
  limiter: RateLimiter;
  defaultLimit: RateLimit;
}

/** What a route needs: any valid key (scraper or admin), or an admin key. */
export type Access = Role;

/** Bearer API keys, looked up by hash; admin keys may do everything scraper keys may. Each key has a token bucket. */
export function requireKey(deps: AuthDeps, access: Access): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = header.match(/^Bearer\s+(\S{1,512})$/i);
    if (!m) throw new Unauthorized();
    const hash = hashApiKey(m[1]);
    const key = await deps.keys.find(hash);
    if (!key) throw new Unauthorized('The API key is not valid. Check for typos, or ask the operator for a key (see README, "API keys").');
    if (access === 'admin' && key.role !== 'admin') throw new Forbidden('This operation needs an admin API key.');
    const limit = key.rateLimit ?? deps.defaultLimit;
    const decision = await deps.limiter.take(hash, limit);
    c.header('ratelimit-limit', String(limit.burst));
    c.header('ratelimit-remaining', String(decision.remaining));
    if (!decision.allowed) throw new TooManyRequests(Math.max(1, Math.ceil(decision.retryAfterMs / 1000)));
    await next();
  };
}
