import { DeleteCommand, GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unlessConditionFails } from './conditional.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { ArticleStore, PageHolder, StoryListQuery } from '../../ports/stores.js';
import { ArticleRecordSchema, MemberRecordSchema, type ArticleRecord, type MemberRecord } from '../../schemas/record.js';
import { GSI, KEY, TTL_ATTRIBUTE, storyDayKey, storyMembersKey, versionKey, versionShard } from './table-design.js';
import type { CapacityMeter } from './client.js';

// Day-partition queries one listing call makes at most: a month and a day, so the default range (30 days) is one call.
const QUERIES_PER_CALL = 31;

/** Article records, story membership (gsi1) and the story listing (gsi2). */
export class DynamoArticleStore implements ArticleStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly meter?: CapacityMeter,
  ) {}

  async get(id: string, opts: { consistent?: boolean } = {}): Promise<ArticleRecord | null> {
    const res = await this.doc.send(new GetCommand({ TableName: this.table, Key: KEY.article(id), ConsistentRead: opts.consistent ?? false, ReturnConsumedCapacity: 'TOTAL' }));
    this.meter?.add(res.ConsumedCapacity, 'read');
    return res.Item ? ArticleRecordSchema.parse(res.Item) : null;
  }

  async createPending(record: ArticleRecord): Promise<boolean> {
    const res = await unlessConditionFails(
      this.doc.send(new PutCommand({ TableName: this.table, Item: item(record), ConditionExpression: 'attribute_not_exists(pk)', ReturnConsumedCapacity: 'TOTAL' })),
    );
    this.meter?.add(res?.ConsumedCapacity, 'write');
    return res !== null;
  }

  async save(record: ArticleRecord): Promise<void> {
    const res = await this.doc.send(new PutCommand({ TableName: this.table, Item: item(record), ReturnConsumedCapacity: 'TOTAL' }));
    this.meter?.add(res.ConsumedCapacity, 'write');
  }

  /**
   * Stories are read one after another in id order; the cursor names the
   * story being read and the last key read in it. (A story merged in while
   * a client pages is listed if its id sorts after the cursor's.)
   */
  async members(storyIds: string[], page: { limit: number; cursor: string | null }): Promise<{ records: MemberRecord[]; nextCursor: string | null }> {
    const cur = page.cursor ? positionOf(page.cursor, 'story') : null;
    const ids = [...new Set(storyIds)].sort().filter((id) => !cur || id >= cur.story);
    const out: MemberRecord[] = [];
    for (const sid of ids) {
      let start = cur && sid === cur.story ? cur.key : undefined;
      do {
        const res = await this.doc.send(
          new QueryCommand({
            TableName: this.table,
            IndexName: GSI.members.name,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': GSI.members.pk },
            ExpressionAttributeValues: { ':pk': storyMembersKey(sid) },
            ExclusiveStartKey: start,
            Limit: page.limit - out.length,
            ReturnConsumedCapacity: 'TOTAL',
          }),
        );
        this.meter?.add(res.ConsumedCapacity, 'read');
        out.push(...(res.Items ?? []).map((it) => MemberRecordSchema.parse(it)));
        start = res.LastEvaluatedKey;
        if (out.length >= page.limit) {
          const rest = ids.slice(ids.indexOf(sid) + 1);
          const next = start ? { story: sid, key: start } : rest.length ? { story: rest[0] } : null;
          return { records: out, nextCursor: next ? encodeCursor(next) : null };
        }
      } while (start);
    }
    return { records: out, nextCursor: null };
  }

  async lease(id: string, holder: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    const res = await unlessConditionFails(
      this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: KEY.article(id).pk, sk: 'LEASE', holder, until: now + ttlMs, [TTL_ATTRIBUTE]: Math.floor((now + ttlMs) / 1000) + 3600 },
          ConditionExpression: 'attribute_not_exists(pk) OR #until < :now',
          ExpressionAttributeNames: { '#until': 'until' },
          ExpressionAttributeValues: { ':now': now },
        }),
      ),
    );
    return res !== null;
  }

  async release(id: string, holder: string): Promise<void> {
    // Only the holder releases; an expired lease taken over by another worker stays.
    await unlessConditionFails(
      this.doc.send(
        new DeleteCommand({
          TableName: this.table,
          Key: { pk: KEY.article(id).pk, sk: 'LEASE' },
          ConditionExpression: 'holder = :h',
          ExpressionAttributeValues: { ':h': holder },
        }),
      ),
    );
  }

  async pageHolder(pageKey: string): Promise<PageHolder | null> {
    const res = await this.doc.send(new GetCommand({ TableName: this.table, Key: KEY.page(pageKey), ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' }));
    this.meter?.add(res.ConsumedCapacity, 'read');
    return res.Item ? { articleId: String(res.Item.articleId), receivedAt: String(res.Item.receivedAt), previous: (res.Item.previous as string | null) ?? null } : null;
  }

  async holdPage(pageKey: string, holder: PageHolder, expected: string | null): Promise<boolean> {
    const res = await unlessConditionFails(
      this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...KEY.page(pageKey), ...holder },
          ...(expected === null
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'articleId = :e', ExpressionAttributeValues: { ':e': expected } }),
          ReturnConsumedCapacity: 'TOTAL',
        }),
      ),
    );
    this.meter?.add(res?.ConsumedCapacity ?? { CapacityUnits: 1 }, 'write');
    return res !== null;
  }

  /**
   * Newest stories first, walking day partitions (gsi2: DAY#<day>) backwards
   * from `until` to `since`. Day partitions keep listing writes off a single
   * hot key; the cursor is the day plus the last key read in it. One call
   * reads at most `QUERIES_PER_CALL` partitions: a range of years with few
   * stories must not make one request query every day of it (the page then
   * holds fewer ids than asked, and the cursor goes on).
   */
  async listStoryIds(q: StoryListQuery): Promise<{ ids: string[]; nextCursor: string | null }> {
    const cur = q.cursor ? positionOf(q.cursor, 'day') : null;
    let day = cur?.day ?? q.until;
    let start = cur?.key;
    const ids: string[] = [];
    for (let read = 0; day >= q.since; read++) {
      if (read === QUERIES_PER_CALL) return { ids, nextCursor: encodeCursor({ day, key: start }) };
      const res = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: GSI.storiesByDay.name,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': GSI.storiesByDay.pk },
          ExpressionAttributeValues: { ':pk': storyDayKey(day) },
          ScanIndexForward: false,
          Limit: q.limit - ids.length,
          ExclusiveStartKey: start,
          ProjectionExpression: 'id',
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.meter?.add(res.ConsumedCapacity, 'read');
      ids.push(...(res.Items ?? []).map((it) => String(it.id)));
      start = res.LastEvaluatedKey;
      if (ids.length >= q.limit) {
        const next = start ? { day, key: start } : { day: previousDay(day) };
        return { ids, nextCursor: next.day >= q.since ? encodeCursor(next) : null };
      }
      if (!start) day = previousDay(day);
    }
    return { ids, nextCursor: null };
  }
}

function item(r: ArticleRecord): Record<string, unknown> {
  const at = r.publishedAt ?? r.receivedAt;
  return {
    ...KEY.article(r.id),
    ...r,
    ...(r.storyId ? { [GSI.members.pk]: storyMembersKey(r.storyId), [GSI.members.sk]: `${at}#${r.id}` } : {}),
    // A removed article's tombstone is never re-processed: no job lists it.
    ...(r.status === 'removed' ? {} : { [GSI.byPipelineVersion.pk]: versionKey(r.pipelineVersion ?? 0, versionShard(r.id)), [GSI.byPipelineVersion.sk]: `${r.receivedAt}#${r.id}` }),
  };
}

/**
 * The cursors this store hands out name where to resume (`field`: the day or
 * the story being read) and the last key read there.
 */
function positionOf<F extends string>(cursor: string, field: F): { [K in F]: string } & { key?: Record<string, unknown> } {
  return decodeCursor(cursor, (c) => typeof c[field] === 'string' && (c.key === undefined || (typeof c.key === 'object' && c.key !== null)));
}

function previousDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
}
