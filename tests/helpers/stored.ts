import { ListObjectsCommand } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Services } from '../../shared/adapters/wiring/index.js';

/** What the stores hold, counted from the stores themselves: raw objects, article records, their states. */
export async function storedCounts(s: Services): Promise<{ raw: number; uploads: number; articles: number; byStatus: Record<string, number> }> {
  // ListObjects (v1) pages by marker: s3rver's v2 continuation tokens use a
  // cipher OpenSSL 3 no longer offers, so v2 fails past 1,000 keys locally.
  const objects = async (prefix: string) => {
    let n = 0;
    let marker: string | undefined;
    for (;;) {
      const page = await s.s3.send(new ListObjectsCommand({ Bucket: s.config.BUCKET_NAME, Prefix: prefix, Marker: marker }));
      const keys = page.Contents ?? [];
      n += keys.length;
      if (!page.IsTruncated || keys.length === 0) return n;
      marker = keys[keys.length - 1].Key;
    }
  };
  const byStatus: Record<string, number> = {};
  let articles = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await s.doc.send(
      new ScanCommand({
        TableName: s.config.TABLE_NAME, ExclusiveStartKey: start, FilterExpression: 'sk = :a AND begins_with(pk, :art)',
        ExpressionAttributeValues: { ':a': 'A', ':art': 'ART#' }, ProjectionExpression: '#s', ExpressionAttributeNames: { '#s': 'status' },
      }),
    );
    for (const item of page.Items ?? []) {
      articles++;
      byStatus[item.status as string] = (byStatus[item.status as string] ?? 0) + 1;
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return { raw: await objects('raw/'), uploads: await objects('uploads/'), articles, byStatus };
}
