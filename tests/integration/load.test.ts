import { describe, expect, it } from 'vitest';
import { runLoad } from '../load/load.js';

/**
 * The bounded load test (npm run load), small enough for every CI run:
 * mixed POST and GET traffic over HTTP on the local stack, processing live.
 * It asserts what must hold at any speed: every request answered, every
 * accepted upload stored, processed and counted in its story.
 */
describe('load on the local stack', () => {
  it('answers every request and loses no upload', async () => {
    const r = await runLoad({ requests: 400, connections: 16, maxSeconds: 240 });
    expect(r.requests).toBe(400);
    // What the errors were, should there be any: statuses, the first refusals, latency.
    expect(r.errors, JSON.stringify({ status: r.status, refusals: r.refusals, latencyMs: r.latencyMs })).toBe(0);
    // Connections alternate POST and GET; every POST is a new article (202), every GET a 200.
    expect(Object.keys(r.status).sort()).toEqual(['200', '202']);
    expect(r.accepted).toBe(r.status['202']);
    expect(r.accepted).toBeGreaterThanOrEqual(190);
    const n = r.accepted;
    expect(r.stored).toEqual({ raw: n, articles: n, processed: n, failed: 0, storyMembers: n });
    expect(r.lost).toBe(0);
  }, 300_000);
});
