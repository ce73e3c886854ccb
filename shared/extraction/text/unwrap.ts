import { countWords } from '../normalise.js';
import { isCreditByLine, isCreditRow } from './credits.js';

// A wrapped line stops mid-sentence: no closing punctuation.
// The next one goes on in lower case with a plain word and more words after
// it ("fitness facility to help..."); brand names ("alphaXiv", "iPhone") and
// lone labels do not continue a sentence.
const CONTINUES = /^\p{Ll}[\p{Ll}'’-]*[,;:]?\s+\S+\s+\S/u;
const OPEN_END = /[^.!?…:;"'”’»)\]]$/;
// A wrapped line runs about as long as the width it was wrapped at.
const WRAPPED_LINE = 40;

/**
 * Hard-wrapped text (plain-text wire copy, <pre> blocks, e-mail-style pages
 * broken at 70-80 columns) splits every paragraph into short lines that
 * look like menus and headings. A long line that stops mid-sentence and is
 * followed by a line starting in lower case is wrapped; once inside such a
 * paragraph, every long line that stops mid-sentence continues it. A long
 * headline followed by a capitalised standfirst is therefore left alone, and
 * so is one followed by its lower-case credit line ("by Karina Cohen").
 */
export function unwrapLines(rawLines: string[]): string[] {
  const out: string[] = [];
  let last = ''; // the last raw line, not the paragraph it was joined to
  let wrapping = false;
  for (const raw of rawLines) {
    const t = raw.trim();
    if (!t) {
      wrapping = false;
      last = '';
      continue;
    }
    const opensOn = last.length >= WRAPPED_LINE && OPEN_END.test(last) && countWords(last) >= 6;
    const wrapped: boolean = opensOn && !isCreditByLine(t) && !isCreditRow(last) && (CONTINUES.test(t) || (wrapping && last.length >= 55)) && (wrapping || !underTitle(last, t));
    if (wrapped) out[out.length - 1] += ` ${t}`;
    else out.push(t);
    wrapping = wrapped;
    last = t;
  }
  return out;
}


/**
 * A short line under a headline in title case, open at its end and with no
 * sentence ending in it, is the headline's tag or credit, not its wrapped
 * end ("Everything You Need to Know About Online Classes and Learning
 * Platforms" over "advice for students", a title over "by whova | Apr 21,
 * 2025"): a wrapped paragraph opens in sentence case, and a line wrapped
 * out of it is as long as the others.
 */
export function underTitle(headline: string, t: string): boolean {
  return t.length < WRAPPED_LINE && OPEN_END.test(t) && !/[.!?…]\s/.test(t) && titleCased(headline);
}

/** Three words of four letters or more, three in five of them capitalised. */
function titleCased(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
}
