import { randomBytes } from 'node:crypto';
import { documentClient } from '../adapters/dynamodb/client.js';
import { DynamoApiKeys } from '../adapters/dynamodb/api-keys.js';
import { hashApiKey } from '../http/auth.js';
import type { Role } from '../ports/stores.js';

/**
 * `keys create`: make an API key for a deployed (or local) Copydesk. The key
 * is printed once; only its SHA-256 hash is stored in the table.
 */
interface TableOptions {
  table: string;
  region?: string;
  endpoint?: string;
}

function keyStore(o: TableOptions): DynamoApiKeys {
  return new DynamoApiKeys(documentClient({ AWS_REGION: o.region ?? process.env.AWS_REGION ?? 'us-east-1', DYNAMODB_ENDPOINT: o.endpoint }), o.table);
}

/** How a key is named to operators: the start of its hash (the key itself is never stored). */
export const keyId = (keyHash: string) => keyHash.slice(0, 12);

export async function createKeyCommand(o: TableOptions & { role: Role; label: string; rate?: number; burst?: number }): Promise<void> {
  if (o.rate !== undefined && !(o.rate > 0)) throw new Error('--rate must be a positive number of requests per second');
  if (o.burst !== undefined && !(Number.isInteger(o.burst) && o.burst > 0)) throw new Error('--burst must be a positive whole number');
  const rateLimit = o.rate ? { perSecond: o.rate, burst: o.burst ?? Math.max(1, Math.ceil(o.rate * 4)) } : undefined;
  const key = `cdk_${randomBytes(24).toString('base64url')}`;
  const keyHash = hashApiKey(key);
  await keyStore(o).put(keyHash, o.role, o.label, rateLimit);
  process.stdout.write(`${key}\n`);
  process.stderr.write(`created ${o.role} key ${keyId(keyHash)} "${o.label}" in table ${o.table}; store it now, it is not shown again\n`);
}

/** `keys list`: every key made, by id (the start of its hash), role, label, creation and revocation. */
export async function listKeysCommand(o: TableOptions & { json?: boolean }): Promise<void> {
  const keys = await keyStore(o).list();
  if (o.json) {
    for (const k of keys) process.stdout.write(`${JSON.stringify({ id: keyId(k.keyHash), ...k })}\n`);
    return;
  }
  if (keys.length === 0) {
    process.stdout.write(`no keys in table ${o.table} (keys made before the key registry are listed once revoked)\n`);
    return;
  }
  for (const k of keys) {
    const rate = k.rateLimit ? ` ${k.rateLimit.perSecond}/s burst ${k.rateLimit.burst}` : '';
    process.stdout.write(`${keyId(k.keyHash)}  ${k.role.padEnd(7)}  ${k.createdAt.slice(0, 10)}  ${k.revokedAt ? `revoked ${k.revokedAt.slice(0, 10)}` : 'active    '.padEnd(18)}  ${k.label}${rate}\n`);
  }
}

/**
 * `keys revoke`: refuse a key from now on (the API notices within its
 * one-minute key cache). Named by the id `keys list` shows, or by the key
 * itself (a key made before the registry is not listed).
 */
export async function revokeKeyCommand(ref: string, o: TableOptions): Promise<number> {
  const store = keyStore(o);
  let keyHash = hashApiKey(ref);
  if (/^[0-9a-f]{6,64}$/.test(ref)) {
    const matches = (await store.list()).filter((k) => k.keyHash.startsWith(ref));
    if (matches.length > 1) throw new Error(`"${ref}" starts ${matches.length} key ids; give more of it`);
    if (matches.length === 1) keyHash = matches[0].keyHash;
  }
  if (!(await store.revoke(keyHash))) {
    process.stderr.write(`no key "${ref}" in table ${o.table}: give an id from \`keys list\`, or the key itself\n`);
    return 1;
  }
  process.stdout.write(`revoked ${keyId(keyHash)}; the API refuses it within a minute\n`);
  return 0;
}
