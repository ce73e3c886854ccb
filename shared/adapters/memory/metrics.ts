import type { MetricName, Metrics } from '../../ports/metrics.js';

/** Metrics kept in memory: totals since creation, for tests and the benchmark. */
export class MemoryMetrics implements Metrics {
  readonly totals = new Map<MetricName, number>();
  readonly processingTimes: number[] = [];
  flushes = 0;

  count(name: MetricName, n = 1): void {
    this.totals.set(name, (this.totals.get(name) ?? 0) + n);
  }

  processingTime(ms: number): void {
    this.processingTimes.push(ms);
  }

  flush(): void {
    this.flushes++;
  }

  total(name: MetricName): number {
    return this.totals.get(name) ?? 0;
  }
}
