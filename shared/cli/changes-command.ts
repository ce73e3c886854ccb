import { apiFetch, type ApiOptions } from './http-client.js';
import type { Change } from '../schemas/change.js';

interface ChangesPage {
  items: Change[];
  nextCursor: string;
  caughtUp: boolean;
}

/**
 * `changes`: print the change feed from a starting time (or a saved
 * cursor), one line per change; with `--follow`, keep polling once caught
 * up, as a sync job would. The last cursor goes to stderr on exit, to resume from.
 */
export async function changesCommand(o: ApiOptions & { since?: string; cursor?: string; follow: boolean; json: boolean; pollMs: number; limit: number }): Promise<void> {
  let cursor = o.cursor ?? null;
  let stop = false;
  const onSignal = () => {
    stop = true;
  };
  process.once('SIGINT', onSignal);
  try {
    while (!stop) {
      const q = new URLSearchParams({ limit: String(o.limit) });
      if (cursor) q.set('cursor', cursor);
      else if (o.since) q.set('since', o.since);
      const { body } = await apiFetch<ChangesPage>(o, `/changes?${q}`);
      for (const c of body.items) process.stdout.write(o.json ? `${JSON.stringify(c)}\n` : `${c.at}  ${c.type.padEnd(12)} ${c.articleId.slice(0, 12)}  ${(c.storyId ?? '-').padEnd(20).slice(0, 20)}  ${(c.outlet ?? '-').padEnd(20).slice(0, 20)}  ${(c.title ?? '').slice(0, 60)}\n`);
      cursor = body.nextCursor;
      if (!body.caughtUp) continue;
      if (!o.follow) break;
      await new Promise((r) => setTimeout(r, o.pollMs));
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    if (cursor) process.stderr.write(`cursor: ${cursor}\n`);
  }
}
