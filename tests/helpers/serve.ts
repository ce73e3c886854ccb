import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';

/** Serve an app over HTTP on a free loopback port, as `npm start` does, for the CLI to talk to. */
export async function serveApp(fetch: (req: Request) => Response | Promise<Response>): Promise<{ url: string; server: ServerType; close: () => void }> {
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, close: () => server.close() };
}
