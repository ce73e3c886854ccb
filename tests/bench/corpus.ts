import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { htmlToText } from '../../shared/extraction/index.js';
import { ROOT } from '../helpers/seeds.js';
import { rng, pick, shuffle } from '../helpers/random.js';

/**
 * Benchmark streams built from the dev texts with realistic perturbations:
 * each base text (a news event) is republished several times within a few
 * days, trimmed, reordered, with synonyms swapped, a local intro added or a
 * typo introduced.
 */
export interface BenchArticle {
  id: string;
  base: number;
  text: string;
  title: string | null;
  seenAt: string;
}

export function baseTexts(): Array<{ title: string | null; text: string }> {
  const out: Array<{ title: string | null; text: string }> = [];
  const ecb = resolve(ROOT, '../shared/eval/stories-dev/ecbplus-dev.jsonl');
  if (existsSync(ecb)) for (const l of readFileSync(ecb, 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(l);
    out.push({ title: d.title, text: d.text });
  }
  const gt = resolve(ROOT, '../shared/eval/extraction-dev/ground-truth.jsonl');
  if (existsSync(gt)) for (const l of readFileSync(gt, 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(l);
    if (d.main_content && d.main_content.length > 800) out.push({ title: d.title, text: d.main_content });
  }
  return out;
}

const SYNONYMS: Record<string, string> = {
  said: 'stated', says: 'states', told: 'informed', big: 'large', large: 'big', help: 'assist', people: 'individuals', show: 'demonstrate',
  start: 'begin', end: 'finish', country: 'nation', leaders: 'heads', important: 'crucial', new: 'fresh', killed: 'slain', police: 'officers',
  after: 'following', before: 'prior to', about: 'regarding', many: 'numerous', also: 'additionally', but: 'however', city: 'town',
};

function perturb(text: string, r: () => number, intro: string): string {
  let paras = text.split(/\n+/).filter((p) => p.trim());
  const kind = r();
  if (kind < 0.25 && paras.length > 3) paras = paras.slice(0, Math.max(2, Math.ceil(paras.length * (0.4 + r() * 0.5)))); // trim
  else if (kind < 0.4 && paras.length > 3) paras = [paras[0], ...shuffle(r, paras.slice(1))]; // reorder
  else if (kind < 0.6) paras = paras.map((p) => p.replace(/\b[a-z]+\b/g, (w) => (SYNONYMS[w] && r() < 0.6 ? SYNONYMS[w] : w))); // spin
  else if (kind < 0.75) paras = [intro, ...paras]; // local intro
  else if (kind < 0.85) paras = paras.map((p) => p.replace(/\b(\w)(\w)(\w+)/, (_m, a, b, c) => (r() < 0.3 ? `${b}${a}${c}` : `${a}${b}${c}`))); // typos
  return paras.join('\n\n');
}

/**
 * Texts are reused across the stream, but each reuse is a different event:
 * a per-event word mapping rewrites about half the words (as two different
 * earthquakes share a vocabulary but not their names, places and numbers),
 * so events do not match each other while their copies do.
 */
function eventVariant(text: string, event: number): string {
  return text.replace(/[\p{L}\p{N}]{3,}/gu, (w) => ((fnv(w.toLowerCase()) ^ Math.imul(event, 0x9e3779b9)) >>> 0) % 2 === 0 ? `${w}${event.toString(36)}` : w);
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * `count` articles: events of `copies` articles each (the original and its
 * perturbed republications), each event's copies within three days of its
 * start, events starting evenly over `days` days, about 2,000 articles a day.
 * Texts are built when read (each article has its own seeded generator), so
 * a 100,000-article stream does not hold a gigabyte of text while the
 * engine runs: the benchmark measures the engine's memory, not the stream's.
 */
export function benchStream(count: number, opts: { days?: number; seed?: number; copies?: number } = {}): BenchArticle[] {
  const bases = baseTexts();
  const seed = opts.seed ?? 42;
  const r = rng(seed);
  const copies = opts.copies ?? 8;
  const events = Math.ceil(count / copies);
  const days = opts.days ?? Math.max(1, Math.round(count / 2000));
  const start = Date.parse('2026-01-01T00:00:00Z');
  // Bases are drawn in a shuffled order: the dev files come grouped (short
  // ECB+ reports first, long web pages after), and cycling them in file order
  // made every window of the stream differ in text length, so a per-article
  // time measured at 1k and at 100k compared different articles, not
  // different corpus sizes.
  const order = shuffle(rng(7), bases.map((_, i) => i));
  const out: BenchArticle[] = [];
  for (let e = 0; e < events; e++) {
    const base = order[e % bases.length];
    // Every use of a base text is a variant, the first one too: the stream's
    // first thousand articles must be the same kind of text as its last.
    const cycle = 1 + Math.floor(e / bases.length);
    const title = bases[base].title ? eventVariant(bases[base].title!, cycle) : null;
    const day0 = (e / events) * days;
    for (let c = 0; c < copies && out.length < count; c++) {
      const own = (seed ^ Math.imul(e + 1, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca6b)) >>> 0;
      out.push({
        id: `e${e}-c${c}`,
        base,
        title,
        seenAt: new Date(start + (day0 + r() * 3) * 86400000).toISOString(),
        get text() {
          const text = eventVariant(bases[base].text, cycle);
          if (c === 0) return text;
          const ar = rng(own);
          return perturb(text, ar, pick(ar, bases).text.split(/\n+/)[0]);
        },
      });
    }
  }
  return out.sort((a, b) => (a.seenAt < b.seenAt ? -1 : 1));
}

/** The first `limit` extraction dev pages (file order): each page's HTML and its plain html-to-text, the text path's input. */
export function devPages(limit: number): Array<{ html: string; text: string }> {
  const dir = resolve(ROOT, '../shared/eval/extraction-dev/html');
  return readdirSync(dir).sort().slice(0, limit).map((f) => {
    const html = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return { html, text: htmlToText(html) };
  });
}
