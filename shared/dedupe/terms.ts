import { rarity } from '../language/rarity.js';
import { foldForTerms, trimEndChars } from '../extraction/normalise.js';
import { functionWordSet, withoutElision } from '../language/function-words.js';

/**
 * Story terms: what survives rewriting and synonym spinning. Spinners swap
 * common words ("said" -> "stated", "call" -> "name") but cannot swap names,
 * places and numbers, so terms are weighted by rarity in general English
 * (a background frequency list), and capitalised words (names) and numbers
 * get a bonus. Words as common as "said" weigh nothing.
 */
export type TermVector = Record<string, number>;

// Words at least this common (about the 1,500 most frequent English words)
// carry no story signal.
const IDF_FLOOR = 12.5;

/** A term's inverse document frequency: its rarity in general English. */
export const idf = rarity;

/**
 * A term's weight, from the rarity of the words that make it: the word as
 * written, not its stem. Stems are no words ("always" -> "alway", "series"
 * -> "sery", "Christmas" -> "christma"), so the frequency list never saw
 * them and weighed them as the rarest there are: "alway" led the terms of
 * a Doctor Who report. A contraction weighs what the word before its
 * apostrophe does ("didn't", "we've": the list splits them there).
 */
function termWeight(term: string, wordRarity: number | undefined): number {
  return Math.max(0, Math.min(idf(term), wordRarity ?? Infinity) - IDF_FLOOR);
}

const CLITIC = /^(\p{L}+)['’](?:t|s|d|m|ve|re|ll)$/u;

/** The word to look up for a token's rarity: a contraction's first part ("didn't" -> "didn"). */
function lookupWord(token: string): string {
  const m = CLITIC.exec(token);
  return m ? m[1] : token;
}

/** Light English stemming: plurals and possessives only (spinners keep stems). */
function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  // "patches", "taxes", "businesses": the plural's "es" goes with its "s".
  if (w.length > 5 && /(?:ch|sh|x|z|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * A token folded on its own, not cut from the folded text at the raw
 * text's offsets: folding changes lengths ("…" becomes "...", "™" "TM"),
 * and every term after such a character came out as a slice across word
 * boundaries (", a", "e compa").
 */
function foldToken(raw: string): string {
  return ASCII.test(raw) ? raw.toLowerCase() : foldForTerms(raw);
}

const ASCII = /^[\x00-\x7f]*$/;

export const VECTOR_SIZE = 64;

/**
 * Top-weighted terms of a text, L2-normalised. `language` (ISO 639-1) is
 * the text's: a language other than English has its function words weigh
 * nothing (`function-words.ts`).
 */
export function termVector(text: string, title?: string | null, language?: string | null): TermVector {
  const common = functionWordSet(language, foldToken);
  const tf = new Map<string, number>();
  const boost = new Map<string, number>();
  // The rarity of the commonest word each term was read from.
  const wordRarity = new Map<string, number>();
  const add = (src: string, times: number) => {
    let prevEnd = -1;
    for (const m of src.matchAll(TOKEN)) {
      const raw = m[0];
      const idx = m.index ?? 0;
      const token = withoutElision(trimEndChars(foldToken(raw), "'’-").replace(/['’]s$/, ''), language);
      if (token.length < 2) continue;
      const isNumber = /^\d[\d.,]*$/.test(token);
      if (isNumber && token.length < 2) continue;
      const term = isNumber ? token.replace(/[.,]/g, '') : stem(token.replace(/['’]/g, ''));
      // A capitalised word that does not open a sentence is a name.
      const sentenceStart = idx === 0 || /[.!?:"“]\s*$/.test(src.slice(Math.max(0, prevEnd - 3), idx));
      const isName = /^\p{Lu}/u.test(raw) && !sentenceStart;
      prevEnd = idx + raw.length;
      tf.set(term, (tf.get(term) ?? 0) + times);
      if (!isNumber) {
        const word = lookupWord(token);
        const r = common?.has(word) ? 0 : idf(word);
        const seen = wordRarity.get(term);
        if (seen === undefined || r < seen) wordRarity.set(term, r);
      }
      if (isName || isNumber) boost.set(term, 1.5);
    }
  };
  add(text, 1);
  if (title) add(title, 2);
  const weighted: Array<[string, number]> = [];
  for (const [term, n] of tf) {
    const w = (1 + Math.log(n)) * (/^\d/.test(term) ? 4 : termWeight(term, wordRarity.get(term))) * (boost.get(term) ?? 1);
    if (w > 0) weighted.push([term, w]);
  }
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return normalise(Object.fromEntries(weighted.slice(0, VECTOR_SIZE)));
}

export function normalise(v: TermVector): TermVector {
  let s = 0;
  for (const k in v) s += v[k] * v[k];
  const n = Math.sqrt(s) || 1;
  const out: TermVector = {};
  for (const k in v) out[k] = Math.round((v[k] / n) * 1e4) / 1e4;
  return out;
}

/** A vector ready to be compared with many others: its weights in a Map, and its norm. */
export interface IndexedVector {
  weights: Map<string, number>;
  norm: number;
}

export function indexVector(v: TermVector): IndexedVector {
  const weights = new Map<string, number>();
  let s = 0;
  for (const k in v) {
    weights.set(k, v[k]);
    s += v[k] * v[k];
  }
  return { weights, norm: Math.sqrt(s) };
}

/**
 * Cosine of an indexed vector (the article being placed) and a stored one
 * (a centroid, a sampled member): candidate scoring compares one article
 * with dozens of stored vectors, and probing plain objects with a hundred
 * keys from both sides was a fifth of the engine's time.
 */
export function cosineTo(a: IndexedVector, b: TermVector): number {
  let dot = 0;
  let nb = 0;
  for (const k in b) {
    const w = b[k];
    nb += w * w;
    const o = a.weights.get(k);
    if (o !== undefined) dot += w * o;
  }
  return a.norm && nb ? dot / (a.norm * Math.sqrt(nb)) : 0;
}

export function cosine(a: TermVector, b: TermVector): number {
  return cosineTo(indexVector(a), b);
}

/** Sum of vectors, trimmed to the strongest terms: a story's centroid. */
export function addVectors(a: TermVector, b: TermVector, sign = 1, keep = 2 * VECTOR_SIZE): TermVector {
  const out: TermVector = { ...a };
  for (const k in b) out[k] = (out[k] ?? 0) + sign * b[k];
  const entries = Object.entries(out).filter(([, v]) => v > 1e-6);
  entries.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, keep).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4]));
}

/** Terms shared by two vectors, strongest first (for explaining a decision). */
export function sharedTerms(a: TermVector, b: TermVector, n = 8): string[] {
  return Object.keys(a)
    .filter((k) => k in b)
    .sort((x, y) => a[y] * b[y] - a[x] * b[x])
    .slice(0, n);
}

/** The terms worth indexing for candidate lookup: the rarest strong ones. */
export function postingTerms(v: TermVector, n = 10): string[] {
  return Object.entries(v)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, n)
    .map(([k]) => k);
}
