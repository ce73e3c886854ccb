import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A wire-level fault injector between the SDK and DynamoDB Local or s3rver:
 * every request goes through `decide`, which lets it pass or answers in its
 * place with what the real service sends when it is throttling or failing.
 * `stop()` and `start()` take the endpoint away and bring it back on the same
 * port, as when the server process dies and restarts.
 */
export type Fault = 'pass' | 'throttle' | 'server-error' | 'reset';

export interface ProxiedRequest {
  method: string;
  path: string;
  /** DynamoDB's operation (X-Amz-Target suffix), e.g. "PutItem"; for S3 the method. */
  operation: string;
  /** True for requests that change state. */
  write: boolean;
}

const DYNAMO_READS = /^(GetItem|BatchGetItem|Query|Scan|DescribeTable|TransactGetItems)$/;

export class FaultProxy {
  decide: (req: ProxiedRequest) => Fault = () => 'pass';
  readonly seen: ProxiedRequest[] = [];
  private server: Server;
  private sockets = new Set<Socket>();
  private port = 0;

  private constructor(
    private readonly target: URL,
    private readonly kind: 'dynamodb' | 's3',
  ) {
    this.server = this.makeServer();
  }

  static async start(target: string, kind: 'dynamodb' | 's3'): Promise<FaultProxy> {
    const p = new FaultProxy(new URL(target), kind);
    await p.start();
    return p;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Fail requests matching `when` with `fault`, the first `times` of them (default: all). */
  failWhen(when: (r: ProxiedRequest) => boolean, fault: Fault, times = Infinity): void {
    let left = times;
    this.decide = (r) => (when(r) && left-- > 0 ? fault : 'pass');
  }

  heal(): void {
    this.decide = () => 'pass';
  }

  async start(): Promise<void> {
    if (this.server.listening) return;
    this.server = this.makeServer();
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => (this.server.listening ? this.server.close(() => resolve()) : resolve()));
  }

  private makeServer(): Server {
    const server = createServer((req, res) => {
      const operation = this.kind === 'dynamodb' ? String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '' : req.method ?? '';
      const write = this.kind === 'dynamodb' ? !DYNAMO_READS.test(operation) : req.method !== 'GET' && req.method !== 'HEAD';
      const info: ProxiedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', operation, write };
      this.seen.push(info);
      const fault = this.decide(info);
      if (fault === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault === 'throttle' || fault === 'server-error') {
        req.resume();
        return this.answerFault(res, fault);
      }
      this.forward(req, res);
    });
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    return server;
  }

  private answerFault(res: import('node:http').ServerResponse, fault: 'throttle' | 'server-error'): void {
    if (this.kind === 'dynamodb') {
      const type = fault === 'throttle' ? 'ThrottlingException' : 'InternalServerError';
      res.writeHead(fault === 'throttle' ? 400 : 500, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'fault' });
      res.end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: `injected ${fault}` }));
    } else {
      const code = fault === 'throttle' ? 'SlowDown' : 'InternalError';
      res.writeHead(fault === 'throttle' ? 503 : 500, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>injected ${fault}</Message></Error>`);
    }
  }

  private forward(req: IncomingMessage, res: import('node:http').ServerResponse): void {
    const upstream = request(
      // The Host header is signed (SigV4): it goes upstream unchanged.
      { host: this.target.hostname, port: this.target.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  }
}
