import { normaliseText } from '../normalise.js';
import { undoConverterMarkup } from './converter-markup.js';
import { segmentLines, takeScraperPrefix, type Segmented } from './segment.js';

/** Page text as scrapers upload it. */
export type TextSegments = Segmented;

export function segmentText(input: string, isTemplateLine?: (key: string) => boolean): TextSegments {
  // The prefix may sit on the first line, before any header line.
  const { text, date } = takeScraperPrefix(undoConverterMarkup(normaliseText(input)));
  const seg = segmentLines(text.split('\n'), isTemplateLine);
  return { ...seg, prefixDate: date ?? seg.prefixDate };
}
