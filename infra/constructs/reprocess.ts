import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { CopydeskFunction, type FunctionEnvironment } from './copydesk-function.js';
import type { Storage } from './storage.js';
import type { StageConfig } from '../config.js';

/** The scheduled re-processing starter (EventBridge Scheduler); the fan-out itself runs on the processing queue. */
export class Reprocess extends Construct {
  readonly fn: CopydeskFunction;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: { cfg: StageConfig; storage: Storage; queue: Queue; environment: FunctionEnvironment; removalPolicy: RemovalPolicy }) {
    super(scope, id);
    this.fn = new CopydeskFunction(this, 'ReprocessFunction', {
      entry: 'functions/reprocess/index.ts',
      description: 'Copydesk: scheduled re-processing (start a stale job, resume stalled ones)',
      memorySize: 256,
      timeout: Duration.seconds(60),
      environment: { ...props.environment, QUEUE_URL: props.queue.queueUrl },
      logRetentionDays: props.cfg.logRetentionDays,
      removalPolicy: props.removalPolicy,
    });
    props.storage.table.grantReadWriteData(this.fn);
    props.queue.grantSendMessages(this.fn);
    this.schedule = new Schedule(this, 'Schedule', {
      description: 'Copydesk: re-process articles of older pipeline versions',
      schedule: ScheduleExpression.expression(props.cfg.reprocessCron),
      target: new LambdaInvoke(this.fn, { retryAttempts: 2, maxEventAge: Duration.hours(1) }),
    });
  }
}
