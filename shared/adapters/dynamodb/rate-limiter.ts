import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { RateDecision, RateLimit, RateLimiter } from '../../ports/stores.js';
import { KEY, TTL_ATTRIBUTE } from './table-design.js';

/**
 * A token bucket per API key, kept as GCRA's "theoretical arrival time"
 * (tat) so every decision is one conditional write and no read:
 * - an idle bucket (tat in the past) restarts at now + one interval;
 * - a busy one advances tat by one interval while tat stays within
 *   `burst` intervals of now; past that the request is refused.
 * Concurrent API instances race on the condition, never on a read-modify-write.
 * One write unit per request; the item expires an hour after the key's last use.
 */
export class DynamoRateLimiter implements RateLimiter {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async take(keyHash: string, limit: RateLimit, nowMs = Date.now()): Promise<RateDecision> {
    const interval = 1000 / limit.perSecond;
    const ceiling = nowMs + limit.burst * interval;
    const expires = Math.ceil(nowMs / 1000) + 3600;
    const key = KEY.rate(keyHash);
    for (let attempt = 0; attempt < 3; attempt++) {
      const idle = await this.write(key, 'SET tat = :next, #ttl = :ttl', 'attribute_not_exists(tat) OR tat <= :now', { ':next': nowMs + interval, ':now': nowMs, ':ttl': expires });
      if (idle.ok) return { allowed: true, remaining: limit.burst - 1, retryAfterMs: 0 };
      const busy = await this.write(key, 'SET tat = tat + :interval, #ttl = :ttl', 'tat > :now AND tat <= :last', {
        ':interval': interval, ':now': nowMs, ':last': ceiling - interval, ':ttl': expires,
      });
      if (busy.ok) return { allowed: true, remaining: Math.floor((ceiling - busy.tat!) / interval), retryAfterMs: 0 };
      // Refused, unless the bucket drained between the two writes (then try again).
      if (busy.tat !== undefined && busy.tat > nowMs) return { allowed: false, remaining: 0, retryAfterMs: Math.ceil(busy.tat - (ceiling - interval)) };
    }
    return { allowed: false, remaining: 0, retryAfterMs: Math.ceil(interval) };
  }

  private async write(key: Record<string, string>, update: string, condition: string, values: Record<string, number>): Promise<{ ok: boolean; tat?: number }> {
    try {
      const res = await this.doc.send(
        new UpdateCommand({
          TableName: this.table, Key: key, UpdateExpression: update, ConditionExpression: condition,
          ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE }, ExpressionAttributeValues: values,
          ReturnValues: 'UPDATED_NEW', ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { ok: true, tat: res.Attributes?.tat as number };
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return { ok: false, tat: e.Item?.tat?.N !== undefined ? Number(e.Item.tat.N) : undefined };
      throw e;
    }
  }
}
