/**
 * The pipeline's business metrics: what an operator watches to see that
 * articles flow and dedupe works (CloudWatch on Lambda, via the embedded
 * metric format: log lines, no API calls). Counted by the services, written
 * once per invocation by the function's handler.
 */
export const METRIC_NAMES = [
  'UploadsAccepted', 'UploadsDuplicate',
  'ArticlesProcessed', 'ArticlesFailed', 'ArticlesUnchanged',
  'CopiesDetected', 'StoryJoins', 'StoriesOpened', 'StoriesMerged', 'StoriesSplit', 'VersionsReplaced',
  'ArticlesRemoved',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export interface Metrics {
  count(name: MetricName, n?: number): void;
  /** How long processing one article took, in milliseconds. */
  processingTime(ms: number): void;
  /** Write what was counted since the last flush. */
  flush(): void;
}

/** Where no one reads metrics (the local stack, the CLI). */
export const NO_METRICS: Metrics = { count() {}, processingTime() {}, flush() {} };
