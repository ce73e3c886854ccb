/**
 * Reference clusterers the story engine is measured against, on the same
 * documents in the same run:
 *  - union-find over word-bigram Jaccard >= 0.5 (what MinHash dedup tools do
 *    by default);
 *  - batch TF-IDF cosine with average-link agglomerative clustering, all
 *    documents up front, threshold swept on the data (its best case).
 */
const tokens = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

export function bigramJaccardClusters(docs: Array<{ id: string; text: string }>, threshold = 0.5): Map<string, string> {
  const sets = docs.map((d) => {
    const t = tokens(d.text);
    const s = new Set<string>();
    for (let i = 0; i + 1 < t.length; i++) s.add(`${t[i]} ${t[i + 1]}`);
    return s;
  });
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      let inter = 0;
      for (const x of sets[i]) if (sets[j].has(x)) inter++;
      const union = sets[i].size + sets[j].size - inter;
      if (union && inter / union >= threshold) parent[find(i)] = find(j);
    }
  return new Map(docs.map((d, i) => [d.id, String(find(i))]));
}

export function tfidfVectors(docs: Array<{ id: string; text: string }>): Array<Map<string, number>> {
  const df = new Map<string, number>();
  const tfs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of tokens(d.text)) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return tf;
  });
  return tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, n] of tf) {
      const w = (1 + Math.log(n)) * Math.log((docs.length + 1) / ((df.get(t) ?? 0) + 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** Average-link agglomerative clustering (Lance-Williams updates); the clustering at each threshold asked. */
export function averageLink(docs: Array<{ id: string }>, vectors: Array<Map<string, number>>, thresholds: number[]): Map<number, Map<string, string>> {
  const n = docs.length;
  const sim: Float64Array[] = vectors.map((a) =>
    Float64Array.from(vectors, (b) => {
      let dot = 0;
      const [small, large] = a.size < b.size ? [a, b] : [b, a];
      for (const [t, w] of small) {
        const x = large.get(t);
        if (x) dot += w * x;
      }
      return dot;
    }),
  );
  const members: Array<number[] | null> = docs.map((_, i) => [i]);
  const out = new Map<number, Map<string, string>>();
  for (const th of [...thresholds].sort((a, b) => b - a)) {
    for (;;) {
      let best = -Infinity;
      let bi = -1;
      let bj = -1;
      for (let i = 0; i < n; i++) {
        if (!members[i]) continue;
        const row = sim[i];
        for (let j = i + 1; j < n; j++) if (members[j] && row[j] > best) [best, bi, bj] = [row[j], i, j];
      }
      if (bi < 0 || best < th) break;
      const si = members[bi]!.length;
      const sj = members[bj]!.length;
      for (let k = 0; k < n; k++) {
        if (!members[k] || k === bi || k === bj) continue;
        const v = (si * sim[bi][k] + sj * sim[bj][k]) / (si + sj);
        sim[bi][k] = v;
        sim[k][bi] = v;
      }
      members[bi] = members[bi]!.concat(members[bj]!);
      members[bj] = null;
    }
    const m = new Map<string, string>();
    members.forEach((c, k) => c?.forEach((i) => m.set(docs[i].id, String(k))));
    out.set(th, m);
  }
  return out;
}
