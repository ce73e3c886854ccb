import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Services } from '../../shared/adapters/wiring/index.js';

/** What the stores hold, counted from the stores themselves: raw objects, article records, their states. */
export async function storedCounts(s: Services): Promise<{ raw: number; uploads: number; articles: number; byStatus: Record<string, number> }> {
  const objects = async (prefix: string) => {
    let n = 0;
    let token: string | undefined;
    do {
      const page = await s.s3.send(new ListObjectsV2Command({ Bucket: s.config.BUCKET_NAME, Prefix: prefix, ContinuationToken: token }));
      n += page.KeyCount ?? 0;
      token = page.NextContinuationToken;
    } while (token);
    return n;
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
