import S3rver from 's3rver';
import { mkdirSync } from 'node:fs';

/** s3rver, an S3-compatible server on the file system; object-created events are handed to `onEvent`. */
export interface S3Local {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startS3Local(opts: { port: number; directory: string; bucket: string; onEvent: (event: unknown) => void }): Promise<S3Local> {
  mkdirSync(opts.directory, { recursive: true });
  const server = new S3rver({ port: opts.port, address: '127.0.0.1', directory: opts.directory, silent: true, configureBuckets: [{ name: opts.bucket, configs: [] }] });
  server.on('event', opts.onEvent);
  await server.run();
  return { endpoint: `http://127.0.0.1:${opts.port}`, stop: () => server.close() };
}
