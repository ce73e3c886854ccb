import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, SQSEvent } from 'aws-lambda';
import { synth } from './synth.js';
import { LAMBDA_UNUSED_CREDENTIAL_PROVIDERS } from '../../infra/constructs/copydesk-function.js';
import { startLocalStack, type LocalStack } from '../../shared/local/stack.js';
import { startSqsEndpoint } from '../helpers/sqs-endpoint.js';
import { sqsEvent } from '../../shared/local/local-queue.js';
import { seed } from '../helpers/seeds.js';
import { ROOT } from '../helpers/seeds.js';
import { captureOutput } from '../helpers/output.js';
import { httpEvent as lambdaHttpEvent, s3QueueEvent } from '../helpers/lambda-events.js';

/**
 * The bundles `cdk synth` produces (the asset directories it would upload)
 * are imported and invoked with the event shapes Lambda delivers, against
 * DynamoDB Local and s3rver: proof that the bundles work as uploaded.
 */
type Handler = (event: unknown, context?: unknown) => Promise<any>;

const KEY = 'bundle-test-key';
let stack: LocalStack;
let sqs: Awaited<ReturnType<typeof startSqsEndpoint>>;
const bundles: Record<'api' | 'process' | 'reprocess', Handler> = {} as never;
const sizes: Record<string, number> = {};

function assetDir(outdir: string, template: any, description: RegExp): string {
  const fn = Object.values<any>(template.Resources).find((r) => r.Type === 'AWS::Lambda::Function' && description.test(r.Properties.Description ?? ''));
  const key: string = fn.Properties.Code.S3Key;
  return join(outdir, `asset.${key.replace(/\.zip$/, '')}`);
}

beforeAll(async () => {
  // Events are delivered by the test, from the bundles, not by the local stack's own handlers.
  stack = await startLocalStack({ keys: [{ key: KEY, role: 'admin' }], deliverS3Events: false });
  sqs = await startSqsEndpoint();
  Object.assign(process.env, stack.env, {
    QUEUE_URL: sqs.queueUrl,
    LOG_LEVEL: 'ERROR',
    METRICS: 'emf',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_SQS: sqs.url,
  });
  const { outdir, stack: cdkStack, assembly } = synth();
  const template = assembly.getStackByName(cdkStack.stackName).template;
  // Bundles are self-contained; they are copied out of the assembly as a deployment package would be.
  const run = join(ROOT, '.test-data', `bundles-${process.pid}`);
  mkdirSync(run, { recursive: true });
  for (const [name, desc] of [['api', /HTTP API/], ['process', /extract, dedupe/], ['reprocess', /scheduled re-processing/]] as const) {
    const dir = assetDir(outdir, template, desc);
    expect(existsSync(join(dir, 'index.mjs'))).toBe(true);
    cpSync(dir, join(run, name), { recursive: true });
    sizes[name] = statSync(join(dir, 'index.mjs')).size;
    bundles[name] = (await import(pathToFileURL(join(run, name, 'index.mjs')).href)).handler;
  }
}, 240_000);

afterAll(async () => {
  await sqs?.close();
  await stack?.stop();
  rmSync(join(ROOT, '.test-data', `bundles-${process.pid}`), { recursive: true, force: true });
});

/** A request to the API bundle, with the test's key. */
function httpEvent(method: string, path: string, body?: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return lambdaHttpEvent(method, path, body, { authorization: `Bearer ${KEY}`, ...headers });
}

/** Run a handler and keep what it writes to stdout: the EMF metric lines, parsed. */
async function withMetrics<T>(run: () => Promise<T>): Promise<{ result: T; emf: Array<Record<string, any>> }> {
  const { result, stdout } = await captureOutput(run);
  return { result, emf: stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((d) => d._aws) };
}
const total = (emf: Array<Record<string, any>>, name: string) => emf.flatMap((d) => [d[name] ?? []].flat()).reduce((a: number, b: number) => a + b, 0);

