/**
 * npm run eval:stories — scores `copydesk cluster` (the CLI, so the same
 * pipeline as the service) on ../shared/eval/stories-dev and the five seeds,
 * then over five shuffled arrival orders, next to two references computed on
 * the same documents in the same run.
 *
 *   npm run eval:stories [-- --orders N]   (N more shuffled orders: mean and sd of F1)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { averageLink, bigramJaccardClusters, tfidfVectors } from './baselines.js';
import { fmt, scoreClustering } from './cluster-metrics.js';
import { shingleSet, overlap } from '../../shared/dedupe/shingles.js';

const root = resolve(import.meta.dirname, '../..');
const devFile = resolve(root, '../shared/eval/stories-dev/ecbplus-dev.jsonl');
const tmp = mkdtempSync(join(tmpdir(), 'copydesk-eval-'));

interface Doc { id: string; story: string; text: string; title?: string | null; url?: string | null }
const docs: Doc[] = readFileSync(devFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

function runCli(file: string): Map<string, { storyId: string; copyOf: string | null }> {
  const out = execFileSync('npx', ['tsx', join(root, 'shared/cli/main.ts'), 'cluster', file], { cwd: root, maxBuffer: 1 << 28, encoding: 'utf8' });
  return new Map(out.split('\n').filter(Boolean).map((l) => {
    const r = JSON.parse(l);
    return [r.id, { storyId: r.storyId, copyOf: r.copyOf }];
  }));
}

function shuffled<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const gold = new Map(docs.map((d) => [d.id, d.story]));
// Copy pairs: same story and word-5-shingle Jaccard >= 0.2 or containment >= 0.5.
const sets = new Map(docs.map((d) => [d.id, shingleSet(d.text)]));
const copyPairs: Array<[string, string]> = [];
for (let i = 0; i < docs.length; i++)
  for (let j = i + 1; j < docs.length; j++) {
    if (docs[i].story !== docs[j].story) continue;
    const o = overlap(sets.get(docs[i].id)!, sets.get(docs[j].id)!);
    if (o.jaccard >= 0.2 || o.containment >= 0.5) copyPairs.push([docs[i].id, docs[j].id]);
  }

console.log(`stories-dev: ${docs.length} documents, ${new Set(gold.values()).size} gold stories, ${copyPairs.length} copy pairs`);
const results: number[] = [];
for (const [label, order] of [['file order', docs], ...[1, 2, 3, 4, 5].map((k) => [`shuffle ${k}`, shuffled(docs, k * 7919)] as const)] as Array<[string, Doc[]]>) {
  const file = join(tmp, `${label.replace(' ', '-')}.jsonl`);
  writeFileSync(file, order.map((d) => JSON.stringify({ id: d.id, text: d.text, title: d.title, url: d.url })).join('\n') + '\n');
  const out = runCli(file);
  const pred = new Map([...out].map(([id, r]) => [id, r.storyId]));
  const s = scoreClustering(gold, pred, copyPairs);
  results.push(s.f1);
  console.log(`copydesk (${label.padEnd(10)}): ${fmt(s)}  stories ${new Set(pred.values()).size}`);
}
console.log(`arrival-order spread of F1: ${(Math.max(...results) - Math.min(...results)).toFixed(3)} (min ${Math.min(...results).toFixed(3)}, max ${Math.max(...results).toFixed(3)})`);

// Six orders give a range, not a distribution: one story pair merged or not
// moves F1 by about 0.01. `--orders N` runs N more shuffles (seeds after the
// five above) and prints their mean and standard deviation beside the range.
const ordersArg = process.argv.indexOf('--orders');
const extraOrders = ordersArg > 0 ? Number(process.argv[ordersArg + 1]) : 0;
if (extraOrders > 0) {
  const f1s = [...results];
  for (let k = 6; k < 6 + extraOrders; k++) {
    const file = join(tmp, `shuffle-${k}.jsonl`);
    writeFileSync(file, shuffled(docs, k * 7919).map((d) => JSON.stringify({ id: d.id, text: d.text, title: d.title, url: d.url })).join('\n') + '\n');
    const pred = new Map([...runCli(file)].map(([id, r]) => [id, r.storyId]));
    f1s.push(scoreClustering(gold, pred, copyPairs).f1);
  }
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  const sd = Math.sqrt(f1s.reduce((a, b) => a + (b - mean) ** 2, 0) / f1s.length);
  console.log(`over ${f1s.length} arrival orders: F1 mean ${mean.toFixed(3)}, sd ${sd.toFixed(3)}, min ${Math.min(...f1s).toFixed(3)}, max ${Math.max(...f1s).toFixed(3)}`);
}

const jac = bigramJaccardClusters(docs);
console.log(`reference union-find bigram Jaccard>=0.5: ${fmt(scoreClustering(gold, jac, copyPairs))}`);
const ths = Array.from({ length: 17 }, (_, i) => 0.05 + i * 0.025);
const al = averageLink(docs, tfidfVectors(docs), ths);
let best = { th: 0, f1: -1, line: '' };
for (const th of ths) {
  const s = scoreClustering(gold, al.get(th)!, copyPairs);
  if (s.f1 > best.f1) best = { th, f1: s.f1, line: fmt(s) };
}
console.log(`reference batch TF-IDF average-link (best threshold ${best.th.toFixed(3)} on this data): ${best.line}`);

// Seeds: all five are one story; the two AP copies are copies.
const seedDir = join(root, 'seeds');
const seedFile = join(tmp, 'seeds.jsonl');
const seedNames = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
writeFileSync(seedFile, seedNames.map((f) => JSON.stringify({ id: f, text: readFileSync(join(seedDir, f), 'utf8') })).join('\n') + '\n');
const seedOut = runCli(seedFile);
const seedStories = new Set([...seedOut.values()].map((r) => r.storyId));
const ap = seedNames.filter((f) => f.startsWith('000') || f.startsWith('001'));
const apCopies = ap.some((f) => ap.includes(seedOut.get(f)?.copyOf ?? ''));
console.log(`seeds: ${seedNames.length} documents in ${seedStories.size} story(ies); AP copies marked as copies: ${apCopies ? 'yes' : 'no'}`);
for (const [id, r] of seedOut) console.log(`  ${id} -> ${r.storyId}${r.copyOf ? ` (copy of ${r.copyOf})` : ''}`);
