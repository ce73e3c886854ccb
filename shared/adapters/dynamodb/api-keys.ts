import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ApiKeyStore, Role } from '../../ports/stores.js';
import { KEY } from './table-design.js';

/** API keys are stored as SHA-256 hashes: the table never holds a usable key. */
export class DynamoApiKeys implements ApiKeyStore {
  private readonly cache = new Map<string, { role: Role | null; at: number }>();

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async roleOf(keyHash: string): Promise<Role | null> {
    const hit = this.cache.get(keyHash);
    if (hit && Date.now() - hit.at < 60_000) return hit.role;
    const res = await this.doc.send(new GetCommand({ TableName: this.table, Key: KEY.apiKey(keyHash) }));
    const role = res.Item && !res.Item.revoked ? (res.Item.role as Role) : null;
    this.cache.set(keyHash, { role, at: Date.now() });
    return role;
  }

  async put(keyHash: string, role: Role, label: string): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { ...KEY.apiKey(keyHash), role, label, createdAt: new Date().toISOString() } }));
    this.cache.delete(keyHash);
  }
}
