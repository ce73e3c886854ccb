import { describe, expect, it } from 'vitest';
import { captureOutput } from '../helpers/output.js';
import { EmfMetrics, METRICS_NAMESPACE } from '../../shared/adapters/cloudwatch/emf-metrics.js';

/** What `work` writes to stdout and stderr, line by line (EMF goes to stdout, Powertools' warnings to stderr). */
async function outputOf(work: () => void): Promise<string[]> {
  return (await captureOutput(work)).all.split(/(?<=\n)/).filter(Boolean);
}

/** The CloudWatch adapter writes embedded-metric-format lines CloudWatch Logs turns into metrics. */
describe('EMF metrics', () => {
  it('writes one EMF line per flush, with counts summed per name and the processing time in milliseconds', async () => {
    const lines = await outputOf(() => {
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

  it('writes nothing when nothing was counted (no warning line per quiet request), and nothing twice', async () => {
    const lines = await outputOf(() => {
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
