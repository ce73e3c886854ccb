import { afterAll, beforeAll } from 'vitest';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../shared/local/stack.js';

export const ADMIN_KEY = 'test-admin-key';
export const SCRAPER_KEY = 'test-scraper-key';

/**
 * A real local stack per test file: DynamoDB Local (in memory) and s3rver
 * (in a temporary directory), the same handlers as on Lambda. No mocks.
 */
export function useLocalStack(opts: LocalStackOptions = {}): () => LocalStack {
  let stack: LocalStack | null = null;
  beforeAll(async () => {
    stack = await startLocalStack({
      keys: [
        { key: ADMIN_KEY, role: 'admin' },
        { key: SCRAPER_KEY, role: 'scraper' },
      ],
      ...opts,
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  return () => {
    if (!stack) throw new Error('local stack not started');
    return stack;
  };
}

export function authed(key = SCRAPER_KEY, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${key}`, ...extra };
}
