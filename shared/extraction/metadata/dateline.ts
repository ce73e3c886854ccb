import { trimEndChars } from '../normalise.js';

/**
 * Datelines open wire copy: "BEIJING (AP) —", "NEW DELHI:", "LONDON, Feb 4
 * (Reuters) -", "Washington, D.C. —". We keep the text in the body (it is
 * part of the paragraph as published) and report the place as metadata.
 */
const DATELINE =
  /^((?:[A-Z][A-Z.'’-]+)(?:[ ,]+[A-Z][A-Z.'’-]+){0,3})(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\((?:[A-Za-z. ]{2,40})\))?\s*(?:[:—–-]{1,2})\s+\S/;

const DATELINE_SPAN = 160;

export function detectDateline(firstParagraphs: string[]): string | null {
  for (const p of firstParagraphs.slice(0, 3)) {
    // A dateline is the first few words: the pattern never needs more than this.
    const m = p.slice(0, DATELINE_SPAN).match(DATELINE);
    if (m && m[1].length >= 3 && m[1].length <= 40) return trimEndChars(m[1], ', ');
  }
  return null;
}
