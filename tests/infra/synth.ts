import { App } from 'aws-cdk-lib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../infra/app.js';

/** Synthesize the app as `cdk synth` would, with the given context, into a temporary cloud assembly. */
export function synth(context: Record<string, unknown> = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'copydesk-cdk-'));
  const { app, stack } = buildApp(new App({ outdir, context }));
  const assembly = app.synth();
  return { app, stack, outdir, assembly };
}
