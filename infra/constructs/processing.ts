import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Construct } from 'constructs';
import { CopydeskFunction, type FunctionEnvironment } from './copydesk-function.js';
import type { Storage } from './storage.js';
import type { StageConfig } from '../config.js';

const PROCESS_TIMEOUT = Duration.seconds(60);

/**
 * S3 object-created -> SQS -> process function, with a dead-letter queue
 * after three receives and partial batch responses. Concurrency is capped on
 * the event source mapping (maxConcurrency), not with reserved concurrency.
 */
export class Processing extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly fn: CopydeskFunction;

  constructor(scope: Construct, id: string, props: { cfg: StageConfig; storage: Storage; environment: FunctionEnvironment; removalPolicy: RemovalPolicy }) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // At least six times the function timeout, as AWS advises for event source mappings.
      visibilityTimeout: Duration.seconds(PROCESS_TIMEOUT.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: 3 },
    });
    this.fn = new CopydeskFunction(this, 'ProcessFunction', {
      entry: 'functions/process/index.ts',
      description: 'Copydesk: extract, dedupe and store raw uploads (S3 events and re-processing messages via SQS)',
      memorySize: 1024,
      timeout: PROCESS_TIMEOUT,
      // A live worker's hold on an article outlasts its invocation; a dead one's lapses soon after.
      environment: { ...props.environment, QUEUE_URL: this.queue.queueUrl, LEASE_SECONDS: String(PROCESS_TIMEOUT.toSeconds() * 2) },
      logRetentionDays: props.cfg.logRetentionDays,
      removalPolicy: props.removalPolicy,
    });
    this.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: props.cfg.processBatchSize,
        maxBatchingWindow: Duration.seconds(2),
        reportBatchItemFailures: true,
        maxConcurrency: props.cfg.processMaxConcurrency,
      }),
    );
    props.storage.rawBucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue), { prefix: 'raw/' });
    props.storage.rawBucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue), { prefix: 'uploads/' });
    props.storage.table.grantReadWriteData(this.fn);
    props.storage.rawBucket.grantRead(this.fn);
    props.storage.rawBucket.grantPut(this.fn);
    // A removed article's page uploaded again is erased when its event arrives.
    props.storage.rawBucket.grantDelete(this.fn, 'raw/*');
    this.queue.grantSendMessages(this.fn); // re-processing fan-out
  }
}
