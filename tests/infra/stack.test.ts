import { describe, expect, it } from 'vitest';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { synth } from './synth.js';

const dev = synth();
const prod = synth({ stage: 'prod', alarmEmail: 'ops@example.com', corsOrigins: 'https://newsroom.example.com' });
const t = Template.fromStack(dev.stack);
const tp = Template.fromStack(prod.stack);

function resources(template: Template, type: string): Array<Record<string, any>> {
  return Object.values(template.findResources(type)) as Array<Record<string, any>>;
}

describe('CDK stack: storage', () => {
  it('raw bucket: encrypted, private, versioned, TLS-only, tiered, access-logged', () => {
    const raw = resources(t, 'AWS::S3::Bucket').find((b) => b.Properties.VersioningConfiguration);
    expect(raw).toBeDefined();
    expect(raw!.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(raw!.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(raw!.Properties.VersioningConfiguration.Status).toBe('Enabled');
    expect(raw!.Properties.LoggingConfiguration.LogFilePrefix).toBe('raw-uploads/');
    const rules = raw!.Properties.LifecycleConfiguration.Rules;
    const tier = rules.find((r: any) => r.Id === 'raw-tiering');
    expect(tier.Transitions.map((x: any) => x.StorageClass)).toEqual(['STANDARD_IA', 'GLACIER_IR']);
    expect(tier.Transitions[0].TransitionInDays).toBe(30);
    // A deleted (taken-down) upload's old version, and a replaced cleaned text's, go after a week.
    expect(tier.NoncurrentVersionExpiration.NoncurrentDays).toBe(7);
    expect(rules.find((r: any) => r.Id === 'cleaned-text')).toMatchObject({ Prefix: 'text/', NoncurrentVersionExpiration: { NoncurrentDays: 7 }, ExpiredObjectDeleteMarker: true });
    t.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('table: on demand, point-in-time recovery, TTL, the three GSIs', () => {
    t.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
      GlobalSecondaryIndexes: [Match.objectLike({ IndexName: 'gsi1' }), Match.objectLike({ IndexName: 'gsi2' }), Match.objectLike({ IndexName: 'gsi3' })],
    });
    // Indexes copy only what their queries read: never the article text or a story's centroid.
    const table = Object.values(t.findResources('AWS::DynamoDB::GlobalTable'))[0] as { Properties: { GlobalSecondaryIndexes: Array<{ Projection: { ProjectionType: string; NonKeyAttributes?: string[] } }> } };
    for (const g of table.Properties.GlobalSecondaryIndexes) {
      expect(g.Projection.ProjectionType).toBe('INCLUDE');
      expect(g.Projection.NonKeyAttributes).not.toEqual(expect.arrayContaining(['text']));
      expect(g.Projection.NonKeyAttributes).not.toEqual(expect.arrayContaining(['centroid']));
    }
  });

  it('prod keeps data: deletion protection and RETAIN on table and buckets; dev does not', () => {
    tp.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })] }) });
    for (const b of resources(tp, 'AWS::S3::Bucket')) expect(b.DeletionPolicy).toBe('Retain');
    t.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Delete' });
  });
});

describe('CDK stack: processing', () => {
  const fnTimeout = (tpl: Template, desc: RegExp) => resources(tpl, 'AWS::Lambda::Function').find((f) => desc.test(f.Properties.Description ?? ''))!.Properties.Timeout;

  it('S3 notifies SQS; the queue outlasts six function timeouts and dead-letters after three receives', () => {
    const queues = resources(t, 'AWS::SQS::Queue');
    const main = queues.find((q) => q.Properties.RedrivePolicy)!;
    expect(main.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * fnTimeout(t, /extract, dedupe/));
    expect(main.Properties.RedrivePolicy.maxReceiveCount).toBe(3);
    expect(main.Properties.SqsManagedSseEnabled).toBe(true);
    t.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: Match.arrayWith([Match.objectLike({ Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'raw/' }] } } })]),
      },
    });
  });

  it('event source mapping: partial batch responses and a maxConcurrency cap, no reserved concurrency', () => {
    t.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 20 },
      BatchSize: 10,
    });
    for (const f of resources(t, 'AWS::Lambda::Function')) expect(f.Properties.ReservedConcurrentExecutions).toBeUndefined();
  });
});

