import { BY_WORDS, afterWriterCredit } from '../metadata/authors.js';
import { underTitle } from './unwrap.js';
/**
 * What a converter or a mail client adds to page text, taken out again
 * before the lines are classified: line breaks at a fixed width (a
 * paragraph broken into lines of 80 characters reads as a run of menu items
 * and headings), paragraphs cut at every text node, quote marks, link
 * targets and Markdown.
 */

/**
 * Wrapped lines and text-node pieces joined, then quote marks, link targets
 * and Markdown dropped (the wrap width is read with them still in place).
 */
export function undoConverterMarkup(text: string): string {
  return undoMarkdown(dropLinkTargets(dropQuoteMarks(joinTextNodes(unwrapToWidth(text)))));
}

// A byline set as a list item or a heading in Markdown ("* by [Christian
// Roth](...)" once its link is read, "###### By Rick Steves"): the mark is
// the converter's, and hid the byline from the credit rules. A heading only
// when it is the page's one "By" heading: a menu's sections are several
// ("#### By Event Type", "#### By Industry").
// (In any case but the name's: a case-blind \p{Lu} takes lower case too.)
const BY_ANY_CASE = BY_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
const BULLETED_BYLINE = new RegExp(`^[*•+-] (?=(?:${BY_ANY_CASE}) \\p{Lu})`, 'gmu');
const HEADED_BYLINE = new RegExp(`^#{1,6} (?=(?:${BY_ANY_CASE}) \\p{Lu})`, 'gmu');
const BY_HEADING = new RegExp(`^#{1,6} (?:${BY_WORDS.join('|')}) \\S`, 'gmi');

function unmarkBylines(text: string): string {
  let out = text;
  if (out.includes('y ')) {
    const bulleted = out.replace(BULLETED_BYLINE, '');
    out = bulleted.match(BY_HEADING)?.length === 1 ? bulleted.replace(HEADED_BYLINE, '') : bulleted;
  }
  // A writer's credit other than "By" ("#### Written by [Rob Stott](...)",
  // "* Posted by Jane Roe") is one under any mark: no menu is labelled so.
  return out.includes(' by') ? out.replace(MARKED_LINE, (line, _mark: string, rest: string) => (afterWriterCredit(rest) && !OPENS_WITH_BY.test(rest) ? rest : line)) : out;
}

