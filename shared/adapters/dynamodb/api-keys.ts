import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { ApiKey, ApiKeyInfo, ApiKeyStore, RateLimit, Role } from '../../ports/stores.js';
import { KEY } from './table-design.js';

/**
 * API keys are stored as SHA-256 hashes: the table never holds a usable key.
 * Each key is two items written together: the one every request reads
 * (`KEY#<hash>`), and an entry in the registry partition that lists keys for
 * operators without scanning the table.
 */
export class DynamoApiKeys implements ApiKeyStore {
  // A key is looked up on every request; revocation takes effect within a minute.
  private readonly cache = new Map<string, { key: ApiKey | null; at: number }>();

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async find(keyHash: string): Promise<ApiKey | null> {
    const hit = this.cache.get(keyHash);
    if (hit && Date.now() - hit.at < 60_000) return hit.key;
    const res = await this.doc.send(new GetCommand({ TableName: this.table, Key: KEY.apiKey(keyHash) }));
    const item = res.Item;
    const key: ApiKey | null = item && !item.revoked ? { role: item.role as Role, ...(item.rateLimit ? { rateLimit: item.rateLimit as RateLimit } : {}) } : null;
    this.cache.set(keyHash, { key, at: Date.now() });
    return key;
  }

  async put(keyHash: string, role: Role, label: string, rateLimit?: RateLimit): Promise<void> {
    const entry = { role, label, rateLimit, createdAt: new Date().toISOString() };
    await this.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.table, Item: { ...KEY.apiKey(keyHash), ...entry } } },
          { Put: { TableName: this.table, Item: { ...KEY.keyEntry(keyHash), keyHash, ...entry, revokedAt: null } } },
        ],
      }),
    );
    this.cache.delete(keyHash);
  }

  async list(): Promise<ApiKeyInfo[]> {
    const out: ApiKeyInfo[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.doc.send(new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'KEYS' }, ExclusiveStartKey: start }));
      for (const it of res.Items ?? []) {
        out.push({
          keyHash: String(it.keyHash), role: it.role as Role, label: String(it.label), createdAt: String(it.createdAt),
          revokedAt: (it.revokedAt as string | null) ?? null, ...(it.rateLimit ? { rateLimit: it.rateLimit as RateLimit } : {}),
        });
      }
      start = res.LastEvaluatedKey;
    } while (start);
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async revoke(keyHash: string): Promise<boolean> {
    const { Item: key } = await this.doc.send(new GetCommand({ TableName: this.table, Key: KEY.apiKey(keyHash), ConsistentRead: true }));
    if (!key) return false;
    const revokedAt = (key.revokedAt as string | undefined) ?? new Date().toISOString();
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.table, Key: KEY.apiKey(keyHash), UpdateExpression: 'SET revoked = :t, revokedAt = :at',
                ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':t': true, ':at': revokedAt },
              },
            },
            // Written whole: a key made before the registry gets its entry now, and is listed from then on.
            {
              Put: {
                TableName: this.table,
                Item: { ...KEY.keyEntry(keyHash), keyHash, role: key.role, label: key.label ?? '', createdAt: key.createdAt ?? revokedAt, rateLimit: key.rateLimit, revokedAt },
              },
            },
          ],
        }),
      );
    } catch (e) {
      if (e instanceof TransactionCanceledException) return false;
      throw e;
    }
    this.cache.delete(keyHash);
    return true;
  }
}