describe('CDK stack: functions', () => {
  const ours = resources(t, 'AWS::Lambda::Function').filter((f) => /^Copydesk/.test(f.Properties.Description ?? ''));

  it('three functions: Node 22 on arm64, ESM bundles, log groups with retention, one typed environment', () => {
    expect(ours).toHaveLength(3);
    for (const f of ours) {
      expect(f.Properties.Runtime).toBe('nodejs22.x');
      expect(f.Properties.Architectures).toEqual(['arm64']);
      expect(f.Properties.Handler).toBe('index.handler');
      expect(f.Properties.LoggingConfig.LogGroup).toBeDefined();
      expect(Object.keys(f.Properties.Environment.Variables)).toEqual(expect.arrayContaining(['TABLE_NAME', 'BUCKET_NAME', 'MAX_UPLOAD_BYTES', 'STAGE', 'QUEUE_URL']));
      expect(f.Properties.Environment.Variables.METRICS).toBe('emf');
    }
    const groups = resources(t, 'AWS::Logs::LogGroup');
    expect(groups.length).toBeGreaterThanOrEqual(4);
    for (const g of groups) expect(g.Properties.RetentionInDays).toBe(30);
  });

  it('least privilege: no wildcard actions in any policy', () => {
    for (const p of resources(t, 'AWS::IAM::Policy')) {
      for (const s of p.Properties.PolicyDocument.Statement) {
        for (const a of [].concat(s.Action)) expect(a, JSON.stringify(s)).not.toBe('*');
        for (const a of [].concat(s.Action) as string[]) expect(a).not.toMatch(/^[a-z0-9-]+:\*$/);
      }
    }
  });

  it('only takedowns delete: the API under raw/ and text/, the process function under raw/, nothing else anywhere', () => {
    const deleters = new Map<string, string[]>();
    for (const [id, p] of Object.entries(t.findResources('AWS::IAM::Policy'))) {
      for (const s of p.Properties.PolicyDocument.Statement) {
        if (!([].concat(s.Action) as string[]).some((a) => /^s3:Delete/.test(a))) continue;
        const where = ([].concat(s.Resource) as unknown[]).map((r) => JSON.stringify(r).match(/"\/(\w+)\/\*"/)?.[1] ?? 'whole bucket');
        deleters.set(id, [...(deleters.get(id) ?? []), ...where]);
      }
    }
    const byRole = [...deleters].map(([id, where]) => `${id.replace(/[0-9A-F]{8}$/, '')}: ${[...new Set(where)].sort().join(',')}`).sort();
    expect(byRole.filter((r) => !/AutoDelete/.test(r))).toEqual([expect.stringMatching(/^Api.*: raw,text$/), expect.stringMatching(/^Processing.*: raw$/)]);
  });
});


describe('CDK stack: API, schedule, alarms', () => {
  it('HTTP API on the $default stage, with throttling and access logs; CORS when configured', () => {
    t.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
    // Per-key token buckets (in the table) sit under the gateway's overall throttle; reads keyed unless configured open.
    t.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ READ_ACCESS: 'keyed', RATE_LIMIT_PER_SECOND: '50', RATE_LIMIT_BURST: '200' }) },
    });
    Template.fromStack(synth({ readAccess: 'open', keyRatePerSecond: 5 }).stack).hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ READ_ACCESS: 'open', RATE_LIMIT_PER_SECOND: '5' }) },
    });
    t.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    tp.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://newsroom.example.com'] }) });
  });

  it('re-processing runs on an EventBridge Scheduler cron from context', () => {
    t.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'cron(0 3 * * ? *)', Target: Match.objectLike({ RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }) }) });
    const custom = synth({ reprocessCron: 'rate(6 hours)' });
    Template.fromStack(custom.stack).hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'rate(6 hours)' });
  });

  it('alarms on dead letters, function errors and throttles, API 5xx; SNS when an e-mail is given', () => {
    const alarms = resources(t, 'AWS::CloudWatch::Alarm');
    expect(alarms.filter((a) => a.Properties.MetricName).map((a) => a.Properties.MetricName).sort()).toEqual(['5xx', 'ApproximateNumberOfMessagesVisible', 'Errors', 'Errors', 'Errors', 'Throttles', 'Throttles', 'Throttles'].sort());
    // The pipeline's own metrics: the share of pages without an article, judged once 20 pages came in.
    const share = alarms.find((a) => a.Properties.Metrics)!;
    expect(share.Properties.Threshold).toBe(0.25);
    const expr = share.Properties.Metrics.find((m: any) => m.Expression);
    expect(expr.Expression).toBe('IF(processed + failed >= 20, failed / (processed + failed), 0)');
    const names = share.Properties.Metrics.filter((m: any) => m.MetricStat).map((m: any) => [m.Id, m.MetricStat.Metric.Namespace, m.MetricStat.Metric.MetricName, m.MetricStat.Metric.Dimensions]);
    expect(names.sort()).toEqual([
      ['failed', 'Copydesk', 'ArticlesFailed', [{ Name: 'service', Value: 'copydesk' }]],
      ['processed', 'Copydesk', 'ArticlesProcessed', [{ Name: 'service', Value: 'copydesk' }]],
    ]);
    t.resourceCountIs('AWS::SNS::Topic', 0);
    tp.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
    for (const a of resources(tp, 'AWS::CloudWatch::Alarm')) expect(a.Properties.AlarmActions).toHaveLength(1);
    t.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('has no unsuppressed cdk-nag AwsSolutions errors (each suppression carries a reason)', () => {
    for (const stack of [dev.stack, prod.stack]) {
      const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'));
      expect(errors.map((e) => e.entry.data)).toEqual([]);
    }
    const suppressed = JSON.stringify(dev.assembly.getStackByName(dev.stack.stackName).template);
    expect(suppressed).toContain('"reason"');
  });

  it('rejects invalid context with a clear message', () => {
    expect(() => synth({ stage: 'staging' })).toThrow(/invalid CDK context: stage/);
  });
});
