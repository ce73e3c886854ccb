import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADMIN_KEY, SCRAPER_KEY, authed, useLocalStack } from '../helpers/stack.js';
import { seed } from '../helpers/seeds.js';
import { hashApiKey } from '../../shared/http/auth.js';
import { logger } from '../../shared/logger.js';
import { createKeyCommand, listKeysCommand, revokeKeyCommand } from '../../shared/cli/keys-command.js';
import { captureOutput } from '../helpers/output.js';

describe('security', () => {
  const stack = useLocalStack();
  const req = (path: string, init?: RequestInit) => stack().app.request(path, init);
  afterEach(() => vi.restoreAllMocks());

  it('needs a key to write or administer; a bad key is 401, a scraper key on admin routes 403', async () => {
    const post = (headers: Record<string, string>) => req('/articles', { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body: seed('001').body });
    expect((await post({})).status).toBe(401);
    expect((await post({ authorization: 'Bearer wrong-key' })).status).toBe(401);
    expect((await post({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` })).status).toBe(401);
    expect((await req('/admin/reprocess', { method: 'POST', headers: authed(SCRAPER_KEY) })).status).toBe(403);
    expect((await req('/admin/reprocess/some-job', { headers: authed(SCRAPER_KEY) })).status).toBe(403);
    expect((await req('/uploads', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"format":"text"}' })).status).toBe(401);
    expect((await req('/stories')).status).toBe(401);
  });

  it('serves reads without a key when configured open, and still guards writes', async () => {
    const open = stack().withServices({ env: { READ_ACCESS: 'open' }, takeEvents: false });
    expect((await open.app.request('/stories')).status).toBe(200);
    expect((await open.app.request('/articles/abc')).status).toBe(404);
    expect((await open.app.request('/articles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })).status).toBe(401);
    expect((await open.app.request('/admin/reprocess', { method: 'POST', headers: authed(SCRAPER_KEY) })).status).toBe(403);
  });

  it('stores keys only as SHA-256 digests (the keys and their registry)', async () => {
    const res = await stack().services.doc.send(new ScanCommand({ TableName: stack().config.TABLE_NAME, FilterExpression: 'begins_with(pk, :k)', ExpressionAttributeValues: { ':k': 'KEY' } }));
    expect(res.Items!.some((it) => it.pk === 'KEYS')).toBe(true);
    const items = JSON.stringify(res.Items);
    expect(res.Items!.length).toBeGreaterThanOrEqual(2);
    for (const key of [ADMIN_KEY, SCRAPER_KEY]) {
      expect(items).not.toContain(key);
      expect(items).toContain(hashApiKey(key));
    }
  });

  it('lets an operator list keys and revoke one with the CLI: the API refuses it once its key cache lapses', async () => {
    const table = { table: stack().config.TABLE_NAME, endpoint: stack().config.DYNAMODB_ENDPOINT };
    const run = async <T>(work: () => Promise<T>) => {
      const { result, all } = await captureOutput(work);
      return { result, out: all };
    };
    const created = await run(() => createKeyCommand({ ...table, role: 'scraper', label: 'newsroom bot' }));
    const key = created.out.split('\n')[0];
    const id = hashApiKey(key).slice(0, 12);
    expect(created.out).toContain(`created scraper key ${id} "newsroom bot"`);
    expect((await req('/stories', { headers: authed(key) })).status).toBe(200);

    const listed = await run(() => listKeysCommand(table));
    expect(listed.out).toMatch(new RegExp(`^${id}  scraper  \\d{4}-\\d\\d-\\d\\d  active +newsroom bot$`, 'm'));
    expect(listed.out).not.toContain(key);
    expect(listed.out).toContain(hashApiKey(ADMIN_KEY).slice(0, 12));

    expect((await run(() => revokeKeyCommand(id, table))).result).toBe(0);
    expect((await run(() => listKeysCommand(table))).out).toMatch(new RegExp(`^${id}  scraper  \\S+  revoked \\d{4}`, 'm'));
    // An API instance that has not cached the key refuses it at once; one that has, within a minute.
    const fresh = stack().withServices({ takeEvents: false });
    expect((await fresh.app.request('/stories', { headers: authed(key) })).status).toBe(401);
    expect((await run(() => revokeKeyCommand('0123456789ab', table))).result).toBe(1);

    // A key made before the registry is not listed, is revoked by the key itself, and is listed from then on.
    const old = 'key-from-before-the-registry';
    await stack().services.doc.send(new PutCommand({ TableName: table.table, Item: { pk: `KEY#${hashApiKey(old)}`, sk: 'K', role: 'admin', label: 'old admin', createdAt: '2026-01-01T00:00:00Z' } }));
    expect((await run(() => listKeysCommand(table))).out).not.toContain('old admin');
    expect((await run(() => revokeKeyCommand(old, table))).result).toBe(0);
    expect((await run(() => listKeysCommand(table))).out).toMatch(/ admin +2026-01-01 +revoked \d{4}-\d\d-\d\d +old admin/);
    expect((await stack().withServices({ takeEvents: false }).app.request('/admin/reprocess/x', { headers: authed(old) })).status).toBe(401);
  });

  it('limits each key with a token bucket: the burst passes, then 429 with Retry-After', async () => {
    const key = 'rate-limited-key';
    await stack().services.apiKeys.put(hashApiKey(key), 'scraper', 'test', { perSecond: 0.01, burst: 3 });
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 5; i++) {
      last = await req('/stories', { headers: authed(key) });
      statuses.push(last.status);
      if (i === 0) expect(last.headers.get('ratelimit-remaining')).toBe('2');
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(50);
    expect((await last!.json()).detail).toMatch(/over its request rate/);
    // Other keys have their own buckets.
    expect((await req('/stories', { headers: authed(SCRAPER_KEY) })).status).toBe(200);
  });

  it('grants exactly the burst to concurrent requests (one conditional write each, no lost update)', async () => {
    const limiter = stack().services.limiter;
    const now = Date.now();
    const decisions = await Promise.all(Array.from({ length: 12 }, () => limiter.take('concurrent-bucket', { perSecond: 1, burst: 5 }, now)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    // A second later one more token has been added.
    expect((await limiter.take('concurrent-bucket', { perSecond: 1, burst: 5 }, now + 1000)).allowed).toBe(true);
    expect((await limiter.take('concurrent-bucket', { perSecond: 1, burst: 5 }, now + 1000)).allowed).toBe(false);
  });

  it('sends security headers on every response, errors included', async () => {
    for (const res of [await req('/health'), await req('/stories', { headers: authed() }), await req('/stories'), await req('/nowhere', { headers: authed() })]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    expect((await req('/docs')).headers.get('content-security-policy')).toContain('script-src');
  });

  it('hides internals when something unexpected fails', async () => {
    vi.spyOn(stack().services.queries, 'article').mockRejectedValueOnce(new TypeError("Cannot read properties of undefined (reading 'pk') at DynamoArticleStore.get (/var/task/index.mjs:1:2)"));
    const res = await req('/articles/abc', { headers: authed() });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/TypeError|Cannot read|DynamoArticleStore|\/var\/task|index\.mjs/);
    expect(JSON.parse(text)).toMatchObject({ status: 500, requestId: expect.any(String), detail: expect.stringMatching(/request id/) });
  });

  it('never logs API keys or article bodies', async () => {
    // Every structured log line goes through the logger's console (stdout on Lambda, CloudWatch after it).
    const lines: string[] = [];
    const sink = (logger as unknown as { console: Record<string, (...a: unknown[]) => void> }).console;
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(sink, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    }
    const level = logger.getLevelName();
    logger.setLogLevel('DEBUG');
    const secretSentence = 'The zebra quartet rehearsed seventeen sonatas beneath the lighthouse.';
    const body = `${seed('004').body}\n${secretSentence}`;
    const res = await req('/articles', { method: 'POST', headers: authed(SCRAPER_KEY, { 'content-type': 'text/plain' }), body });
    await req('/articles', { method: 'POST', headers: authed('a-wrong-secret-key', { 'content-type': 'text/plain' }), body });
    await req('/articles', { method: 'POST', headers: authed(SCRAPER_KEY, { 'content-type': 'text/plain' }), body: `${body}\u0000` });
    await stack().delivery.drain();
    logger.setLogLevel(level);
    vi.restoreAllMocks();
    expect(res.status).toBe(202);
    const log = lines.join('');
    expect(log).toContain('"message":"request"');
    expect(log).toContain('"message":"article processed"');
    for (const secret of [SCRAPER_KEY, 'a-wrong-secret-key', secretSentence, 'zebra quartet']) expect(log).not.toContain(secret);
  });
});
