import { lineKey } from '../normalise.js';
import { FUNCTION_WORDS } from '../text/lines.js';

/**
 * The words of a URL's slug ("/2025/09/04/top-nutrition-trends-for-fall/"
 * -> top, nutrition, trends, fall): most sites build it from the headline,
 * so it names which of a page's short lines is the article's. The last path
 * segment of three words or more, lower case, without accents; its words of
 * three letters or more, less function words, as the title rules compare
 * a line's.
 */
export function slugWords(url: string | null | undefined): ReadonlySet<string> | null {
  if (!url) return null;
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return null;
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    let segment: string;
    try {
      segment = decodeURIComponent(segments[i]);
    } catch {
      segment = segments[i];
    }
    const words = segment.replace(/\.[a-z0-9]{2,5}$/i, '').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length >= 3) return new Set(words.filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w)));
  }
  return null;
}

/**
 * How well a headline's content words and the slug's words agree: the
 * harmonic mean of the share of the line's words in the slug and of the
 * slug's words in the line. Both count: a slug is often a shortened headline
 * ("xi-putin-call"), and a breadcrumb or a standfirst holds all of a short
 * slug's words among many others.
 */
export function slugMatch(words: string[], slug: ReadonlySet<string>): number {
  if (!words.length || !slug.size) return 0;
  const hit = words.filter((w) => slug.has(w.normalize('NFKD').replace(/\p{M}/gu, ''))).length;
  const inSlug = hit / words.length;
  const ofSlug = Math.min(1, hit / slug.size);
  return hit ? (2 * inSlug * ofSlug) / (inSlug + ofSlug) : 0;
}

/** `slugMatch` for a title as written: its words of three letters or more, less function words. */
export function titleSlugMatch(title: string, slug: ReadonlySet<string>): number {
  return slugMatch(lineKey(title).split(' ').filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w)), slug);
}
