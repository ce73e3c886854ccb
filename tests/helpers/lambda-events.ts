import type { APIGatewayProxyEventV2, SQSEvent } from 'aws-lambda';
import { sqsEvent } from '../../shared/local/local-queue.js';

/** A request as an API Gateway HTTP API (payload format 2.0) hands it to Lambda; the body base64-encoded. */
export function httpEvent(method: string, path: string, body?: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  const [rawPath, rawQueryString = ''] = path.split('?');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: { host: 'abc123.execute-api.eu-west-1.amazonaws.com', ...headers },
    requestContext: {
      accountId: '123456789012', apiId: 'abc123', domainName: 'abc123.execute-api.eu-west-1.amazonaws.com', domainPrefix: 'abc123',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'scraper/1.0' },
      requestId: `req-${Math.random()}`, routeKey: '$default', stage: '$default', time: new Date().toUTCString(), timeEpoch: Date.now(),
    },
    body: body === undefined ? undefined : Buffer.from(body).toString('base64'),
    isBase64Encoded: body !== undefined,
  };
}

/** S3 object-created notifications for `keys`, one SQS record each, as the processing queue delivers them to the process function. */
export function s3QueueEvent(bucket: string, keys: string[]): SQSEvent {
  return {
    Records: keys.map(
      (key, i) => sqsEvent(`msg-${i + 1}`, JSON.stringify({ Records: [{ eventVersion: '2.1', eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key, size: 1 } } }] })).Records[0],
    ),
  };
}
