import { App, Aspects, Tags } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CopydeskStack } from './stack.js';
import { stageConfig } from './config.js';

/** The CDK app: `npx cdk synth` (no arguments needed), `npx cdk deploy -c stage=prod`. */
export function buildApp(app = new App()): { app: App; stack: CopydeskStack } {
  const cfg = stageConfig(app.node);
  const stack = new CopydeskStack(app, `Copydesk-${cfg.stage}`, cfg, {
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
    description: `Copydesk article ingestion (${cfg.stage})`,
  });
  Tags.of(stack).add('service', 'copydesk');
  Tags.of(stack).add('stage', cfg.stage);
  Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
  return { app, stack };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) buildApp().app.synth();
