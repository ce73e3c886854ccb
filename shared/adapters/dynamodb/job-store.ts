import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { unlessConditionFails } from './conditional.js';
import type { ArticleEnumerator, ArticlePage, JobStore } from '../../ports/job-store.js';
import { ReprocessJobSchema, type JobCursor, type ReprocessJob } from '../../schemas/job.js';
import { GSI, KEY, TTL_ATTRIBUTE, versionKey } from './table-design.js';

const MAX_FAILURES = 100;

export class DynamoJobStore implements JobStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async create(job: ReprocessJob): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { ...KEY.job(job.id), ...job }, ConditionExpression: 'attribute_not_exists(pk)' }));
  }

  async get(id: string): Promise<ReprocessJob | null> {
    const res = await this.doc.send(new GetCommand({ TableName: this.table, Key: KEY.job(id), ConsistentRead: true }));
    return res.Item ? ReprocessJobSchema.parse(res.Item) : null;
  }

  async running(): Promise<ReprocessJob[]> {
    const res = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: '#s = :running',
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: { ':pk': 'JOBS', ':running': 'running' },
        ConsistentRead: true,
      }),
    );
    return (res.Items ?? []).map((it) => ReprocessJobSchema.parse(it));
  }

  async advance(id: string, expectedStep: number, next: JobCursor | null, enqueued: number): Promise<boolean> {
    const res = await unlessConditionFails(
      this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: KEY.job(id),
          UpdateExpression: 'SET #c = :next, enumerated = :done, updatedAt = :now, step = :nextStep ADD totals.enqueued :n',
          ConditionExpression: 'step = :step',
          ExpressionAttributeNames: { '#c': 'cursor' },
          ExpressionAttributeValues: { ':next': next, ':done': next === null, ':now': new Date().toISOString(), ':n': enqueued, ':step': expectedStep, ':nextStep': expectedStep + 1 },
        }),
      ),
    );
    return res !== null;
  }

  async count(id: string, batchId: string, done: number, failed: number, unchanged: number, failures: Array<{ articleId: string; reason: string }>): Promise<ReprocessJob> {
    // The batch's receipt and the totals change together: a redelivered batch finds its receipt and adds nothing.
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table, Item: { ...KEY.jobBatch(id, batchId), [TTL_ATTRIBUTE]: Math.floor(Date.now() / 1000) + 30 * 86400 },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: this.table, Key: KEY.job(id),
                UpdateExpression: 'ADD totals.done :d, totals.failed :f, totals.#u :u SET updatedAt = :now',
                ExpressionAttributeNames: { '#u': 'unchanged' },
                ExpressionAttributeValues: { ':d': done, ':f': failed, ':u': unchanged, ':now': new Date().toISOString() },
              },
            },
          ],
        }),
      );
    } catch (e) {
      const counted = e instanceof TransactionCanceledException && e.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed';
      if (!counted) throw e;
      return (await this.get(id))!;
    }
    let job = (await this.get(id))!;
    if (failures.length && job.failures.length < MAX_FAILURES) {
      const add = failures.slice(0, MAX_FAILURES - job.failures.length);
      const upd = await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: KEY.job(id),
          UpdateExpression: 'SET failures = list_append(failures, :f)',
          ExpressionAttributeValues: { ':f': add },
          ReturnValues: 'ALL_NEW',
        }),
      );
      job = ReprocessJobSchema.parse(upd.Attributes);
    }
    return job;
  }

  async finish(id: string, at: string): Promise<void> {
    await unlessConditionFails(
      this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: KEY.job(id),
          UpdateExpression: 'SET #s = :finished, finishedAt = :at, updatedAt = :at',
          ConditionExpression: '#s = :running',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: { ':finished': 'finished', ':running': 'running', ':at': at },
        }),
      ),
    );
  }
}

/** Articles by pipeline version and shard (gsi3), sorted by receipt time. */
export class DynamoArticleEnumerator implements ArticleEnumerator {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async page(version: number, shard: number, o: { since?: string; until?: string; outlet?: string; limit: number; startKey: Record<string, unknown> | null }): Promise<ArticlePage> {
    const names: Record<string, string> = { '#pk': GSI.byPipelineVersion.pk };
    const values: Record<string, unknown> = { ':pk': versionKey(version, shard) };
    let range = '';
    if (o.since || o.until) names['#sk'] = GSI.byPipelineVersion.sk;
    if (o.since && o.until) {
      range = ' AND #sk BETWEEN :lo AND :hi';
      values[':lo'] = o.since;
      values[':hi'] = `${o.until}\uffff`;
    } else if (o.since) {
      range = ' AND #sk >= :lo';
      values[':lo'] = o.since;
    } else if (o.until) {
      range = ' AND #sk <= :hi';
      values[':hi'] = `${o.until}\uffff`;
    }
    let filter: string | undefined;
    if (o.outlet) {
      filter = 'outlet = :outlet';
      values[':outlet'] = o.outlet;
    }
    const res = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: GSI.byPipelineVersion.name,
        KeyConditionExpression: `#pk = :pk${range}`,
        FilterExpression: filter,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ProjectionExpression: 'rawKey, outlet',
        Limit: o.limit,
        ExclusiveStartKey: o.startKey ?? undefined,
      }),
    );
    return { rawKeys: (res.Items ?? []).map((it) => String(it.rawKey)), lastKey: (res.LastEvaluatedKey as Record<string, unknown>) ?? null };
  }
}
