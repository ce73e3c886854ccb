import { randomBytes } from 'node:crypto';
import { documentClient } from '../adapters/dynamodb/client.js';
import { DynamoApiKeys } from '../adapters/dynamodb/api-keys.js';
import { hashApiKey } from '../http/auth.js';
import type { Role } from '../ports/stores.js';

/**
 * `keys create`: make an API key for a deployed (or local) Copydesk. The key
 * is printed once; only its SHA-256 hash is stored in the table.
 */
export async function createKeyCommand(o: { table: string; role: Role; label: string; region?: string; endpoint?: string; rate?: number; burst?: number }): Promise<void> {
  if (o.rate !== undefined && !(o.rate > 0)) throw new Error('--rate must be a positive number of requests per second');
  if (o.burst !== undefined && !(Number.isInteger(o.burst) && o.burst > 0)) throw new Error('--burst must be a positive whole number');
  const rateLimit = o.rate ? { perSecond: o.rate, burst: o.burst ?? Math.max(1, Math.ceil(o.rate * 4)) } : undefined;
  const key = `cdk_${randomBytes(24).toString('base64url')}`;
  const doc = documentClient({ AWS_REGION: o.region ?? process.env.AWS_REGION ?? 'us-east-1', DYNAMODB_ENDPOINT: o.endpoint });
  await new DynamoApiKeys(doc, o.table).put(hashApiKey(key), o.role, o.label, rateLimit);
  process.stdout.write(`${key}\n`);
  process.stderr.write(`created a ${o.role} key "${o.label}" in table ${o.table}; store it now, it is not shown again\n`);
}
