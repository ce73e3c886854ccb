import { normaliseText } from '../normalise.js';
import { pageShape, undoConverterMarkup } from './converter-markup.js';
import { segmentLines, takeScraperPrefix, type Segmented } from './segment.js';

// A tab between two cells of a row (a table copied or extracted as
// tab-separated text) becomes the " | " the table rules read: normalising
// would fold it into a plain space and the row into a line of words.
// (Only on a text that holds a tab: the look-behind is tried at every position.)
const TAB_BETWEEN_CELLS = /(?<=\S)[ ]*\t[\t ]*(?=\S)/g;

/** Page text as scrapers upload it. */
export type TextSegments = Segmented;

export function segmentText(input: string, isTemplateLine?: (key: string) => boolean, slug: ReadonlySet<string> | null = null): TextSegments {
  // The prefix may sit on the first line, before any header line.
  const { text, date } = takeScraperPrefix(undoConverterMarkup(normaliseText(input.includes('\t') ? input.replace(TAB_BETWEEN_CELLS, ' | ') : input)));
  const seg = segmentLines(text.split('\n'), isTemplateLine, slug, pageShape(input));
  return { ...seg, prefixDate: date ?? seg.prefixDate };
}