const OPENS_WITH_BY = new RegExp(`^(?:${BY_WORDS.join('|')})\\b`, 'i');
const MARKED_LINE = /^(#{2,6} |[*•+-] )(.{3,60})$/gm;

// A line that goes on from the one before: it opens with punctuation no
// sentence opens with (", someone else...", ") has been shown", ". But"), or,
// after a line left open, with a lower-case word ("breath" after "think
// about your", "(run by" after "the survey").
// (".NET 8" and "...and more" open lines of their own; "'s" after a name does not.)
const GLUED_PUNCTUATION = /^(?:[,.;:!?)\]}…%](?:\s|$|[,.;:!?)\]}…"”'’])|['’]s\b)/;
const GLUED_LINE_STARTS = new RegExp(GLUED_PUNCTUATION.source, 'gm');
const LOWER_START = /^\(?\p{Ll}/u;
const OPEN_LINE = /[^.!?:;…"”'’)\]]$/;
// A line that stops on a word no sentence ends with ("according to", "read
// the", "said" before the name of the one who said it).
const ENDS_MID_SENTENCE = /\s(?:a|an|the|to|of|in|on|at|by|for|with|and|or|but|your|our|their|his|her|its|my|from|as|via|like|than|that|this|these|those|is|are|was|were|be|called|named|see|said|says|told|added|including)$/i;

// A site's control, which ends in a preposition and is no sentence: "Sign in" over the headline.
const SIGN_IN = /^(?:sign|log|opt|check)\s+in$/i;

// A byline's node under a title-cased headline ("How to Reduce Waste: 21
// Practical Zero Waste Tips for Everyday Living" over "by Meaghan Weeden"):
// the credit under it, not the headline's end (`underTitle`).
const BY_NAME = new RegExp(`^(?:${BY_WORDS.join('|')}) \\p{Lu}`, 'u');
const bylineUnderTitle = (prev: string, l: string) => BY_NAME.test(l) && underTitle(prev, l);

// A byline's "by" as a node of its own, over the name's link ("34 Top
// Photography Trends in 2025" / "by" / "Taya Ivanova"): it opens the
// credit, and does not go on the headline above.
const BY_ALONE = new RegExp(`^(?:${BY_WORDS.join('|')})$`, 'i');

/**
 * A converter that writes every text node on a line of its own
 * (BeautifulSoup's `get_text("\n")`, a DOM walk over text nodes) cuts each
 * paragraph at its links and bold words: "Deep breathing (aka" /
 * "diaphragmatic breathing" / ") has been shown to help:". The pieces read as
 * menu labels. Such a page shows it in lines that open with a comma, a full
 * stop or a closing bracket, which no converter that keeps paragraphs
 * whole makes; on those pages, the pieces are joined back.
 */
function joinTextNodes(text: string): string {
  // Counted on the whole text first: most pages have none, and are not split.
  const glued = text.match(GLUED_LINE_STARTS)?.length ?? 0;
  if (glued < 3) return text;
  const lines = text.split('\n');
  if (glued < lines.length / 100) return text;
  const out: string[] = [];
  for (const l of lines) {
    const prev = out.length ? out[out.length - 1] : '';
    if (BY_ALONE.test(l)) out.push(l);
    else if (prev && GLUED_PUNCTUATION.test(l)) out[out.length - 1] = prev + l;
    else if (prev && OPEN_LINE.test(prev) && ((LOWER_START.test(l) && !bylineUnderTitle(prev, l)) || (ENDS_MID_SENTENCE.test(prev) && !SIGN_IN.test(prev)))) out[out.length - 1] = `${prev} ${l}`;
    else out.push(l);
  }
  return out.join('\n');
}

// A list item starts a line of its own: "* Item", "- Item", "• Item", "1. Item".
const ITEM_START = /^\s*(?:[*•·▪‣◦–-]|\d{1,3}[.)])\s/;
// Quoted text: html-to-text and mail clients mark each line of a quote with
// "> " (">> " or "> > " when nested, ">" alone on an empty line). A ">" run
// into the text (">一", ">50% of users") is the text's own.
const QUOTE_MARKS = /^(?:>+ )+|^>+$/gm;
const QUOTE_MARK = /^(?:>+ )+|^>+$/;
const LONG_WORD = /\S{26}/;
// Wrap widths in use run from 60 to 80 columns. The search looks higher, so
// that a text whose lines merely stop short of 100 characters is not taken
// for one wrapped at 100.
const MIN_WIDTH = 60;
const MAX_WIDTH = 90;
const SCAN = 130;

/** "> The program has released..." without the quote marks, which are markup, not text. */
function dropQuoteMarks(text: string): string {
  return text.includes('>') ? text.replace(QUOTE_MARKS, '') : text;
}

// How a link target the package prints opens: a URL, or a path on the site.
const TARGET_OPENING = String.raw`https?:\/\/|\/[\w-]`;

// A link target alone on its line, an icon link's, runs past the width as
// no word of a wrapped paragraph does: the line after it is a new one.
const LONE_URL = new RegExp(String.raw`^(?:${TARGET_OPENING}|\[(?:https?:|\/))\S*$`);

/**
 * Text wrapped to a fixed width (html-to-text's default of 80 columns, a
 * mail client's 72) breaks a line only where the next word would not fit
 * on it. The width shows as a ceiling the lines pile up under; a line
 * followed, in the same block, by a line whose first word would not have
 * fitted after it was broken there, and is joined again. A text with one
 * paragraph per line has no such ceiling (its paragraphs run to hundreds of
 * characters) and is left alone, as are list items and blank lines.
 */
export function unwrapToWidth(text: string): string {
  const width = wrapWidth(text);
  if (!width) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let prev = ''; // the previous line as written, not the paragraph it joined
  for (const line of lines) {
    const t = line.trim();
    // A quote's marks count towards the width; its continuation is the text after them.
    const marks = QUOTE_MARK.exec(t)?.[0] ?? '';
    const content = t.slice(marks.length);
    const first = content.split(' ', 1)[0];
    const broken = prev.length >= width / 2 && prev.length + 1 + first.length > width && !ITEM_START.test(content) && !LONE_URL.test(prev);
    if (content && prev && broken) out[out.length - 1] += ` ${content}`;
    else out.push(line);
    prev = content ? t : '';
  }
  return out.join('\n');
}

/**
 * The wrap width: the longest line length that at least 5% of the lines
 * (three or more) come within five characters of, with hardly any line
 * beyond it; null when that ceiling is not a wrap width (60-90 columns).
 */
function wrapWidth(text: string): number | null {
  // Line lengths read off the newlines: most texts have no ceiling, and are not split.
  const count = new Array<number>(SCAN + 1).fill(0);
  let lines = 0;
  eachLine(text, (start, end) => {
    // A leading space is indentation (html-to-text's list items), not width.
    const n = end - start - (text.charCodeAt(start) === 32 ? 1 : 0);
    if (n > 0) {
      lines++;
      if (n <= SCAN) count[n]++;
    }
  });
  if (lines < 10) return null;
  const need = Math.max(3, lines * 0.05);
  // From the longest line down: the ceiling is a length some line reaches.
  for (let w = SCAN; w >= MIN_WIDTH; w--) {
    if (!count[w]) continue;
    let near = 0;
    for (let k = w; k > w - 6; k--) near += count[k];
    if (near < need) continue;
    if (w > MAX_WIDTH) return null;
    // Lines longer than the ceiling must be rare: paragraphs written one
    // per line run past it. A word that cannot be broken (a link's URL,
    // which html-to-text prints after the link) overflows a wrapped line.
    let over = 0;
    eachLine(text, (start, end) => {
      if (end - start > w + 1 && !LONG_WORD.test(text.slice(start, end))) over++;
      return over <= lines * 0.02;
    });
    if (over > lines * 0.02) return null;
    // The ceiling is where the lines pile up, not the longest of the few
    // that overflow it by a character or five (a heading's last word, a
    // quote's marks): "... EATING (AND HOW" at 76 under a width of 80 that
    // two lines of 83 and 85 had hidden.
    for (let k = w; k > w - 6; k--) if (count[k] >= Math.max(2, need / 3)) return k;
    return w;
  }
  return null;
}

/** `visit(start, end)` for each line of `text` (end exclusive, at its newline), until it returns false. */
function eachLine(text: string, visit: (start: number, end: number) => boolean | void): void {
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (visit(start, end) === false) return;
    start = end + 1;
  }
}

