/**
 * npm run bench:ab -- REV [--passes N] [--limit N]
 *
 * This checkout's extraction against git revision REV's, in one process, on
 * the dev pages: both paths, passes alternating between the two (and which
 * goes first), so that the machine's own drift, which moves a single
 * timing by a tenth or more here, falls on both alike. Prints each path's
 * time per pass of the pair, the ratio per pair (median and range), and
 * whether the two give byte-identical output on every page: a speed change
 * that must not change behaviour shows both.
 *
 * REV is checked out as a temporary git worktree that borrows this
 * checkout's node_modules (a revision with other dependencies is measured
 * with these).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { extractArticle as ours } from '../../shared/extraction/index.js';
import { devPages } from './corpus.js';
import { ROOT } from '../helpers/seeds.js';

const cli = new Command()
  .argument('<rev>', 'git revision to compare with')
  .option('--passes <n>', 'passes of each path per side', '10')
  .option('--limit <n>', 'dev pages to use', '711')
  .parse();
const rev = cli.args[0];
const passes = Number(cli.opts().passes);
type Extract = typeof ours;

const pages = devPages(Number(cli.opts().limit));

const tree = mkdtempSync(join(tmpdir(), 'copydesk-ab-'));
execFileSync('git', ['worktree', 'add', '--detach', tree, rev], { cwd: ROOT, stdio: 'ignore' });
try {
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  const theirs: Extract = (await import(pathToFileURL(join(tree, 'shared/extraction/index.ts')).href)).extractArticle;
  const label = execFileSync('git', ['rev-parse', '--short', rev], { cwd: ROOT, encoding: 'utf8' }).trim();
  console.log(`extraction, this checkout against ${label}, ${pages.length} dev pages, ${passes} alternating passes each:`);
  for (const format of ['text', 'html'] as const) {
    const bodies = pages.map((p) => p[format]);
    const digest = (fn: Extract) => {
      const h = createHash('sha256');
      for (const body of bodies) h.update(JSON.stringify(fn({ body, format })));
      return h.digest('hex');
    };
    // The digests are the warm-up pass too.
    const same = digest(ours) === digest(theirs);
    const times = { ours: [] as number[], theirs: [] as number[] };
    for (let k = 0; k < passes; k++) {
      const order: Array<[Extract, number[]]> = k % 2 ? [[theirs, times.theirs], [ours, times.ours]] : [[ours, times.ours], [theirs, times.theirs]];
      for (const [fn, out] of order) {
        const t = performance.now();
        for (const body of bodies) fn({ body, format });
        out.push(performance.now() - t);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const ratios = times.ours.map((t, i) => t / times.theirs[i]).sort((a, b) => a - b);
    const kb = bodies.reduce((s, b) => s + Buffer.byteLength(b), 0) / 1024;
    const unit = format === 'text' ? (ms: number) => `${((ms / kb) * 10).toFixed(3)} ms per 10 KB` : (ms: number) => `${(bodies.length / (ms / 1000)).toFixed(0)} pages/s`;
    console.log(`  ${format.padEnd(4)} path: ours ${unit(median(times.ours))}, ${label}'s ${unit(median(times.theirs))}; time ours/theirs per pair: median ${median(ratios).toFixed(3)} (${ratios[0].toFixed(3)}-${ratios[ratios.length - 1].toFixed(3)}); output ${same ? 'byte-identical on every page' : 'DIFFERS'}`);
  }
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
}
process.exit(0);
