// A fresh Node process standing in for one Lambda instance: it imports a
// synthesized bundle, invokes its handler with the events in a JSON file,
// one after another, and writes its resident memory (after the import, and
// the peak over its whole life) to a result file. The benchmark compares the
// peak with the memory the CDK app gives the function.
//
//   node memory-probe.mjs BUNDLE EVENTS.json RESULT.json
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, eventsFile, resultFile] = process.argv.slice(2);
const mb = (kib) => kib / 1024;
const { handler } = await import(pathToFileURL(bundle).href);
const afterImport = mb(process.resourceUsage().maxRSS);
const events = eventsFile ? JSON.parse(readFileSync(eventsFile, 'utf8')) : [];
const context = { getRemainingTimeInMillis: () => 60_000 };
const invocations = [];
for (const event of events) {
  const t = performance.now();
  const out = await handler(event, context);
  invocations.push({ ms: performance.now() - t, failures: out?.batchItemFailures?.length ?? 0, status: out?.statusCode ?? null });
}
writeFileSync(resultFile, JSON.stringify({ afterImport, peak: mb(process.resourceUsage().maxRSS), heapUsed: process.memoryUsage().heapUsed / 2 ** 20, invocations }));
