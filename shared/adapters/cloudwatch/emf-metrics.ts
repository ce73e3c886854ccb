import { Metrics as PowertoolsMetrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MetricName, Metrics } from '../../ports/metrics.js';

export const METRICS_NAMESPACE = 'Copydesk';

/**
 * Metrics as CloudWatch embedded-metric-format log lines (Powertools): one
 * JSON line per flush, turned into metrics by CloudWatch Logs, so counting
 * costs no request and no latency. Dimension: the service name.
 */
export class EmfMetrics implements Metrics {
  private readonly m: PowertoolsMetrics;
  // Powertools warns on every flush with nothing to write (most API requests count nothing).
  private pending = false;

  constructor(serviceName = 'copydesk') {
    this.m = new PowertoolsMetrics({ namespace: METRICS_NAMESPACE, serviceName });
  }

  count(name: MetricName, n = 1): void {
    if (n <= 0) return;
    this.m.addMetric(name, MetricUnit.Count, n);
    this.pending = true;
  }

  processingTime(ms: number): void {
    this.m.addMetric('ProcessingTime', MetricUnit.Milliseconds, ms);
    this.pending = true;
  }

  flush(): void {
    if (!this.pending) return;
    this.pending = false;
    this.m.publishStoredMetrics();
  }
}
