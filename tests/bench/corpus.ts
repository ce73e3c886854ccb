import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

/** `count` articles over `days` days; each base event is republished within three days of its start. */
export function benchStream(count: number, opts: { days?: number; seed?: number } = {}): BenchArticle[] {
  const bases = baseTexts();
  const r = rng(opts.seed ?? 42);
  const days = opts.days ?? Math.max(1, Math.round(count / 2000));
  const start = Date.parse('2026-01-01T00:00:00Z');
  const perBase = Math.max(1, Math.round(count / bases.length));
  const out: BenchArticle[] = [];
  for (let i = 0; i < count; i++) {
    const base = i % bases.length;
    const round = Math.floor(i / bases.length);
    const b = bases[base];
    const intro = pick(r, bases).text.split(/\n+/)[0];
    const baseDay = Math.floor((base / bases.length) * days + (round / perBase) * 0) % days;
    const seenAt = start + (baseDay + r() * 3) * 86400000;
    out.push({ id: `b${base}-v${round}`, base, text: round === 0 ? b.text : perturb(b.text, r, intro), title: b.title, seenAt: new Date(seenAt).toISOString() });
  }
  return out.sort((a, b) => (a.seenAt < b.seenAt ? -1 : 1));
}
