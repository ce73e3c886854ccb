/**
 * npm run eval:extraction — scores `copydesk extract` (the CLI) on
 * ../shared/eval/extraction-dev on two paths, HTML pages and their plain
 * html-to-text, with @mozilla/readability (on linkedom) as the reference on
 * the same pages in the same run. Prints F1/precision/recall per path and
 * metadata accuracies (title, author, date).
 *
 * The text path is scored twice: on our own plain html-to-text, and on what
 * the html-to-text package (the converter most npm scrapers use) makes of the
 * same pages with its defaults: lines wrapped at 80 columns, each link's URL
 * in brackets after it, list items bulleted with "*", headings in capitals.
 * A scraper's converter is not ours, and the text path must not depend on it.
 * A third time on Markdown (node-html-markdown), which scrapers feeding
 * language models upload, and a fourth on every text node on a line of its
 * own (BeautifulSoup's `get_text("\n", strip=True)`, common in Python scrapers).
 * The plain text is scored once more with each page's URL, as a scraper
 * uploads it (a JSONL dump, one document per line): the URL's slug names the
 * headline, its path may date the page.
 * A fifth input is the ground truth's own headline and text, as a scraper
 * that extracted the article itself uploads it: what the text path loses of
 * text that needs no cleaning.
 *
 *   npm run eval:extraction [-- --limit N]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { convert } from 'html-to-text';
import { NodeHtmlMarkdown } from 'node-html-markdown';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { htmlToText } from '../../shared/extraction/index.js';
import { aggregate, pageCounts } from './shingle-score.js';

const root = resolve(import.meta.dirname, '../..');
const dev = resolve(root, '../shared/eval/extraction-dev');
const limitArg = process.argv.indexOf('--limit');
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;

interface Truth { id: string; url: string; title: string | null; author: string | null; publish_date: string | null; main_content: string }
const truth: Truth[] = readFileSync(join(dev, 'ground-truth.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).slice(0, limit);

const tmp = mkdtempSync(join(tmpdir(), 'copydesk-extract-eval-'));
mkdirSync(join(tmp, 'html'));
mkdirSync(join(tmp, 'text'));
mkdirSync(join(tmp, 'text-pkg'));
mkdirSync(join(tmp, 'text-md'));
mkdirSync(join(tmp, 'text-nodes'));
mkdirSync(join(tmp, 'text-clean'));
const htmlById = new Map<string, string>();
for (const t of truth) {
  const html = gunzipSync(readFileSync(join(dev, 'html', `${t.id}.html.gz`))).toString('utf8');
  htmlById.set(t.id, html);
  writeFileSync(join(tmp, 'html', `${t.id}.html`), html);
  writeFileSync(join(tmp, 'text', `${t.id}.txt`), htmlToText(html));
  writeFileSync(join(tmp, 'text-pkg', `${t.id}.txt`), packageText(html));
  writeFileSync(join(tmp, 'text-md', `${t.id}.txt`), markdownText(html));
  writeFileSync(join(tmp, 'text-nodes', `${t.id}.txt`), textNodes(html));
  // A scraper that extracted the article itself uploads its headline and text (as the seeds' copies are).
  writeFileSync(join(tmp, 'text-clean', `${t.id}.txt`), [t.title, t.main_content].filter(Boolean).join('\n'));
}
writeFileSync(join(tmp, 'text-url.jsonl'), truth.map((t) => JSON.stringify({ id: t.id, text: htmlToText(htmlById.get(t.id)!), url: t.url })).join('\n') + '\n');

/** Each text node, trimmed, on a line of its own (as BeautifulSoup's get_text("\n", strip=True)). */
function textNodes(html: string): string {
  const out: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') {
        const t = n.data.replace(/\s+/g, ' ').trim();
        if (t) out.push(t);
      } else if (n.type === 'tag' && !['head', 'noscript', 'template'].includes(n.name)) walk(n.children);
    }
  };
  walk(parseDocument(html).children);
  return out.join('\n');
}

/** node-html-markdown's Markdown of the page, with its default options. */
function markdownText(html: string): string {
  return orEmpty(() => NodeHtmlMarkdown.translate(html));
}

/** The html-to-text package's output with its default options. */
function packageText(html: string): string {
  return orEmpty(() => convert(html));
}

/** A converter that throws on a page gives that page no text (scored as extracting nothing). */
function orEmpty(convertPage: () => string): string {
  try {
    return convertPage();
  } catch {
    return '';
  }
}

type CliResult = Map<string, { title: string | null; authors: string[]; publishedAt: string | null; text: string }>;

/** One process for all pages, as the CLI contract requires. */
function runCli(dir: string, format: string, ext: string): CliResult {
  return cliLines(['--format', format, ...truth.map((t) => join(dir, `${t.id}.${ext}`))], (r) => r.file.split('/').pop().split('.')[0]);
}

