import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Dashboard, GraphWidget, MathExpression, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { METRICS_NAMESPACE } from '../../shared/adapters/cloudwatch/emf-metrics.js';
import type { MetricName } from '../../shared/ports/metrics.js';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { CopydeskFunction } from './copydesk-function.js';

/** Alarms on what needs a person: dead letters, function errors and throttles, API 5xx, a run of pages with no article; a dashboard. */
export class Monitoring extends Construct {
  readonly alarms: Alarm[] = [];
  readonly topic?: Topic;

  constructor(scope: Construct, id: string, props: { functions: CopydeskFunction[]; deadLetters: Queue; httpApi: HttpApi; alarmEmail?: string }) {
    super(scope, id);
    if (props.alarmEmail) {
      this.topic = new Topic(this, 'Alarms', { masterKey: new Key(this, 'AlarmsKey', { enableKeyRotation: true }), enforceSSL: true });
      this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    }
    const alarm = (name: string, metric: IMetric, threshold: number, description: string) => {
      const a = new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      if (this.topic) a.addAlarmAction(new SnsAction(this.topic));
      this.alarms.push(a);
      return a;
    };
    alarm('DeadLetters', props.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }), 1, 'Messages failed processing three times and wait in the dead-letter queue.');
    for (const fn of props.functions) {
      const name = fn.node.id.replace(/Function$/, '');
      alarm(`${name}Errors`, fn.metricErrors({ period: Duration.minutes(5) }), 5, `${name} function errors.`);
      alarm(`${name}Throttles`, fn.metricThrottles({ period: Duration.minutes(5) }), 1, `${name} function throttled.`);
    }
    const api5xx = props.httpApi.metricServerError({ period: Duration.minutes(5) });
    alarm('Api5xx', api5xx, 5, 'HTTP API answered 5xx.');

    // The pipeline's own metrics (shared/ports/metrics.ts), written by the functions as EMF log lines.
    const pipeline = (name: MetricName) => new Metric({ namespace: METRICS_NAMESPACE, metricName: name, dimensionsMap: { service: 'copydesk' }, statistic: 'Sum', period: Duration.minutes(5) });
    // A scraper whose pages stopped holding articles (a site redesign, a login wall) fails them all
    // without an error anywhere: the share of failed pages says so, once there are enough to judge.
    const failedShare = new MathExpression({
      expression: 'IF(processed + failed >= 20, failed / (processed + failed), 0)',
      usingMetrics: { processed: pipeline('ArticlesProcessed'), failed: pipeline('ArticlesFailed') },
      label: 'Share of pages with no article',
      period: Duration.minutes(5),
    });
    alarm('PagesWithoutArticles', failedShare, 0.25, 'A quarter or more of the pages processed in 5 minutes held no article text: a scraper is sending something else (a redesigned site, a login or consent wall).');

    new Dashboard(this, 'Dashboard', {
      widgets: [
        [
          new GraphWidget({ title: 'API requests and 5xx', left: [props.httpApi.metricCount({ period: Duration.minutes(5) }), api5xx] }),
          new GraphWidget({ title: 'Function errors', left: props.functions.map((f) => f.metricErrors({ period: Duration.minutes(5) })) }),
        ],
        [
          new GraphWidget({ title: 'Uploads and processing', left: (['UploadsAccepted', 'UploadsDuplicate', 'ArticlesProcessed', 'ArticlesFailed'] as const).map(pipeline) }),
          new GraphWidget({ title: 'How articles joined stories', left: (['CopiesDetected', 'StoryJoins', 'StoriesOpened', 'StoriesMerged', 'StoriesSplit', 'VersionsReplaced', 'ArticlesRemoved'] as const).map(pipeline) }),
        ],
        [
          new GraphWidget({ title: 'Processing time per article (p90)', left: [new Metric({ namespace: METRICS_NAMESPACE, metricName: 'ProcessingTime', dimensionsMap: { service: 'copydesk' }, statistic: 'p90', period: Duration.minutes(5) })] }),
          new GraphWidget({ title: 'Share of pages with no article', left: [failedShare] }),
        ],
        [
          new GraphWidget({ title: 'Function duration (p90)', left: props.functions.map((f) => f.metricDuration({ period: Duration.minutes(5), statistic: 'p90' })) }),
          new GraphWidget({ title: 'Dead letters', left: [props.deadLetters.metricApproximateNumberOfMessagesVisible()] }),
        ],
      ],
    });
  }
}
