import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OutletTemplate, TemplateStore } from '../../ports/template-store.js';
import { KEY, TTL_ATTRIBUTE } from './table-design.js';
import type { CapacityMeter } from './client.js';

const LINES_TTL_DAYS = 90;

/**
 * Outlet templates: TPL#<outlet> / A#<articleId> holds one article's line
 * hashes (expiring; keyed by article so re-processing overwrites rather than
 * double-counts; article ids are hashes, so the first N by key are a uniform
 * sample); TPL#<outlet> / O holds the built template and a counter of
 * articles recorded since it was built.
 */
export class DynamoTemplateStore implements TemplateStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly meter?: CapacityMeter,
  ) {}

  async recordLines(outlet: string, articleId: string, storyId: string, lineHashes: string[]): Promise<number> {
    const pk = KEY.templateOutlet(outlet).pk;
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { pk, sk: `A#${articleId}`, at: new Date().toISOString(), storyId, lines: lineHashes, [TTL_ATTRIBUTE]: Math.floor(Date.now() / 1000) + LINES_TTL_DAYS * 86400 },
      }),
    );
    const res = await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: KEY.templateOutlet(outlet),
        UpdateExpression: 'ADD since :one',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    this.meter?.add(res.ConsumedCapacity, 'write');
    return Number(res.Attributes?.since ?? 0);
  }

  async sampleLineSets(outlet: string, limit: number): Promise<Array<{ storyId: string; lines: string[] }>> {
    const res = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :a)',
        ExpressionAttributeValues: { ':pk': KEY.templateOutlet(outlet).pk, ':a': 'A#' },
        Limit: limit,
      }),
    );
    return (res.Items ?? []).map((it) => ({ storyId: String(it.storyId), lines: (it.lines as string[]) ?? [] }));
  }

  async getTemplate(outlet: string): Promise<OutletTemplate | null> {
    const res = await this.doc.send(new GetCommand({ TableName: this.table, Key: KEY.templateOutlet(outlet), ReturnConsumedCapacity: 'TOTAL' }));
    this.meter?.add(res.ConsumedCapacity, 'read');
    const it = res.Item;
    if (!it || !it.builtAt) return null;
    return { outlet, lines: (it.lines as string[]) ?? [], builtAt: String(it.builtAt), sampled: Number(it.sampled ?? 0) };
  }

  async putTemplate(t: OutletTemplate): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { ...KEY.templateOutlet(t.outlet), ...t, since: 0 } }));
  }
}
