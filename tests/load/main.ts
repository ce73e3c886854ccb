// `npm run load`: the bounded load test, printed as a report.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.LOG_LEVEL ??= 'ERROR';
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';

const { Command } = await import('commander');
const { runLoad } = await import('./load.js');
const o = new Command()
  .option('--requests <n>', 'requests in all (half POST, half GET)', '4000')
  .option('--connections <n>', 'concurrent connections', '32')
  .option('--max-seconds <n>', 'hard time limit', '300')
  .option('--defer-processing', 'process the queued uploads after the load (as SQS absorbs a burst)')
  .parse()
  .opts();
const r = await runLoad({ requests: Number(o.requests), connections: Number(o.connections), maxSeconds: Number(o.maxSeconds), deferProcessing: !!o.deferProcessing });
console.log(`load: ${r.requests} requests over ${Number(o.connections)} connections in ${r.seconds.toFixed(1)} s (processing ${o.deferProcessing ? 'after the load' : 'during the load, in the same process'})`);
console.log(`  throughput ${r.requestsPerSecond.toFixed(0)} req/s; latency p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms`);
console.log(`  status ${JSON.stringify(r.status)}; errors ${r.errors} (${(r.errorRate * 100).toFixed(2)}%)`);
console.log(`  accepted ${r.accepted} uploads; stored: ${r.stored.raw} raw objects, ${r.stored.articles} articles (${r.stored.processed} processed, ${r.stored.failed} failed), ${r.stored.storyMembers} story members`);
console.log(`  all processed ${r.processingSeconds.toFixed(1)} s after the first request; uploads lost: ${r.lost}`);
if (r.refusals.length) console.log(`  first refusals: ${r.refusals.join(' / ')}`);
process.exit(r.lost === 0 && r.errors === 0 ? 0 : 1);
