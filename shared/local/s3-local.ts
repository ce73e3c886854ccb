import S3rver from 's3rver';
import { mkdirSync } from 'node:fs';

interface KoaContext {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  status: number;
  type: string;
  body: unknown;
}

/** s3rver, an S3-compatible server on the file system; object-created events are handed to `onEvent`. */
export interface S3Local {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startS3Local(opts: { port: number; directory: string; bucket: string; onEvent: (event: unknown) => void }): Promise<S3Local> {
  mkdirSync(opts.directory, { recursive: true });
  const server = new S3rver({ port: opts.port, address: '127.0.0.1', directory: opts.directory, silent: true, configureBuckets: [{ name: opts.bucket, configs: [] }] });
  server.on('event', opts.onEvent);
  // S3 refuses a PUT with "If-None-Match: *" when the key exists (412); s3rver
  // ignores the header. Copydesk writes raw uploads exactly once with it, so
  // the emulator gets the same rule, ahead of its own routing.
  const koa = server as unknown as { middleware: Array<(ctx: KoaContext, next: () => Promise<void>) => Promise<void>>; store: { existsObject(b: string, k: string): Promise<boolean> } };
  koa.middleware.unshift(async (ctx, next) => {
    if (ctx.method === 'PUT' && ctx.headers['if-none-match'] === '*') {
      const [, bucket, ...key] = decodeURIComponent(ctx.path).split('/');
      if (bucket && key.length && (await koa.store.existsObject(bucket, key.join('/')))) {
        ctx.status = 412;
        ctx.type = 'application/xml';
        ctx.body = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message><Condition>If-None-Match</Condition></Error>';
        return;
      }
    }
    await next();
  });
  await server.run();
  return { endpoint: `http://127.0.0.1:${opts.port}`, stop: () => server.close() };
}
