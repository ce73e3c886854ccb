import autocannon from 'autocannon';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { startLocalStack } from '../../shared/local/stack.js';
import { objectCreatedBody } from '../../shared/local/local-queue.js';
import { hashApiKey } from '../../shared/http/auth.js';
import { devArticles } from '../helpers/corpus.js';
import { storedCounts } from '../helpers/stored.js';

export interface LoadOptions {
  /** Requests in all (POST and GET mixed, half and half). */
  requests: number;
  connections: number;
  /** Hard stop, seconds: the run is bounded both ways. */
  maxSeconds: number;
  /**
   * Queue the S3 events during the load and process them after it, as SQS
   * absorbs a burst while Lambda works through it. Otherwise processing
   * shares this process's CPU with the API while the load runs.
   */
  deferProcessing?: boolean;
}

export interface LoadReport {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  status: Record<string, number>;
  /** Answers other than 200/202 (refusals, 5xx, timeouts, socket errors). */
  errors: number;
  errorRate: number;
  accepted: number;
  stored: { raw: number; articles: number; processed: number; failed: number; storyMembers: number };
  /** Accepted uploads without a raw object, an article record, or a place in a story (processed ones). */
  lost: number;
  processingSeconds: number;
  /** The first few refused requests, for the report. */
  refusals: string[];
}

const KEY = 'load-test-key';

/**
 * A bounded load test on loopback: the API as `npm start` serves it (Hono on
 * node-server, DynamoDB Local, s3rver, processing fed by s3rver's events),
 * autocannon driving POSTs of distinct real articles and GETs of stories and
 * of the articles just posted. At the end every store is counted.
 */
export async function runLoad(opts: LoadOptions): Promise<LoadReport> {
  const stack = await startLocalStack({ deliverS3Events: !opts.deferProcessing });
  // A high-volume scraper's key: its own bucket, sized for the test (the default is 50/s).
  await stack.services.apiKeys.put(hashApiKey(KEY), 'scraper', 'load test', { perSecond: 100_000, burst: 100_000 });
  const server = serve({ fetch: stack.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const port = (server.address() as AddressInfo).port;
  const docs = devArticles(10_000);
  let n = 0;
  const acceptedIds = new Set<string>();
  const refusals: string[] = [];
  const auth = { authorization: `Bearer ${KEY}` };
  try {
    const started = Date.now();
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: opts.connections,
      amount: opts.requests,
      timeout: 30,
      maxOverallRequests: opts.requests,
      duration: opts.maxSeconds,
      requests: [
        {
          method: 'POST',
          path: '/articles',
          headers: { ...auth, 'content-type': 'application/json' },
          setupRequest: (req) => {
            const d = docs[n % docs.length];
            // Distinct bytes per request: every POST is a new article (copies of the same text join its story).
            const body = JSON.stringify({ text: `${d.text}\n\nUpdated edition ${n++}.`, title: d.title.replace(/\s+/g, ' ').trim() || undefined, source: `Outlet ${n % 37}` });
            return { ...req, body };
          },
          onResponse: (status, body, context) => {
            if (status >= 400) refusals.push(`${status} ${body.slice(0, 200)}`);
            if (status === 202 || status === 200) {
              const id = JSON.parse(body).id as string;
              acceptedIds.add(id);
              (context as { lastId?: string }).lastId = id;
            }
          },
        },
        {
          method: 'GET',
          headers: auth,
          setupRequest: (req, context) => {
            const last = (context as { lastId?: string }).lastId;
            return { ...req, path: last ? `/articles/${last}` : '/stories?limit=20' };
          },
        },
      ],
    });
    const seconds = (Date.now() - started) / 1000;
    const drainStart = Date.now();
    if (opts.deferProcessing) {
      for (const id of acceptedIds) stack.delivery.deliverBody(objectCreatedBody(`raw/${id}`, stack.config.BUCKET_NAME));
    }
    await stack.delivery.drain();
    const processingSeconds = (Date.now() - drainStart) / 1000 + seconds;
    const counts = await storedCounts(stack.services);
    // Every accepted upload: raw object, record, and (when processed) a member of its story.
    let lost = 0;
    let storyMembers = 0;
    const storyIds = new Set<string>();
    for (const id of acceptedIds) {
      const rec = await stack.services.articles.get(id);
      if (!rec || !(await stack.services.raw.exists(rec.rawKey))) lost++;
      else if (rec.status === 'processed' && rec.storyId) storyIds.add((await stack.services.queries.story(rec.storyId)).id);
      else if (rec.status !== 'failed') lost++;
    }
    const memberIds = new Set<string>();
    for (const sid of storyIds) for (const m of (await stack.services.queries.story(sid)).members) memberIds.add(m.id);
    for (const id of acceptedIds) if (memberIds.has(id)) storyMembers++;
    const processed = counts.byStatus.processed ?? 0;
    lost += processed - storyMembers;
    const status: Record<string, number> = {};
    for (const [k, v] of Object.entries(result.statusCodeStats ?? {})) status[k] = (v as { count: number }).count;
    const ok = (status['200'] ?? 0) + (status['202'] ?? 0);
    const total = result.requests.total;
    return {
      requests: total,
      seconds,
      requestsPerSecond: total / seconds,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      status,
      errors: total - ok + result.errors + result.timeouts,
      errorRate: (total - ok + result.errors + result.timeouts) / Math.max(1, total),
      accepted: acceptedIds.size,
      stored: { raw: counts.raw, articles: counts.articles, processed, failed: counts.byStatus.failed ?? 0, storyMembers },
      lost,
      processingSeconds,
      refusals: refusals.slice(0, 5),
    };
  } finally {
    server.close();
    await stack.stop();
  }
}