// html-to-text, the most used converter on npm, prints each link's target
// after its text and an image's source after its alt text, in brackets:
// "Home [https://example.com/]", "Read the report [/reports/2025.pdf]",
// "A cat [/img/cat.jpg]", an inline image's data ("[data:image/svg+xml,<svg
// xmlns=...>]", spaces and all). The targets are markup, not page text. Only
// URL-shaped brackets go: "[1]", "[sic]" and "[Updated]" stay.
const LINK_TARGET = / ?\[(?:(?:https?:\/\/|www\.|mailto:|tel:|\/|#|\.\.?\/)[^\s[\]]*|data:[^[\]]*)\]/g;

/**
 * What a converter's marks tell of a page text's shape: Markdown (its one
 * "# " heading is the headline), or the html-to-text package's defaults,
 * which print link targets in brackets and every heading in capitals (an
 * uppercase line is a heading there, where plain page text sets menus so).
 */
export interface PageShape {
  markdown: boolean;
  capsHeadings: boolean;
}

export function pageShape(text: string): PageShape {
  return { markdown: readsAsMarkdown(text), capsHeadings: printsLinkTargets(text) };
}

/** Three link targets in brackets or more. */
function printsLinkTargets(text: string): boolean {
  if (!text.includes('[')) return false;
  let targets = 0;
  for (const _ of text.matchAll(LINK_TARGET)) if (++targets >= 3) return true;
  return false;
}

function dropLinkTargets(text: string): string {
  if (!text.includes('[')) return text;
  const dropped = text.replace(LINK_TARGET, '');
  return printsLinkTargets(text) ? dropped.replace(BARE_URL_LINE, '') : dropped;
}

// Where the package prints link targets, a line that is only one is a link
// without text of its own, an icon's: a share button ("http://www.facebook.com/
// sharer.php?u=..."), an e-mail link ("/cdn-cgi/l/email-protection#...").
const BARE_URL_LINE = new RegExp(String.raw`^(?:${TARGET_OPENING})\S*$`, 'gm');

// Markdown: what turndown and node-html-markdown make of a page, and what
// scrapers feeding language models (Firecrawl, Jina Reader) upload. Links
// keep their text ("[Markets](https://...)" -> "Markets"), images go
// ("![chart](/img/c.png)"), as do reference definitions ("[1]: https://..."),
// emphasis marks ("**Note:**", "_The Times_") and backslash escapes
// ("1\\. Item", "snake\\_case"). A page is read as Markdown when it has three
// links in that syntax: plain text with an asterisk or an underscore in it
// is left alone. Headings ("## Title") and bullets are read as they are.
const MD_LINK = /(!?)\[([^[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;
const MD_REFERENCE = /^ {0,3}\[[^\]\r\n\u2028\u2029]+\]:[ \t]*\S+.*$/gm;
const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~<])/g;
const MD_EMPHASIS_OPEN = /(^|\s)[*_]{1,3}(?=[^\s*_])/gm;
const MD_EMPHASIS_CLOSE = /(?<=[^\s*_\\])[*_]{1,3}(?=[.,;:!?)"'’”]?(?:\s|$))/gm;

/** Is the text Markdown: three links or images in that syntax, or more? */
export function readsAsMarkdown(text: string): boolean {
  if (!text.includes('](')) return false;
  let links = 0;
  for (const _ of text.matchAll(MD_LINK)) if (++links >= 3) return true;
  return false;
}

function undoMarkdown(text: string): string {
  if (!readsAsMarkdown(text)) return text;
  const unlink = (_: string, image: string, label: string) => (image ? '' : label.trim());
  const linked = text.replace(MD_LINK, unlink);
  // A linked image ("[![](photo.jpg)](https://…)") leaves an empty link
  // once its image is gone: a second pass drops it.
  return unmarkBylines(linked.replace(MD_LINK, unlink).replace(MD_REFERENCE, '').replace(MD_EMPHASIS_OPEN, '$1').replace(MD_EMPHASIS_CLOSE, '').replace(MD_ESCAPE, '$1'));
}
