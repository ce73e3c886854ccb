import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CapacityMeter } from './client.js';

/** BatchGetItem over any number of keys: chunks of 100, unprocessed keys retried. */
export async function batchGet(
  doc: DynamoDBDocumentClient,
  table: string,
  keys: Array<Record<string, string>>,
  meter?: CapacityMeter,
  consistent = false,
  operation = 'batch read',
): Promise<Array<Record<string, unknown>>> {
  const out: Array<Record<string, unknown>> = [];
  const unique = [...new Map(keys.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
  for (let i = 0; i < unique.length; i += 100) {
    let pending: Array<Record<string, string>> | undefined = unique.slice(i, i + 100);
    for (let attempt = 0; pending && pending.length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
      const res = await doc.send(
        new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: consistent } }, ReturnConsumedCapacity: 'TOTAL' }),
      );
      for (const c of res.ConsumedCapacity ?? []) meter?.add(c, 'read', operation);
      out.push(...((res.Responses?.[table] ?? []) as Array<Record<string, unknown>>));
      pending = res.UnprocessedKeys?.[table]?.Keys as Array<Record<string, string>> | undefined;
    }
  }
  return out;
}
