import { normaliseText } from '../normalise.js';
import { segmentLines, takeScraperPrefix, type Segmented } from './segment.js';

/** Page text as scrapers upload it. */
export type TextSegments = Segmented;

export function segmentText(input: string, isTemplateLine?: (key: string) => boolean): TextSegments {
  // The prefix may sit on the first line, before any header line.
  const { text, date } = takeScraperPrefix(normaliseText(input));
  const seg = segmentLines(unwrap(text).split('\n'), isTemplateLine);
  return { ...seg, prefixDate: date ?? seg.prefixDate };
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
  return blocks.map((b) => b.split('\n').map((l) => l.trim()).filter(Boolean).join(' ')).join('\n\n');
}
