import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { CorsHttpMethod, HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CopydeskFunction, type FunctionEnvironment } from './copydesk-function.js';
import type { Storage } from './storage.js';
import type { StageConfig } from '../config.js';
import type { Queue } from 'aws-cdk-lib/aws-sqs';

/**
 * HTTP API (API Gateway v2) in front of the Hono app. The $default stage
 * keeps paths as Hono routes them (a named stage would prefix every path);
 * the $default route sends everything to the function.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly fn: CopydeskFunction;

  constructor(scope: Construct, id: string, props: { cfg: StageConfig; storage: Storage; queue: Queue; environment: FunctionEnvironment; removalPolicy: RemovalPolicy }) {
    super(scope, id);
    const { cfg } = props;
    this.fn = new CopydeskFunction(this, 'ApiFunction', {
      entry: 'functions/api/index.ts',
      description: 'Copydesk: HTTP API',
      memorySize: 512,
      timeout: Duration.seconds(15),
      environment: { ...props.environment, QUEUE_URL: props.queue.queueUrl, CORS_ORIGINS: cfg.corsOrigins.join(',') },
      logRetentionDays: cfg.logRetentionDays,
      removalPolicy: props.removalPolicy,
    });
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Copydesk article ingestion API',
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('Hono', this.fn),
      corsPreflight: cfg.corsOrigins.length
        ? { allowOrigins: cfg.corsOrigins, allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.DELETE], allowHeaders: ['authorization', 'content-type'], maxAge: Duration.hours(1) }
        : undefined,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: cfg.logRetentionDays as RetentionDays, removalPolicy: props.removalPolicy });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: cfg.apiThrottleRate, burstLimit: cfg.apiThrottleBurst },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
    });
    props.storage.table.grantReadWriteData(this.fn);
    props.storage.rawBucket.grantPut(this.fn);
    props.storage.rawBucket.grantRead(this.fn);
    // DELETE /articles/{id} erases the page's raw upload and cleaned text.
    props.storage.rawBucket.grantDelete(this.fn, 'raw/*');
    props.storage.rawBucket.grantDelete(this.fn, 'text/*');
    props.queue.grantSendMessages(this.fn); // POST /admin/reprocess enqueues the first page
  }
}
