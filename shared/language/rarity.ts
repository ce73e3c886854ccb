import { backgroundBuckets, BACKGROUND_TOTAL } from './word-frequencies.js';

/**
 * How rare a word is in general English, in bits: -log2 of its share of a
 * large corpus of film subtitles (the frequency list in word-frequencies.ts).
 * Story terms weigh words by it, and name checks use it to tell "Julia
 * Gralberg" from "Find A Location". Words are looked up lower-cased.
 */
const LOG_FREQ = new Map<string, number>();
for (const [bucket, list] of backgroundBuckets()) for (const w of list.split(' ')) LOG_FREQ.set(w, bucket / 2);
const LOG_TOTAL = Math.log2(BACKGROUND_TOTAL);

/** Rarity of a word the list never saw: the rarest there is. */
export const MAX_RARITY = LOG_TOTAL;

export function rarity(word: string): number {
  const lf = LOG_FREQ.get(word);
  return lf === undefined ? MAX_RARITY : LOG_TOTAL - lf;
}
