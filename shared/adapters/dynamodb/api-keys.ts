import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ApiKey, ApiKeyStore, RateLimit, Role } from '../../ports/stores.js';
import { KEY } from './table-design.js';

/** API keys are stored as SHA-256 hashes: the table never holds a usable key. */
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
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { ...KEY.apiKey(keyHash), role, label, rateLimit, createdAt: new Date().toISOString() } }));
    this.cache.delete(keyHash);
  }
}