/** The CLI on a JSONL dump: each document brings its own URL. */
function runDump(file: string): CliResult {
  return cliLines([file], (r) => r.id);
}

function cliLines(args: string[], idOf: (r: any) => string): CliResult {
  const out: CliResult = new Map();
  const stdout = execFileSync('npx', ['tsx', join(root, 'shared/cli/main.ts'), 'extract', ...args], { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' });
  for (const line of stdout.split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    out.set(idOf(r), r);
  }
  return out;
}

const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Our authors against the ground truth's one string: the same text, either
 * inside the other, or the same names listed another way (the ground truth
 * writes a list as "A, B, and C" or "A & B", we give ["A", "B", "C"]).
 */
function authorsMatch(got: string[], truth: string): boolean {
  const joined = fold(got.join(', '));
  const want = fold(truth);
  if (!joined) return false;
  if (joined === want || want.includes(joined) || joined.includes(want)) return true;
  const names = (s: string) => new Set(s.split(/\s*(?:,|&|\band\b)\s*/).map((x) => x.trim()).filter(Boolean));
  const a = names(joined);
  const b = names(want);
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function report(label: string, results: Map<string, { title: string | null; authors?: string[]; publishedAt?: string | null; text: string }>, meta: boolean) {
  const counts = truth.map((t) => pageCounts(results.get(t.id)?.text ?? '', t.main_content ?? ''));
  const s = aggregate(counts);
  let line = `${label.padEnd(38)} F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}`;
  if (meta) {
    const withTitle = truth.filter((t) => t.title);
    const withAuthor = truth.filter((t) => t.author);
    const withDate = truth.filter((t) => t.publish_date);
    const titleOk = withTitle.filter((t) => fold(results.get(t.id)?.title) === fold(t.title)).length;
    const authorOk = withAuthor.filter((t) => authorsMatch(results.get(t.id)?.authors ?? [], t.author!)).length;
    const dateOk = withDate.filter((t) => (results.get(t.id)?.publishedAt ?? '').slice(0, 10) === t.publish_date!.slice(0, 10)).length;
    line += `  | title ${(titleOk / withTitle.length).toFixed(3)}  author ${(authorOk / withAuthor.length).toFixed(3)}  date ${(dateOk / withDate.length).toFixed(3)} (of ${withDate.length})`;
  }
  console.log(line);
  return s;
}

console.log(`extraction-dev: ${truth.length} pages`);
const t0 = performance.now();
const html = runCli(join(tmp, 'html'), 'html', 'html');
const t1 = performance.now();
const text = runCli(join(tmp, 'text'), 'text', 'txt');
const t2 = performance.now();
const textUrl = runDump(join(tmp, 'text-url.jsonl'));
const textPkg = runCli(join(tmp, 'text-pkg'), 'text', 'txt');
const textMd = runCli(join(tmp, 'text-md'), 'text', 'txt');
const textNodeLines = runCli(join(tmp, 'text-nodes'), 'text', 'txt');
const textClean = runCli(join(tmp, 'text-clean'), 'text', 'txt');

const readability = new Map<string, { title: string | null; text: string }>();
const t3 = performance.now();
for (const t of truth) {
  try {
    const { document } = parseHTML(htmlById.get(t.id)!);
    const art = new Readability(document as unknown as Document).parse();
    const textContent = art?.content ? htmlToText(art.content) : '';
    readability.set(t.id, { title: art?.title ?? null, text: textContent });
  } catch {
    readability.set(t.id, { title: null, text: '' });
  }
}
const t4 = performance.now();
const wholePage = new Map(truth.map((t) => [t.id, { title: null, text: htmlToText(htmlById.get(t.id)!) }]));

report('copydesk HTML path', html, true);
report('copydesk text path (html-to-text)', text, true);
report('copydesk text path, with page URLs', textUrl, true);
report('copydesk text path (html-to-text pkg)', textPkg, true);
report('copydesk text path (Markdown)', textMd, true);
report('copydesk text path (text nodes)', textNodeLines, true);
// Kept, not found: what the text path loses of text that is the article already.
report('copydesk text path (article text only)', textClean, false);
report('reference: readability.js (linkedom)', readability, false);
report('reference: whole page text', wholePage, false);
for (const [label, dir] of [['reference: whole page text (pkg)', 'text-pkg'], ['reference: whole page Markdown', 'text-md'], ['reference: whole page text nodes', 'text-nodes']]) {
  report(label, new Map(truth.map((t) => [t.id, { title: null, text: readFileSync(join(tmp, dir, `${t.id}.txt`), 'utf8') }])), false);
}
console.log(`time: copydesk html ${((t1 - t0) / truth.length).toFixed(1)} ms/page incl. process start, text ${((t2 - t1) / truth.length).toFixed(1)} ms/page, readability ${((t4 - t3) / truth.length).toFixed(1)} ms/page (see npm run bench for throughput)`);
