import { ApiError, apiFetch, type ApiOptions } from './http-client.js';

interface Removed {
  id: string;
  removedAt: string;
  storyId: string | null;
  url: string | null;
}

/**
 * Take articles down, one DELETE each: a takedown names its articles one by
 * one, and each answer says what it did. A removal cut short (a 503) is
 * finished by the retry the client makes; an id that fails is named and the
 * rest go on. Exit 1 when any failed.
 */
export async function removeCommand(ids: string[], opts: ApiOptions & { reason: string }): Promise<number> {
  let failed = 0;
  for (const id of ids) {
    try {
      const { body } = await apiFetch<Removed>(opts, `/articles/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason: opts.reason }),
      });
      process.stdout.write(`removed ${body.id} (${body.url ?? 'no url'}) at ${body.removedAt}${body.storyId ? `; left story ${body.storyId}` : ''}\n`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      failed++;
      process.stderr.write(`${id}: ${e.message}\n`);
    }
  }
  return failed ? 1 : 0;
}
