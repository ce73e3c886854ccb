/**
 * Clustering scores as defined in ../shared/README.md: pairwise P/R/F1 over
 * same-story pairs, B-cubed F1, adjusted Rand index, and copy recall.
 */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  bcubedF1: number;
  ari: number;
  copyRecall: number;
}

export function scoreClustering(gold: Map<string, string>, predicted: Map<string, string>, copyPairs: Array<[string, string]>): Scores {
  const ids = [...gold.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const g = gold.get(ids[i]) === gold.get(ids[j]);
      const p = predicted.get(ids[i]) === predicted.get(ids[j]);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

  const byGold = groups(gold);
  const byPred = groups(predicted);
  let bp = 0;
  let br = 0;
  for (const id of ids) {
    const gs = byGold.get(gold.get(id)!)!;
    const ps = byPred.get(predicted.get(id)!)!;
    let both = 0;
    for (const x of ps) if (gs.has(x)) both++;
    bp += both / ps.size;
    br += both / gs.size;
  }
  bp /= ids.length;
  br /= ids.length;
  const bcubedF1 = (2 * bp * br) / (bp + br);

  const ari = adjustedRand(ids, gold, predicted);
  const copied = copyPairs.filter(([a, b]) => predicted.get(a) === predicted.get(b)).length;
  return { precision, recall, f1, bcubedF1, ari, copyRecall: copyPairs.length ? copied / copyPairs.length : 1 };
}

function groups(m: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [id, g] of m) {
    if (!out.has(g)) out.set(g, new Set());
    out.get(g)!.add(id);
  }
  return out;
}

function adjustedRand(ids: string[], a: Map<string, string>, b: Map<string, string>): number {
  const c2 = (n: number) => (n * (n - 1)) / 2;
  const table = new Map<string, number>();
  for (const id of ids) {
    const k = `${a.get(id)}\u0000${b.get(id)}`;
    table.set(k, (table.get(k) ?? 0) + 1);
  }
  let sumCells = 0;
  for (const n of table.values()) sumCells += c2(n);
  let sumA = 0;
  for (const s of groups(a).values()) sumA += c2(s.size);
  let sumB = 0;
  for (const s of groups(b).values()) sumB += c2(s.size);
  const expected = (sumA * sumB) / c2(ids.length);
  const maxIndex = (sumA + sumB) / 2;
  return maxIndex === expected ? 1 : (sumCells - expected) / (maxIndex - expected);
}

export function fmt(s: Scores): string {
  const f = (x: number) => x.toFixed(3);
  return `P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  B3-F1 ${f(s.bcubedF1)}  ARI ${f(s.ari)}  copy-recall ${f(s.copyRecall)}`;
}
