import { fmix32 } from './hash.js';

/**
 * MinHash signatures and LSH band keys. 24 bands of 2 rows: a pair with
 * shingle Jaccard 0.27 (the two AP copies in seeds/) becomes a candidate with
 * probability 0.84, at 0.4 with 0.98, while unrelated texts (Jaccard ~0.01)
 * collide in 0.2% of pairs (the exact check drops those). Copies the bands
 * miss are still checked against the sampled members of the story that the
 * term index proposes.
 */
export const BANDS = 24;
export const ROWS = 2;
const PERMS = BANDS * ROWS;
const SEEDS = Array.from({ length: PERMS }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));

export function minhash(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(PERMS).fill(0xffffffff);
  for (const x of set) {
    for (let p = 0; p < PERMS; p++) {
      const h = fmix32(x ^ SEEDS[p]);
      if (h < sig[p]) sig[p] = h;
    }
  }
  return sig;
}

/** One key per band: "b<band>:<hex of the band's rows hashed together>". */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ sig[b * ROWS + r]);
    keys.push(`b${b}:${h.toString(36)}`);
  }
  return keys;
}
