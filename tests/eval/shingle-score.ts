/**
 * The article-extraction-benchmark scoring (see ../shared/README.md): tokens
 * are \w+ (Unicode, case kept), texts become multisets of overlapping
 * 4-token shingles, per-page tp/fp/fn are normalised by their sum, precision
 * and recall are averaged over pages, and F1 comes from the two averages.
 */
const TOKEN = /[\p{L}\p{N}\p{Mn}\p{Pc}]+/gu;

function shingles(text: string): Map<string, number> {
  const t = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  if (t.length === 0) return out;
  const n = Math.max(1, t.length - 3);
  for (let i = 0; i < n; i++) {
    const k = t.slice(i, i + 4).join(' ');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(predicted: string, truth: string): PageCounts {
  const p = shingles(predicted);
  const g = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of p) {
    const m = g.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [k, m] of g) fn += Math.max(0, m - (p.get(k) ?? 0));
  const sum = tp + fp + fn;
  return sum ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export function aggregate(pages: PageCounts[]): { precision: number; recall: number; f1: number } {
  let ps = 0;
  let pn = 0;
  let rs = 0;
  let rn = 0;
  for (const c of pages) {
    if (c.fp === 0 && c.fn === 0) {
      ps += 1;
      pn += 1;
      rs += 1;
      rn += 1;
      continue;
    }
    if (c.tp + c.fp > 0) {
      ps += c.tp / (c.tp + c.fp);
      pn++;
    }
    if (c.tp + c.fn > 0) {
      rs += c.tp / (c.tp + c.fn);
      rn++;
    }
  }
  const precision = pn ? ps / pn : 0;
  const recall = rn ? rs / rn : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
