import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../../config.js';

/** Counts consumed capacity, in total and per operation, for the per-article cost figures in the benchmarks. */
export class CapacityMeter {
  read = 0;
  write = 0;
  calls = 0;
  readonly byOperation = new Map<string, { kind: 'read' | 'write'; units: number; calls: number }>();
  add(consumed: { ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number } | undefined, kind: 'read' | 'write', operation: string = kind) {
    this.calls++;
    const units = consumed ? ((kind === 'read' ? consumed.ReadCapacityUnits : consumed.WriteCapacityUnits) ?? consumed.CapacityUnits ?? 0) : 0;
    if (kind === 'read') this.read += units;
    else this.write += units;
    const op = this.byOperation.get(operation) ?? { kind, units: 0, calls: 0 };
    op.units += units;
    op.calls++;
    this.byOperation.set(operation, op);
  }
  reset() {
    this.read = this.write = this.calls = 0;
    this.byOperation.clear();
  }
}

export function documentClient(cfg: Pick<Config, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'>, maxAttempts = 8): DynamoDBDocumentClient {
  const local = !!cfg.DYNAMODB_ENDPOINT;
  const client = new DynamoDBClient({
    region: cfg.AWS_REGION,
    endpoint: cfg.DYNAMODB_ENDPOINT,
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts,
    // A server that accepts and then hangs must not hold a Lambda to its timeout.
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 10_000 },
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
    unmarshallOptions: { wrapNumbers: false },
  });
}
