import { describe, expect, it, vi } from 'vitest';
import { EmfMetrics, METRICS_NAMESPACE } from '../../shared/adapters/cloudwatch/emf-metrics.js';

/** What `work` writes to stdout and stderr, line by line (EMF goes to stdout, Powertools' warnings to stderr). */
function outputOf(work: () => void): string[] {
  const lines: string[] = [];
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (lines.push(String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (lines.push(String(s)), true));
  try {
    work();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return lines;
}

/** The CloudWatch adapter writes embedded-metric-format lines CloudWatch Logs turns into metrics. */
describe('EMF metrics', () => {
  it('writes one EMF line per flush, with counts summed per name and the processing time in milliseconds', () => {
    const lines = outputOf(() => {
      const m = new EmfMetrics('copydesk-test');
      m.count('ArticlesProcessed');
      m.count('ArticlesProcessed', 2);
      m.count('CopiesDetected');
      m.processingTime(12.5);
      m.flush();
    });
    expect(lines).toHaveLength(1);
    const doc = JSON.parse(lines[0]);
    expect(doc._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: METRICS_NAMESPACE, Dimensions: [['service']] });
    expect(doc._aws.CloudWatchMetrics[0].Metrics).toEqual(expect.arrayContaining([{ Name: 'ArticlesProcessed', Unit: 'Count' }, { Name: 'ProcessingTime', Unit: 'Milliseconds' }]));
    expect(doc.service).toBe('copydesk-test');
    // Values of one name are listed, and CloudWatch sums them.
    expect([doc.ArticlesProcessed].flat().reduce((a: number, b: number) => a + b, 0)).toBe(3);
    expect(doc.CopiesDetected).toBe(1);
    expect(doc.ProcessingTime).toBe(12.5);
  });

  it('writes nothing when nothing was counted (no warning line per quiet request), and nothing twice', () => {
    const lines = outputOf(() => {
      const m = new EmfMetrics();
      m.flush();
      m.count('UploadsAccepted', 0);
      m.flush();
      m.count('UploadsAccepted');
      m.flush();
      m.flush();
    });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).UploadsAccepted).toBe(1);
  });
});
