/**
 * `npm start`: the whole service on this machine, on embedded real
 * components (DynamoDB Local, s3rver). Data lives under .data/ and survives
 * restarts. Ctrl-C stops everything.
 */
import { serve } from '@hono/node-server';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { startLocalStack, type LocalStack } from './stack.js';
import { portInUse } from './ports.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const LocalEnvSchema = z.object({
  PORT: z.coerce.number().int().positive().default(3000),
  DYNAMODB_PORT: z.coerce.number().int().positive().default(8000),
  S3_PORT: z.coerce.number().int().positive().default(4569),
  COPYDESK_DATA_DIR: z.string().default('.data'),
  COPYDESK_API_KEY: z.string().min(8, 'COPYDESK_API_KEY must be at least 8 characters').default('copydesk-local-key'),
  COPYDESK_SCRAPER_KEY: z.string().min(8).optional(),
  COPYDESK_REPROCESS_EVERY_MINUTES: z.coerce.number().positive().optional(),
});

function fail(message: string): never {
  process.stderr.write(`\ncopydesk: ${message}\n\n`);
  process.exit(1);
}

async function main() {
  const parsed = LocalEnvSchema.safeParse(process.env);
  if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  const env = parsed.data;
  const dataDir = resolve(env.COPYDESK_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });

  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) fail('Java was not found. DynamoDB Local needs Java 17 or newer on PATH (e.g. `apt-get install openjdk-17-jre-headless`).');

  const pidFile = resolve(dataDir, 'copydesk.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8'));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      /* stale pid file */
    }
    if (alive) fail(`Copydesk is already running (pid ${pid}) with data in ${dataDir}. Stop it with Ctrl-C in its terminal (or \`kill ${pid}\`) before starting another.`);
  }
  for (const [name, port] of [['PORT', env.PORT], ['DYNAMODB_PORT', env.DYNAMODB_PORT], ['S3_PORT', env.S3_PORT]] as const) {
    if (await portInUse(port)) fail(`port ${port} (${name}) is already in use. Is Copydesk or another server running? Set ${name} to another port.`);
  }
  writeFileSync(pidFile, String(process.pid));

  let stack: LocalStack | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write('\nstopping Copydesk...\n');
    server?.close();
    if (timer) clearInterval(timer);
    await stack?.stop().catch(() => undefined);
    rmSync(pidFile, { force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  let server: ReturnType<typeof serve> | null = null;
  let timer: NodeJS.Timeout | null = null;
  try {
    const keys = [{ key: env.COPYDESK_API_KEY, role: 'admin' as const }];
    if (env.COPYDESK_SCRAPER_KEY) keys.push({ key: env.COPYDESK_SCRAPER_KEY, role: 'scraper' as never });
    stack = await startLocalStack({ dataDir, dynamoPort: env.DYNAMODB_PORT, s3Port: env.S3_PORT, keys });
  } catch (e) {
    rmSync(pidFile, { force: true });
    fail(e instanceof Error ? e.message : String(e));
  }
  server = serve({ fetch: stack.app.fetch, port: env.PORT, hostname: '127.0.0.1' });
  if (env.COPYDESK_REPROCESS_EVERY_MINUTES) {
    const handler = stack.reprocessHandler;
    timer = setInterval(() => void handler({ id: `local-${Date.now()}` }).catch(() => undefined), env.COPYDESK_REPROCESS_EVERY_MINUTES * 60_000);
  }
  const url = `http://localhost:${env.PORT}`;
  process.stdout.write(
    [
      '',
      `Copydesk is running at ${url}`,
      `  API reference:  ${url}/docs`,
      `  API key:        ${env.COPYDESK_API_KEY}   (admin; set COPYDESK_API_KEY to change it)`,
      `  Data:           ${dataDir} (DynamoDB Local on :${env.DYNAMODB_PORT}, s3rver on :${env.S3_PORT})`,
      env.COPYDESK_REPROCESS_EVERY_MINUTES ? `  Re-processing:  every ${env.COPYDESK_REPROCESS_EVERY_MINUTES} min` : '  Re-processing:  on demand (COPYDESK_REPROCESS_EVERY_MINUTES=N to schedule)',
      '',
      `Try:  npm run --silent cli -- ingest seeds/   then   npm run --silent cli -- stories`,
      `      npm run --silent cli -- changes --follow   (every change to an article, as it happens)`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

void main();
