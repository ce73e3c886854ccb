import { normaliseText } from '../normalise.js';
import { segmentLines, type Segmented } from './segment.js';

/**
 * Page text as scrapers upload it. Scrapers often prefix metadata they pulled
 * from the page (" date 2026-02-04 ..."); we take it off and keep it.
 */
const SCRAPER_PREFIX = /^\s*(?:date|published|pubdate)\s*[:=]?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s+/i;

export interface TextSegments extends Segmented {
  prefixDate: string | null;
}

export function segmentText(input: string, isTemplateLine?: (key: string) => boolean): TextSegments {
  let text = normaliseText(input);
  let prefixDate: string | null = null;
  const m = text.match(SCRAPER_PREFIX);
  if (m) {
    prefixDate = m[1].replace(' ', 'T');
    text = text.slice(m[0].length);
  }
  return { ...segmentLines(unwrap(text).split('\n'), isTemplateLine), prefixDate };
}

/**
 * Hard-wrapped text (e-mail style, lines of ~70 characters inside
 * blank-separated paragraphs) is joined back into paragraphs; text with one
 * paragraph per line is left alone.
 */
function unwrap(text: string): string {
  const blocks = text.split(/\n\s*\n/);
  const multi = blocks.filter((b) => b.trim().includes('\n'));
  if (multi.length < 2 || multi.length < blocks.length / 3) return text;
  const inner = multi.flatMap((b) => b.trim().split('\n').slice(0, -1));
  const wrapped = inner.filter((l) => l.length >= 40 && l.length <= 100 && !/[.!?:"”]$/.test(l.trim()));
  if (wrapped.length < inner.length * 0.6) return text;
  return blocks.map((b) => b.replace(/\s*\n\s*/g, ' ')).join('\n\n');
}
