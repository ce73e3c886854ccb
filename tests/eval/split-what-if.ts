import { extractArticle } from '../../shared/extraction/index.js';
import { cosine, termVector, type TermVector } from '../../shared/dedupe/terms.js';

/**
 * What story maintenance would add (the engine does not split stories):
 * each predicted story of `minSize` or more members is cut in two by a
 * spectral bisection over its members' term cosines (the sign of the
 * normalised Laplacian's second eigenvector), and the cut is kept when the
 * mean cosine across the halves is under `ratio` of the lower mean within
 * them, and no copy is cut from its original. Sibling events merged into
 * one story are usually two such halves.
 */
export function splitWhatIf(
  pred: Map<string, string>,
  vectors: Map<string, TermVector>,
  copyOf: Map<string, string | null> = new Map(),
  opts = { ratio: 0.8, minSize: 6 },
): Map<string, string> {
  const members = new Map<string, string[]>();
  for (const [id, story] of pred) members.set(story, [...(members.get(story) ?? []), id]);
  const out = new Map(pred);
  for (const [story, ids] of members) {
    if (ids.length < opts.minSize) continue;
    const sim = ids.map((a) => ids.map((b) => cosine(vectors.get(a)!, vectors.get(b)!)));
    const half = bisect(sim);
    if (!half) continue;
    const a = ids.flatMap((_, i) => (half[i] ? [i] : []));
    const b = ids.flatMap((_, i) => (half[i] ? [] : [i]));
    if (a.length < 2 || b.length < 2) continue;
    // A copy stays with its original: a cut between them is no event boundary.
    const side = new Map(ids.map((id, i) => [id, half[i]]));
    if (ids.some((id) => copyOf.get(id) != null && side.has(copyOf.get(id)!) && side.get(copyOf.get(id)!) !== side.get(id))) continue;
    const mean = (xs: number[], ys: number[]) => {
      let s = 0;
      let n = 0;
      for (const x of xs) for (const y of ys) if (x !== y) (s += sim[x][y]), n++;
      return n ? s / n : 0;
    };
    if (mean(a, b) < opts.ratio * Math.min(mean(a, a), mean(b, b))) for (const i of b) out.set(ids[i], `${story}/split`);
  }
  return out;
}

/** Sides of the spectral bisection of a similarity matrix, or null when it does not cut. */
function bisect(sim: number[][]): boolean[] | null {
  const n = sim.length;
  const w = sim.map((row, i) => row.map((x, j) => (i === j ? 0 : Math.max(0, x))));
  const d = w.map((row) => row.reduce((a, x) => a + x, 0) + 1e-9);
  // M = D^-1/2 W D^-1/2, shifted to (M + I) / 2 so that its eigenvalues lie in [0, 1] and
  // power iteration finds the largest; its top eigenvector is known (sqrt d) and deflated.
  const m = w.map((row, i) => row.map((x, j) => (x / Math.sqrt(d[i] * d[j]) + (i === j ? 1 : 0)) / 2));
  const top = normalised(d.map(Math.sqrt));
  let x = normalised(Array.from({ length: n }, (_, i) => Math.sin(i + 1)));
  for (let it = 0; it < 1000; it++) {
    let y = m.map((row) => row.reduce((a, v, j) => a + v * x[j], 0));
    const along = y.reduce((a, v, i) => a + v * top[i], 0);
    y = normalised(y.map((v, i) => v - along * top[i]));
    x = y;
  }
  // The second eigenvector of the normalised Laplacian is this one scaled by D^-1/2.
  const f = x.map((v, i) => v / Math.sqrt(d[i]));
  const side = f.map((v) => v > 0);
  return side.every(Boolean) || !side.some(Boolean) ? null : side;
}

function normalised(v: number[]): number[] {
  const n = Math.sqrt(v.reduce((a, x) => a + x * x, 0)) || 1;
  return v.map((x) => x / n);
}

/** The term vectors the engine would store for each document. */
export function documentVectors(docs: Array<{ id: string; text: string; title?: string | null; url?: string | null }>): Map<string, TermVector> {
  return new Map(
    docs.map((d) => {
      const a = extractArticle({ body: d.text, format: 'text', meta: { title: d.title ?? undefined, url: d.url ?? undefined } });
      return [d.id, termVector(a.text, a.title)];
    }),
  );
}
