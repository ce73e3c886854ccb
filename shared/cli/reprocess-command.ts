import { SingleBar, Presets } from 'cli-progress';
import { apiFetch, type ApiOptions } from './http-client.js';
import type { ReprocessJob } from '../schemas/job.js';

/** `reprocess`: start a job on a running service and follow it to the end. */
export async function reprocessCommand(o: ApiOptions & { all?: boolean; since?: string; until?: string; outlet?: string; pollMs: number }): Promise<number> {
  const request = o.all ? { mode: 'all' } : o.outlet ? { mode: 'outlet', outlet: o.outlet } : o.since || o.until ? { mode: 'range', since: o.since, until: o.until } : { mode: 'stale' };
  const { body: started } = await apiFetch<ReprocessJob>(o, '/admin/reprocess', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  process.stderr.write(`job ${started.id} (${request.mode})\n`);
  const bar = new SingleBar({ format: 'reprocess [{bar}] {value}/{total} | failed {failed} | {state}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  bar.start(1, 0, { failed: 0, state: 'running' });
  let job = started;
  for (;;) {
    ({ body: job } = await apiFetch<ReprocessJob>(o, `/admin/reprocess/${job.id}`));
    const t = job.totals;
    bar.setTotal(Math.max(1, t.enqueued));
    bar.update(t.done + t.failed + t.unchanged, { failed: t.failed, state: job.enumerated ? job.state : 'enumerating' });
    if (job.state !== 'running') break;
    await new Promise((r) => setTimeout(r, o.pollMs));
  }
  bar.stop();
  const t = job.totals;
  process.stdout.write(`${job.state}: ${t.enqueued} article(s), ${t.done} re-processed, ${t.unchanged} unchanged, ${t.failed} failed\n`);
  for (const f of job.failures) process.stdout.write(`  failed ${f.articleId}: ${f.reason}\n`);
  return job.state === 'finished' && t.failed === 0 ? 0 : 1;
}
