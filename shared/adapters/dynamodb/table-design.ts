/**
 * Single-table design (see README "Storage"). Every key is built here so the
 * adapters, the local stack and the CDK app agree.
 *
 * | item                 | pk                      | sk   | GSI keys                                                     |
 * |----------------------|-------------------------|------|--------------------------------------------------------------|
 * | article record       | ART#<id>                | A    | gsi1: STORY#<storyId> / <at>#<id>; gsi3: PV#<v>#<shard> / <receivedAt>#<id> |
 * | fingerprint (engine) | ART#<id>                | FP   | -                                                            |
 * | page (by fetch URL)  | PAGE#<url hash>         | P    | - : the latest version of a page, and the one it replaced    |
 * | story                | STORY#<id>              | S    | gsi2: DAY#<firstSeen day> / <firstSeen>#<id> (not when merged) |
 * | merge lineage        | STORY#<survivor id>     | M#<loser id> | -                                                    |
 * | index bucket         | B#<lsh or term key>     | B    | - (TTL expiresAt)                                            |
 * | API key              | KEY#<sha256 of key>     | K    | -                                                            |
 * | rate-limit bucket    | KEY#<sha256 of key>     | R    | - (TTL expiresAt)                                            |
 * | key registry entry   | KEYS                    | K#<sha256 of key> | - (keys are few: one partition lists them)      |
 * | change (feed)        | CHG#<day>#<shard 0-7>   | <at>#<change id> | - (TTL expiresAt): GET /changes               |
 * | outlet template      | TPL#<outlet>            | L#<line hash> | - (TTL expiresAt)                                   |
 * | re-processing job    | JOBS                    | J#<id> | - (jobs are rare: one partition lists them)                |
 * | job batch receipt    | JOB#<job id>            | B#<batch hash> | - (TTL expiresAt): a batch counts once             |
 */
export const KEY = {
  article: (id: string) => ({ pk: `ART#${id}`, sk: 'A' }),
  fingerprint: (id: string) => ({ pk: `ART#${id}`, sk: 'FP' }),
  page: (key: string) => ({ pk: `PAGE#${key}`, sk: 'P' }),
  story: (id: string) => ({ pk: `STORY#${id}`, sk: 'S' }),
  storyMerge: (survivor: string, loser: string) => ({ pk: `STORY#${survivor}`, sk: `M#${loser}` }),
  bucket: (key: string) => ({ pk: `B#${key}`, sk: 'B' }),
  apiKey: (hash: string) => ({ pk: `KEY#${hash}`, sk: 'K' }),
  rate: (hash: string) => ({ pk: `KEY#${hash}`, sk: 'R' }),
  keyEntry: (hash: string) => ({ pk: 'KEYS', sk: `K#${hash}` }),
  change: (day: string, shard: number, sk: string) => ({ pk: `CHG#${day}#${shard}`, sk }),
  job: (id: string) => ({ pk: 'JOBS', sk: `J#${id}` }),
  jobBatch: (jobId: string, batchId: string) => ({ pk: `JOB#${jobId}`, sk: `B#${batchId}` }),
  templateLine: (outlet: string, lineHash: string) => ({ pk: `TPL#${outlet}`, sk: `L#${lineHash}` }),
  templateOutlet: (outlet: string) => ({ pk: `TPL#${outlet}`, sk: 'O' }),
};

/**
 * Each index carries only what its query reads. An index write costs as
 * much as the item it copies: with whole articles (text inline up to
 * 300 KB) and whole stories (centroids) projected, every save paid two or
 * three times over.
 */
export const GSI = {
  /** A story's members, for the story view. */
  members: { name: 'gsi1', pk: 'gsi1pk', sk: 'gsi1sk', include: ['id', 'storyId', 'title', 'outlet', 'upload', 'canonicalUrl', 'publishedAt', 'receivedAt', 'copyOf', 'assignment'] },
  /** Story ids by first-seen day, for the listing. */
  storiesByDay: { name: 'gsi2', pk: 'gsi2pk', sk: 'gsi2sk', include: ['id'] },
  /** Raw keys by pipeline version, for re-processing (outlet for outlet-mode jobs). */
  byPipelineVersion: { name: 'gsi3', pk: 'gsi3pk', sk: 'gsi3sk', include: ['rawKey', 'outlet'] },
} as const;

export const TTL_ATTRIBUTE = 'expiresAt';

/** Articles are spread over this many partitions per pipeline version. */
export const VERSION_SHARDS = 16;

export function versionShard(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h % VERSION_SHARDS;
}

export const storyMembersKey = (storyId: string) => `STORY#${storyId}`;
export const storyDayKey = (day: string) => `DAY#${day}`;
export const versionKey = (version: number, shard: number) => `PV#${version}#${shard}`;

/** CreateTable input for DynamoDB Local; the CDK stack declares the same keys. */
export function createTableInput(tableName: string) {
  const gsis = Object.values(GSI);
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' as const },
      { AttributeName: 'sk', AttributeType: 'S' as const },
      ...gsis.flatMap((g) => [
        { AttributeName: g.pk, AttributeType: 'S' as const },
        { AttributeName: g.sk, AttributeType: 'S' as const },
      ]),
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' as const },
      { AttributeName: 'sk', KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: gsis.map((g) => ({
      IndexName: g.name,
      KeySchema: [
        { AttributeName: g.pk, KeyType: 'HASH' as const },
        { AttributeName: g.sk, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...g.include] },
    })),
  };
}
