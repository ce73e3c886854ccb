import { cosine, type TermVector } from './terms.js';

/**
 * Story maintenance: two sibling events merged into one story (a coach
 * hired, the same coach fired; two earthquakes in one region; two title
 * fights) are told apart by the group better than by any one article. One
 * article against a small story cannot tell a sibling event from its own
 * (the term cosines overlap), but the members of a story that holds both
 * fall into two halves whose members are closer to each other than across.
 *
 * The cut is a spectral bisection over the members' term cosines: the sign
 * of the second eigenvector of the normalised Laplacian (Shi and Malik's
 * normalised cut, relaxed). It is kept only when the halves are far apart
 * compared with how close each half is inside, and never parts a copy from
 * its original (a copy is the same text: no event boundary runs between).
 * Two members with one original are one text too, though neither is the other's copy.
 */
export interface SplitMember {
  id: string;
  terms: TermVector;
  copyOf: string | null;
}

export interface SplitOptions {
  /** The cut stands when the mean cosine across the halves is under this share of the lower mean within them. */
  ratio: number;
  /** Fewest members a half may have: a one-article half is an outlier, not an event. */
  minHalf: number;
}

/** Chosen on the stories dev set (mean F1 over six arrival orders; see the README's Measured). */
export const DEFAULT_SPLIT_OPTIONS: SplitOptions = { ratio: 0.75, minHalf: 2 };

/**
 * The members that leave (the half without `keep`), or null when the story
 * stays whole. A copy and its original are one text: they count as one
 * member of the cut and always fall on the same side. Counted apart, a wire
 * story's many copies would make each half look close-knit (cosine 1 between
 * copies) and cut a story between its wire text and its rewrites.
 */
export function splitOff(members: SplitMember[], keep: string, opts: SplitOptions = DEFAULT_SPLIT_OPTIONS): string[] | null {
  const texts = new Map<string, SplitMember[]>();
  for (const m of members) {
    const root = m.copyOf ?? m.id;
    texts.set(root, [...(texts.get(root) ?? []), m]);
  }
  const groups = [...texts.values()];
  const n = groups.length;
  if (n < 2 * opts.minHalf) return null;
  // A group's terms are its first member's: copies share their original's text.
  const sim = groups.map((a, i) => groups.map((b, j) => (i === j ? 1 : cosine(a[0].terms, b[0].terms))));
  const side = bisect(sim);
  if (!side) return null;
  const a = indexes(side, true);
  const b = indexes(side, false);
  if (a.length < opts.minHalf || b.length < opts.minHalf) return null;
  if (meanSim(sim, a, b) >= opts.ratio * Math.min(meanSim(sim, a, a), meanSim(sim, b, b))) return null;
  const kept = groups.findIndex((g) => g.some((m) => m.id === keep));
  if (kept < 0) return null;
  return groups.flatMap((g, i) => (side[i] === side[kept] ? [] : g.map((m) => m.id)));
}

function indexes(side: boolean[], value: boolean): number[] {
  const out: number[] = [];
  side.forEach((s, i) => s === value && out.push(i));
  return out;
}

function meanSim(sim: number[][], xs: number[], ys: number[]): number {
  let s = 0;
  let n = 0;
  for (const x of xs) for (const y of ys) if (x !== y) (s += sim[x][y]), n++;
  return n ? s / n : 0;
}

const ITERATIONS = 300;

/** Sides of the spectral bisection of a similarity matrix, or null when it does not cut. */
export function bisect(sim: number[][]): boolean[] | null {
  const n = sim.length;
  const w = sim.map((row, i) => row.map((x, j) => (i === j ? 0 : Math.max(0, x))));
  const d = w.map((row) => row.reduce((acc, x) => acc + x, 0) + 1e-9);
  // M = D^-1/2 W D^-1/2, shifted to (M + I) / 2 so its eigenvalues lie in
  // [0, 1] and power iteration finds the largest; the top eigenvector is
  // known (sqrt d), so it is projected out at every step.
  const m = w.map((row, i) => row.map((x, j) => (x / Math.sqrt(d[i] * d[j]) + (i === j ? 1 : 0)) / 2));
  const top = normalised(d.map(Math.sqrt));
  // A fixed start: the same members always cut the same way.
  let x = normalised(Array.from({ length: n }, (_, i) => Math.sin(i + 1)));
  for (let it = 0; it < ITERATIONS; it++) {
    const y = m.map((row) => row.reduce((acc, v, j) => acc + v * x[j], 0));
    const along = y.reduce((acc, v, i) => acc + v * top[i], 0);
    x = normalised(y.map((v, i) => v - along * top[i]));
  }
  // The Laplacian's second eigenvector is this one scaled by D^-1/2.
  const side = x.map((v, i) => v / Math.sqrt(d[i]) > 0);
  return side.every(Boolean) || !side.some(Boolean) ? null : side;
}

function normalised(v: number[]): number[] {
  const norm = Math.sqrt(v.reduce((acc, x) => acc + x * x, 0)) || 1;
  return v.map((x) => x / norm);
}
