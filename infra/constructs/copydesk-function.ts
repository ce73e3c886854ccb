import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { resolve } from 'node:path';
import type { Config } from '../../shared/config.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Environment variables a function receives: keys of the one runtime config schema (shared/config.ts). */
export type FunctionEnvironment = Partial<Record<keyof Config, string>>;

export interface CopydeskFunctionProps {
  entry: string; // relative to the repository root
  description: string;
  memorySize: number;
  timeout: Duration;
  environment: FunctionEnvironment;
  logRetentionDays: number;
  removalPolicy: RemovalPolicy;
}

/**
 * One Lambda function the Copydesk way: NodejsFunction (esbuild, ESM,
 * minified, source maps), arm64, Node 22, an explicit log group with
 * retention, structured JSON logs.
 */
export class CopydeskFunction extends NodejsFunction {
  readonly logGroupRef: LogGroup;

  constructor(scope: Construct, id: string, props: CopydeskFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: props.logRetentionDays as RetentionDays, removalPolicy: props.removalPolicy });
    super(scope, id, {
      entry: resolve(REPO_ROOT, props.entry),
      projectRoot: REPO_ROOT,
      depsLockFilePath: resolve(REPO_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      logGroup,
      tracing: Tracing.ACTIVE,
      environment: {
        ...(props.environment as Record<string, string>),
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'copydesk',
      },
      bundling: {
        format: OutputFormat.ESM,
        minify: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.EXTERNAL,
        target: 'node22',
        mainFields: ['module', 'main'],
        // CommonJS dependencies inside an ES module bundle still call require().
        banner: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);",
        externalModules: [],
        forceDockerBundling: false,
      },
    });
    this.logGroupRef = logGroup;
  }
}
