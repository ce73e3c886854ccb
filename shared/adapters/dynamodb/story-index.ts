import { DeleteCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { unlessConditionFails } from './conditional.js';
import type { MergeLineage, StoryIndex } from '../../ports/story-index.js';
import { FingerprintSchema, StoryStateSchema, type Fingerprint, type StoryState } from '../../schemas/story.js';
import { decodeSet, encodeSet } from '../../dedupe/shingles.js';
import { KEY, TTL_ATTRIBUTE, storyDayKey } from './table-design.js';
import pMap from 'p-map';
import { batchGet } from './batch.js';
import type { CapacityMeter } from './client.js';

/**
 * StoryIndex on DynamoDB.
 * - Buckets (LSH bands, term-by-day postings) are one item each holding a
 *   string set: `ADD` is idempotent, so a retried Lambda adds nothing twice,
 *   and bucket keys are hashes, so writes spread over partitions. Each write
 *   pushes the TTL forward; idle buckets expire.
 * - Stories carry a version for optimistic concurrency; merges write
 *   survivor and loser in one transaction.
 */
export class DynamoStoryIndex implements StoryIndex {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly meter?: CapacityMeter,
  ) {}

  async addToBuckets(keys: string[], member: string, opts: { ttlDays: number; cap: number; at: string }): Promise<void> {
    const expiresAt = Math.floor(Date.now() / 1000) + opts.ttlDays * 86400;
    await pMap([...new Set(keys)], async (k) => {
      // A full bucket refuses the add (and its TTL is not extended, so it ends).
      const res = await unlessConditionFails(
        this.doc.send(
          new UpdateCommand({
            TableName: this.table,
            Key: KEY.bucket(k),
            UpdateExpression: 'ADD members :m SET #ttl = :ttl',
            ConditionExpression: 'attribute_not_exists(members) OR size(members) < :cap OR contains(members, :one)',
            ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
            ExpressionAttributeValues: { ':m': new Set([member]), ':ttl': expiresAt, ':cap': opts.cap, ':one': member },
            ReturnConsumedCapacity: 'TOTAL',
          }),
        ),
      );
      // A refused conditional write is still billed one unit.
      this.meter?.add(res?.ConsumedCapacity ?? { CapacityUnits: 1 }, 'write', 'bucket add');
    }, { concurrency: 16 });
  }

  async readBuckets(keys: string[], opts: { consistent?: boolean } = {}): Promise<Map<string, readonly string[]>> {
    const items = await batchGet(this.doc, this.table, keys.map(KEY.bucket), this.meter, opts.consistent ?? false, opts.consistent ? 'bucket read (consistent)' : 'bucket read');
    const now = Math.floor(Date.now() / 1000);
    const out = new Map<string, string[]>();
    for (const it of items) {
      // TTL deletion lags by up to days; expired buckets are ignored here.
      if (typeof it[TTL_ATTRIBUTE] === 'number' && (it[TTL_ATTRIBUTE] as number) < now) continue;
      out.set(String(it.pk).slice(2), [...((it.members as Set<string>) ?? [])].sort());
    }
    return out;
  }

  async getFingerprints(ids: string[], opts: { consistent?: boolean } = {}): Promise<Fingerprint[]> {
    if (ids.length === 0) return [];
    const items = await batchGet(this.doc, this.table, ids.map(KEY.fingerprint), this.meter, opts.consistent ?? false, 'fingerprint read');
    const byId = new Map(items.map((it) => [String(it.articleId), it]));
    return ids.filter((id) => byId.has(id)).map((id) => {
      const it = byId.get(id)!;
      return FingerprintSchema.parse({ ...it, shingles: decodeSet(it.shingles as Uint8Array) });
    });
  }

  async putFingerprint(fp: Fingerprint, opts: { unlessCopy?: boolean } = {}): Promise<boolean> {
    // A fingerprint without a copy relation stores copyOf as NULL.
    const condition = opts.unlessCopy
      ? { ConditionExpression: 'attribute_not_exists(copyOf) OR attribute_type(copyOf, :null)', ExpressionAttributeValues: { ':null': 'NULL' } }
      : {};
    const res = await unlessConditionFails(this.doc.send(new PutCommand({ TableName: this.table, Item: fingerprintItem(fp), ...condition, ReturnConsumedCapacity: 'TOTAL' })));
    // A refused conditional write is still billed one unit.
    this.meter?.add(res?.ConsumedCapacity ?? { CapacityUnits: 1 }, 'write', 'fingerprint put');
    return res !== null;
  }

  async getStories(ids: string[], opts: { consistent?: boolean } = {}): Promise<Map<string, StoryState>> {
    const out = new Map<string, StoryState>();
    const consistent = opts.consistent ?? true;
    if (ids.length === 1) {
      const res = await this.doc.send(new GetCommand({ TableName: this.table, Key: KEY.story(ids[0]), ConsistentRead: consistent, ReturnConsumedCapacity: 'TOTAL' }));
      this.meter?.add(res.ConsumedCapacity, 'read', 'story read');
      if (res.Item) out.set(ids[0], toStory(res.Item));
      return out;
    }
    for (const it of await batchGet(this.doc, this.table, ids.map(KEY.story), this.meter, consistent, 'story read')) out.set(String(it.id), toStory(it));
    return out;
  }

  async putStory(story: StoryState, expectedVersion: number | null): Promise<boolean> {
    const res = await unlessConditionFails(this.doc.send(new PutCommand({ TableName: this.table, ...storyPut(story, expectedVersion), ReturnConsumedCapacity: 'TOTAL' })));
    // A refused conditional write is still billed one unit.
    this.meter?.add(res?.ConsumedCapacity ?? { CapacityUnits: 1 }, 'write', 'story put');
    return res !== null;
  }

  async putStories(writes: Array<{ story: StoryState; expectedVersion: number | null }>, fingerprint?: Fingerprint, lineage?: MergeLineage): Promise<boolean> {
    if (writes.length === 1 && !fingerprint && !lineage) return this.putStory(writes[0].story, writes[0].expectedVersion);
    return this.transact(
      [
        ...writes.map(({ story, expectedVersion }) => ({ Put: { TableName: this.table, ...storyPut(story, expectedVersion) } })),
        ...(fingerprint ? [{ Put: { TableName: this.table, Item: fingerprintItem(fingerprint) } }] : []),
        ...(lineage ? [{ Put: { TableName: this.table, Item: { ...KEY.storyMerge(lineage.survivor, lineage.loser), survivor: lineage.survivor, loser: lineage.loser } } }] : []),
      ],
      fingerprint ? 'join transaction' : 'merge transaction',
    );
  }

  async splitStory(writes: Array<{ story: StoryState; expectedVersion: number | null }>, moved: Array<{ fingerprint: Fingerprint; fromStoryId: string }>): Promise<boolean> {
    return this.transact(
      [
        ...writes.map(({ story, expectedVersion }) => ({ Put: { TableName: this.table, ...storyPut(story, expectedVersion) } })),
        ...moved.map(({ fingerprint, fromStoryId }) => ({
          Put: { TableName: this.table, Item: fingerprintItem(fingerprint), ConditionExpression: 'storyId = :from', ExpressionAttributeValues: { ':from': fromStoryId } },
        })),
      ],
      'split transaction',
    );
  }

  async removeFingerprint(articleId: string, story?: { story: StoryState; expectedVersion: number }): Promise<boolean> {
    if (!story) {
      const res = await this.doc.send(new DeleteCommand({ TableName: this.table, Key: KEY.fingerprint(articleId), ReturnConsumedCapacity: 'TOTAL' }));
      this.meter?.add(res.ConsumedCapacity, 'write', 'fingerprint delete');
      return true;
    }
    return this.transact(
      [
        { Put: { TableName: this.table, ...storyPut(story.story, story.expectedVersion) } },
        { Delete: { TableName: this.table, Key: KEY.fingerprint(articleId), ConditionExpression: 'attribute_exists(pk)' } },
      ],
      'removal transaction',
    );
  }

  /** One all-or-nothing write, metered under `label`: false when a condition refused it. */
  private async transact(items: NonNullable<TransactWriteCommandInput['TransactItems']>, label: string): Promise<boolean> {
    try {
      const res = await this.doc.send(new TransactWriteCommand({ TransactItems: items, ReturnConsumedCapacity: 'TOTAL' }));
      for (const c of res.ConsumedCapacity ?? []) this.meter?.add(c, 'write', label);
      return true;
    } catch (e) {
      if (e instanceof TransactionCanceledException) return false;
      throw e;
    }
  }

  async mergedInto(storyId: string): Promise<string[]> {
    const out: string[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :m)',
          ExpressionAttributeValues: { ':pk': KEY.story(storyId).pk, ':m': 'M#' },
          ProjectionExpression: 'loser',
          ExclusiveStartKey: start,
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.meter?.add(res.ConsumedCapacity, 'read', 'lineage query');
      out.push(...(res.Items ?? []).map((it) => String(it.loser)));
      start = res.LastEvaluatedKey;
    } while (start);
    return out;
  }
}

function fingerprintItem(fp: Fingerprint) {
  return { ...KEY.fingerprint(fp.articleId), ...fp, shingles: encodeSet(fp.shingles) };
}

function storyPut(story: StoryState, expectedVersion: number | null) {
  const listed = story.mergedInto ? {} : { gsi2pk: storyDayKey(story.firstSeen.slice(0, 10)), gsi2sk: `${story.firstSeen}#${story.id}` };
  return {
    Item: { ...KEY.story(story.id), ...story, ...listed },
    ...(expectedVersion === null
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
  };
}

function toStory(it: Record<string, unknown>): StoryState {
  return StoryStateSchema.parse(it);
}
