/**
 * Text normalisation. Stored text is Unicode NFC with invisible junk removed;
 * fingerprints use a harsher folding (see `foldForFingerprint`) so that
 * typographic and OCR-style variants of one wire text compare equal.
 */

import { repairMojibake } from './mojibake.js';

const ZWSP_BETWEEN_WORDS = /(?<=[\p{Script=Latin}\p{N}])\u200B+(?=[\p{Script=Latin}\p{N}])/gu;
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// A run of spaces of any kind becomes one plain space: every other space
// becomes a plain one first, then a run of plain spaces one. Two passes
// for a class each cost half of one pass for a run of either kind, which
// was tried at every space between two words.
const OTHER_SPACES = /[\u00A0\u1680\u2000-\u200A\u2028\u202F\u205F\u3000\t\f\v]/g;

/** Mojibake repaired, NFC, unified line breaks, no invisibles, no trailing spaces on lines. */
export function normaliseText(input: string): string {
  // NFC before the repair too: a decomposed "A" + combining circumflex
  // composes to "Â", which the repair must see to treat it the same way on
  // every pass (and after it, as repaired bytes can decode to decomposed text).
  // Unicode's paragraph separator (U+2029) breaks lines as "\n" does; its
  // line separator (U+2028) is a soft break inside a paragraph, a space
  // (below). Left in, a word on either side ran into the other's count.
  let s = repairMojibake(input.normalize('NFC')).normalize('NFC').replace(/\r\n?|\u2029/g, '\n');
  // A zero-width space between two Latin words ("Read More\u200bDuring",
  // two spans) is the only break between them; in Thai or Japanese it
  // marks a boundary in a script written without spaces, and just goes.
  // (Tested first: the look-behind is tried at every position.)
  if (s.includes('\u200B')) s = s.replace(ZWSP_BETWEEN_WORDS, ' ');
  return s
    .replace(INVISIBLES, '')
    // Collapse first, then drop the one space left before a line break: a
    // run of spaces matched before "\n" would be retried from every space.
    .replace(OTHER_SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ \n/g, '\n');
}

/**
 * `s` without any of `chars` at its end. A loop: a regex like /[,\s]+$/
 * rescans the run from every position where it starts (quadratic on a long run).
 */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

/** `s` without the leading characters that are in `chars` (the start's counterpart of `trimEndChars`). */
export function trimStartChars(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start])) start++;
  return s.slice(start);
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
  // Capital I and lower-case l are the classic confusable pair; digits inside
  // words (0/o, 1/l) are deliberate spins of the same letters.
  return foldMarks(s).replace(CONFUSABLE, (c) => (c === '0' ? 'o' : 'l')).toLowerCase();
}

/**
 * Folding for story terms: quotes, dashes, case and diacritics, but no
 * confusable letters. A term is weighed by its rarity in English, and
 * mapping every capital I to l made "It", "In" and "Internet" rare words
 * ("lt", "ln", "lnternet") that every article shared.
 */
export function foldForTerms(s: string): string {
  return foldMarks(s).toLowerCase();
}

/** Typographic quotes and dashes as their ASCII forms, one character for one: how a reader compares two versions of a text. */
export function foldTypography(s: string): string {
  return s.replace(QUOTES, "'").replace(DQUOTES, '"').replace(DASHES, '-');
}

function foldMarks(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(QUOTES, "'")
    .replace(DQUOTES, '"')
    .replace(DASHES, '-');
}

const CONFUSABLE = /I(?=[a-z])|(?<=[A-Za-z])[01]|[01](?=[A-Za-z])/g;

/** Word tokens (Unicode letters and digits) of folded text. */
export function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/**
 * Number of words: runs of non-space characters that hold a letter or a
 * digit. A character loop, because line classification calls it for every
 * line of every page.
 */
export function countWords(s: string): number {
  let n = 0;
  // Whether the current run of non-space characters was counted already.
  let counted = false;
  for (let i = 0, end = s.length; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) counted = false;
    else if (!counted && (c < 128 ? ASCII_WORD_CHAR[c] === 1 : isWordCodePoint(s, i))) {
      n++;
      counted = true;
    }
  }
  return n;
}

const ASCII_WORD_CHAR = new Uint8Array(128).map((_, c) => Number((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// Letters beyond the Basic Multilingual Plane (Tangut, CJK extensions,
// mathematical letters) are surrogate pairs: the whole code point is tested.
function isWordCodePoint(s: string, i: number): boolean {
  return LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(i)!));
}

// ASCII punctuation and symbols, Latin-1 punctuation, general punctuation:
// cheaper than a Unicode-property class on every line of every page.
const PUNCTUATION = '!-/:-@[-`{-~\\u00A0-\\u00BF\\u2000-\\u206F\\u2190-\\u21FF\\u25A0-\\u25FF';
// White space other than the plain space (what `\s` holds besides it).
const OTHER_SPACE = '\\t-\\r\\u1680\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';
// A run of separators becomes one space. The lone space between two words
// (most of them) is not matched at all: replacing it with itself was a third
// of the key's cost. Every alternative opens with a separator, so the regex
// engine passes over letters at the first character (an alternative that
// opened with " *" could start anywhere, and cost a sixth more).
const KEY_SEPARATORS = new RegExp(`[\\s${PUNCTUATION}]{2,}|[${OTHER_SPACE}${PUNCTUATION}]`, 'g');

/** A line's identity for repeat and template detection: lower case, punctuation and spacing folded. */
export function lineKey(s: string): string {
  return s.toLowerCase().replace(KEY_SEPARATORS, ' ').trim();
}
