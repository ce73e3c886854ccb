import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

/**
 * The smallest SQS-compatible endpoint the bundle test needs: it accepts
 * SendMessage/SendMessageBatch in SQS's JSON protocol and keeps the bodies,
 * so the test can hand them to the process bundle as an SQS event source
 * would. (No SQS emulator ships on npm; DynamoDB and S3 are the real
 * emulators.)
 */
export async function startSqsEndpoint(): Promise<{ url: string; queueUrl: string; taken(): string[]; close(): Promise<void> }> {
  const bodies: string[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const input = raw ? JSON.parse(raw) : {};
      res.setHeader('content-type', 'application/x-amz-json-1.0');
      if (target.endsWith('.SendMessageBatch')) {
        for (const e of input.Entries) bodies.push(e.MessageBody);
        res.end(JSON.stringify({ Successful: input.Entries.map((e: { Id: string; MessageBody: string }) => ({ Id: e.Id, MessageId: e.Id, MD5OfMessageBody: md5(e.MessageBody) })), Failed: [] }));
      } else if (target.endsWith('.SendMessage')) {
        bodies.push(input.MessageBody);
        res.end(JSON.stringify({ MessageId: String(bodies.length), MD5OfMessageBody: md5(input.MessageBody) }));
      } else {
        res.statusCode = 400;
        res.end(JSON.stringify({ __type: 'com.amazonaws.sqs#UnsupportedOperation', message: target }));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    queueUrl: `${url}/000000000000/copydesk-test`,
    taken: () => bodies.splice(0, bodies.length),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
