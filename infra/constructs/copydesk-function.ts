import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { resolve } from 'node:path';
import type { Config } from '../../shared/config.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Environment variables a function receives: keys of the one runtime config schema (shared/config.ts). */
/**
 * On Lambda the SDK's credential chain stops at the environment provider
 * (the runtime sets the role's keys as variables). The providers after it
 * (SSO, ini files, processes, web identity, container and instance metadata)
 * are only ever reached through dynamic import(), so they stay out of the
 * bundles: about 100 KB each, a tenth of the process function.
 */
export const LAMBDA_UNUSED_CREDENTIAL_PROVIDERS = [
  '@aws-sdk/credential-provider-sso', '@aws-sdk/credential-provider-ini', '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity', '@aws-sdk/credential-provider-login', '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds', '@aws-sdk/nested-clients', '@aws-sdk/token-providers',
];

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
        // esbuild escapes every non-ASCII character by default (six bytes
        // each): language detection's trigram tables for Cyrillic, Arabic
        // and CJK scripts made 66 KB of the process bundle. Node reads
        // modules as UTF-8, so the characters can stand as they are. (Passed
        // as an esbuild argument: this CDK version accepts the `charset`
        // property but never hands it to esbuild.)
        esbuildArgs: { '--charset': 'utf8' },
        // CommonJS dependencies inside an ES module bundle still call require().
        banner: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);",
        externalModules: LAMBDA_UNUSED_CREDENTIAL_PROVIDERS,
        forceDockerBundling: false,
      },
    });
    this.logGroupRef = logGroup;
  }
}
