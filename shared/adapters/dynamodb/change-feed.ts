import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ChangeFeed } from '../../ports/change-feed.js';
import { ChangeSchema, type Change } from '../../schemas/change.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { KEY, TTL_ATTRIBUTE, versionShard } from './table-design.js';
import type { CapacityMeter } from './client.js';

/** Partitions per day: changes of a busy day spread over them, so no key takes every write. */
export const CHANGE_SHARDS = 8;
// Days one read walks at most: a reader far behind catches up a week per request.
const DAYS_PER_READ = 7;

interface Cursor {
  day: string;
  /** Per shard, the sort key of the last change read on `day`. */
  after: Record<string, string>;
}

/**
 * The change feed in the table: one item per change under
 * `CHG#<day>#<shard>`, sorted by time, expiring after `ttlDays`. A read
 * queries the day's shards and merges them in time order; its cursor keeps
 * the day and where each shard was left.
 */
export class DynamoChangeFeed implements ChangeFeed {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly ttlDays: number,
    /** A change is written a moment after its time is taken: readers stay this far behind the clock, and miss none. */
    private readonly settleMs: number,
    private readonly meter?: CapacityMeter,
  ) {}

  async append(change: Change): Promise<void> {
    const res = await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...KEY.change(change.at.slice(0, 10), versionShard(change.articleId) % CHANGE_SHARDS, `${change.at}#${change.id}`), ...change, [TTL_ATTRIBUTE]: Math.floor(Date.parse(change.at) / 1000) + this.ttlDays * 86400 },
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    this.meter?.add(res.ConsumedCapacity, 'write', 'change append');
  }

  async read(q: { cursor: string | null; since: string; limit: number; now?: number }): Promise<{ items: Change[]; nextCursor: string; caughtUp: boolean }> {
    const horizon = new Date((q.now ?? Date.now()) - this.settleMs).toISOString();
    const cur: Cursor = q.cursor ? positionOf(q.cursor) : { day: q.since.slice(0, 10), after: { '*': q.since } };
    const items: Change[] = [];
    let caughtUp = false;
    for (let days = 0; days < DAYS_PER_READ; days++) {
      const wanted = q.limit - items.length;
      const pages = await Promise.all(Array.from({ length: CHANGE_SHARDS }, (_, s) => this.queryShard(cur, s, horizon, wanted)));
      const merged = pages.flatMap((p, s) => p.items.map((it) => ({ s, it }))).sort((a, b) => (a.it.sk < b.it.sk ? -1 : a.it.sk > b.it.sk ? 1 : 0));
      for (const { s, it } of merged.slice(0, wanted)) {
        items.push(ChangeSchema.parse(it));
        cur.after[String(s)] = it.sk;
      }
      if (items.length >= q.limit || pages.some((p) => p.more)) break;
      // The day is read to the horizon: on to the next, unless the horizon is in this one.
      if (cur.day >= horizon.slice(0, 10)) {
        caughtUp = true;
        break;
      }
      cur.day = nextDay(cur.day);
      cur.after = {};
    }
    return { items, nextCursor: encodeCursor(cur), caughtUp };
  }

  /** One shard's changes on the cursor's day after where it was left, before the horizon. */
  private async queryShard(cur: Cursor, shard: number, horizon: string, limit: number): Promise<{ items: Array<Record<string, unknown> & { sk: string }>; more: boolean }> {
    const key = KEY.change(cur.day, shard, '');
    // Exclusive lower bound: past the last change read (or the starting time, on the first day).
    const after = cur.after[String(shard)] ?? cur.after['*'] ?? '';
    const res = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': key.pk, ':from': `${after}\u0000`, ':to': horizon },
        Limit: limit,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    this.meter?.add(res.ConsumedCapacity, 'read', 'change read');
    const items = (res.Items ?? []) as Array<Record<string, unknown> & { sk: string }>;
    // More on this day than one page held (the page stopped at its limit or at 1 MB).
    return { items, more: !!res.LastEvaluatedKey };
  }
}

function positionOf(cursor: string): Cursor {
  return decodeCursor(cursor, (c) => {
    const { day, after } = c as Partial<Cursor>;
    return typeof day === 'string' && /^\d{4}-\d\d-\d\d$/.test(day) && !!after && typeof after === 'object' && Object.values(after).every((v) => typeof v === 'string');
  });
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
