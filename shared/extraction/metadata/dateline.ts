/**
 * Datelines open wire copy: "BEIJING (AP) —", "NEW DELHI:", "LONDON, Feb 4
 * (Reuters) -", "Washington, D.C. —". We keep the text in the body (it is
 * part of the paragraph as published) and report the place as metadata.
 */
const DATELINE =
  /^((?:[A-Z][A-Z.'’-]+)(?:[ ,]+[A-Z][A-Z.'’-]+){0,3})(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\((?:[A-Za-z. ]{2,40})\))?\s*(?:[:—–-]{1,2})\s+\S/;

export function detectDateline(firstParagraphs: string[]): string | null {
  for (const p of firstParagraphs.slice(0, 3)) {
    const m = p.match(DATELINE);
    if (m && m[1].length >= 3 && m[1].length <= 40) return m[1].replace(/[,\s]+$/, '');
  }
  return null;
}