describe('Lambda bundles from cdk synth', () => {
  it('every bundle is under 1 MB', () => {
    for (const [name, size] of Object.entries(sizes)) expect(size, name).toBeLessThan(1_000_000);
    // Written as UTF-8, not \u escapes: language detection's Cyrillic trigrams stand as they are.
    const code = readFileSync(join(ROOT, '.test-data', `bundles-${process.pid}`, 'process', 'index.mjs'), 'utf8');
    expect(code).toMatch(/[\u0400-\u04ff]{3}/u);
  });

  it('leaves out only credential providers Lambda never reaches, and only behind dynamic import()', () => {
    for (const name of Object.keys(sizes)) {
      const code = readFileSync(join(ROOT, '.test-data', `bundles-${process.pid}`, name, 'index.mjs'), 'utf8');
      for (const mod of LAMBDA_UNUSED_CREDENTIAL_PROVIDERS) {
        expect(code, `${name} imports ${mod} statically`).not.toMatch(new RegExp(`(?:^|[;}])\\s*import[^(;]*["']${mod.replace('/', '\\/')}["']`));
        expect(code, `${name} requires ${mod}`).not.toContain(`require("${mod}")`);
      }
      // The environment provider Lambda uses is inside the bundle.
      expect(code).toContain('AWS_SECRET_ACCESS_KEY');
    }
  });

  it('api bundle: API Gateway v2 event in, 202 out, raw upload in S3', async () => {
    const { result: res, emf } = await withMetrics(() => bundles.api(httpEvent('POST', '/articles?source=bundle-test', seed('000').body, { 'content-type': 'text/plain' })));
    expect(res.statusCode).toBe(202);
    // The request's metrics are written as the invocation ends, in CloudWatch's embedded metric format.
    expect(emf).toHaveLength(1);
    expect(emf[0]._aws.CloudWatchMetrics[0].Namespace).toBe('Copydesk');
    expect(total(emf, 'UploadsAccepted')).toBe(1);
    const body = JSON.parse(res.body);
    expect((await stack.services.raw.getRaw(body.rawKey)).body.toString()).toBe(seed('000').body);
    const health = await bundles.api(httpEvent('GET', '/health'));
    expect(JSON.parse(health.body)).toEqual({ status: 'ok' });
  });

  it('process bundle: SQS-wrapped S3 notification in, processed article and story out', async () => {
    const accepted = JSON.parse((await withMetrics(() => bundles.api(httpEvent('POST', '/articles', seed('001').body, { 'content-type': 'text/plain' })))).result.body);
    const event: SQSEvent = s3QueueEvent(stack.config.BUCKET_NAME, [accepted.rawKey]);
    const { result: out, emf } = await withMetrics(() => bundles.process(event, { getRemainingTimeInMillis: () => 60_000 }));
    expect(out).toEqual({ batchItemFailures: [] });
    expect(total(emf, 'ArticlesProcessed')).toBe(1);
    expect(total(emf, 'CopiesDetected') + total(emf, 'StoryJoins') + total(emf, 'StoriesOpened')).toBe(1);
    const first = JSON.parse((await bundles.api(httpEvent('GET', '/stories'))).body);
    expect(first.items.length).toBeGreaterThanOrEqual(1);
    const article = JSON.parse((await bundles.api(httpEvent('GET', `/articles/${accepted.id}`))).body);
    expect(article).toMatchObject({ status: 'processed', publishedAt: '2026-02-04' });
  });

  it('reprocess bundle: scheduled event in, job fanned out over the queue and finished by the process bundle', async () => {
    // The article uploaded by the api test has not been processed yet: it is stale (no version).
    const scheduled = { version: '0', id: 'sched-1', 'detail-type': 'Scheduled Event', source: 'aws.scheduler', account: '123456789012', time: new Date().toISOString(), region: 'eu-west-1', resources: [], detail: {} };
    const result = await bundles.reprocess(scheduled);
    expect(result.started).toBeTruthy();
    // Deliver what the bundles put on the queue until it is empty, as the event source mapping would.
    for (let i = 0; i < 200; i++) {
      const bodies = sqs.taken();
      if (!bodies.length) break;
      const event: SQSEvent = { Records: bodies.map((b, k) => ({ ...sqsEvent(`q${i}-${k}`, b).Records[0] })) };
      const { result: out } = await withMetrics(() => bundles.process(event, {}));
      expect(out.batchItemFailures).toEqual([]);
    }
    const job = JSON.parse((await bundles.api(httpEvent('GET', `/admin/reprocess/${result.started}`))).body);
    expect(job).toMatchObject({ state: 'finished', totals: { failed: 0 } });
    expect(job.totals.enqueued).toBeGreaterThanOrEqual(1);
  });
});
