/**
 * Text normalisation. Stored text is Unicode NFC with invisible junk removed;
 * fingerprints use a harsher folding (see `foldForFingerprint`) so that
 * typographic and OCR-style variants of one wire text compare equal.
 */

const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;

/** NFC, unified line breaks, no invisibles, no trailing spaces on lines. */
export function normaliseText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLES, '')
    .replace(SPACES, ' ')
    .replace(/[ ]+\n/g, '\n')
    .replace(/[ ]{2,}/g, ' ');
}

/** Collapse runs of white space to one space and trim. */
export function foldWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DQUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * Folding for fingerprints only: quotes, dashes, case and diacritics are
 * unified and letters commonly confused by OCR or deliberate obfuscation are
 * mapped to one form ("Iike" vs "like", "0" inside words vs "o").
 */
export function foldForFingerprint(s: string): string {
  const base = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(QUOTES, "'")
    .replace(DQUOTES, '"')
    .replace(DASHES, '-');
  // Capital I and lower-case l are the classic confusable pair; digits inside
  // words (0/o, 1/l) are deliberate spins of the same letters.
  return base
    .replace(/I(?=[a-z])/g, 'l')
    .replace(/(?<=[A-Za-z])0|0(?=[A-Za-z])/g, 'o')
    .replace(/(?<=[A-Za-z])1|1(?=[A-Za-z])/g, 'l')
    .toLowerCase();
}

/** Word tokens (Unicode letters and digits) of folded text. */
export function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

export function countWords(s: string): number {
  return words(s).length;
}
