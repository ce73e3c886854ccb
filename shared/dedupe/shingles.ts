import { foldForFingerprint, words } from '../extraction/normalise.js';
import { hash32 } from './hash.js';

export const SHINGLE_SIZE = 5;

/**
 * Sorted, de-duplicated 32-bit hashes of the text's overlapping 5-word
 * shingles, on fingerprint-folded words (quotes, dashes, case, confusables).
 * 32 bits keep a 1,000-word article's set at ~4 KB; accidental collisions
 * are ~1 in 4 billion per pair of distinct shingles.
 */
export function shingleSet(text: string): Uint32Array {
  const w = words(foldForFingerprint(text));
  if (w.length < SHINGLE_SIZE) return new Uint32Array(w.length ? [hash32(w.join(' '))] : []);
  const out = new Uint32Array(w.length - SHINGLE_SIZE + 1);
  for (let i = 0; i + SHINGLE_SIZE <= w.length; i++) out[i] = hash32(w.slice(i, i + SHINGLE_SIZE).join(' '));
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i];
  return out.slice(0, n);
}

/** |A ∩ B| of two sorted sets. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/**
 * What a fingerprint stores of a long text's shingle set: the shingles whose
 * hash is 0 mod 4 (Broder's mod-m sample). A hash picks the same shingles in
 * every copy of a text, so the sample's Jaccard and containment estimate the
 * full sets' without bias: at 512 shingles and more, at least 128 remain
 * (standard error under 0.05 at the copy thresholds), and the stored set,
 * most of a fingerprint's bytes, is a quarter of the size. DynamoDB bills
 * the fingerprint by the kilobyte, twice in the join transaction, and again
 * on every read as a candidate. Shorter texts keep every shingle.
 */
export const SAMPLE_MOD = 4;
export const SAMPLE_FROM = 512;

export interface StoredShingles {
  shingles: Uint32Array;
  /** 1: every shingle; SAMPLE_MOD: those whose hash is 0 mod SAMPLE_MOD. */
  shingleMod: number;
}

export function storedShingles(set: Uint32Array): StoredShingles {
  return set.length < SAMPLE_FROM ? { shingles: set, shingleMod: 1 } : { shingles: set.filter((h) => h % SAMPLE_MOD === 0), shingleMod: SAMPLE_MOD };
}

/** A set cut down to the shingles a mod-`mod` sample keeps (itself when `mod` is 1 or it is already that sample). */
function sampled(set: Uint32Array, own: number, mod: number): Uint32Array {
  return mod === own ? set : set.filter((h) => h % mod === 0);
}

export interface Overlap {
  jaccard: number;
  /** |A ∩ B| / min(|A|, |B|): 1 when one text is a trimmed copy of the other. */
  containment: number;
  shared: number;
}

/**
 * Overlap of two shingle sets, either of which may be a stored sample
 * (`aMod`, `bMod`): both are compared on the coarser sample, so the ratios
 * estimate the full sets'.
 */
export function overlap(a: Uint32Array, b: Uint32Array, aMod = 1, bMod = 1): Overlap {
  if (aMod !== bMod) {
    const mod = Math.max(aMod, bMod);
    [a, b] = [sampled(a, aMod, mod), sampled(b, bMod, mod)];
  }
  const shared = intersectionSize(a, b);
  const union = a.length + b.length - shared;
  const min = Math.min(a.length, b.length);
  return { jaccard: union ? shared / union : 0, containment: min ? shared / min : 0, shared };
}

/** Delta + varint encoding of a sorted set: ~2.5 bytes per shingle instead of 4. */
export function encodeSet(set: Uint32Array): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (const v of set) {
    let d = v - prev;
    prev = v;
    while (d >= 0x80) {
      out.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    out.push(d);
  }
  return Uint8Array.from(out);
}

export function decodeSet(bytes: Uint8Array): Uint32Array {
  const out: number[] = [];
  let prev = 0;
  let i = 0;
  while (i < bytes.length) {
    let d = 0;
    let mul = 1;
    let b: number;
    do {
      b = bytes[i++];
      d += (b & 0x7f) * mul;
      mul *= 128;
    } while (b & 0x80 && i < bytes.length);
    prev += d;
    out.push(prev);
  }
  return Uint32Array.from(out);
}
