import { isProse, type Line } from './lines.js';
import { END_MARKER, RELATED_HEADING } from './labels.js';

/**
 * The body of page text as a span of lines: each line scores by what it is
 * (sentences by their length; labels, teasers, captions and repeats
 * against), the best-scoring run is the body (a maximum-subarray search),
 * and it ends before an end-of-article heading. Tables flattened to one
 * cell per line are neutral, and sidebar sections inside the span go.
 */

// A reader comment's header and footer lines: "Amy says", "Jill Winger wrote:",
// "July 14, 2015 at 3:53 pm", "reply to comment", "Reply", and a comment
// plugin's (wpDiscuz, Disqus) "Reply to Sara", "1 year ago" and sorting
// controls ("Oldest", "Newest Most Voted", "Inline Feedbacks", "View all comments"), and Slashdot's
// "Re: What could go wrong? (Score:3, Interesting)" over "by ozmartian ( 5754788 ) on Friday ...",
// and Substack's age in short ("8d"), "Expand full comment" and "3 replies by Dan Davies and others".
const COMMENT_META = /^(?:oldest|newest(?: most voted)?|most voted|inline feedbacks|view all comments|[^()]{0,80}\(score:\s?-?\d+(?:, \w+)?\)|by [^()]{1,40} \( ?\d+ ?\)(?: on .{0,80})?|[^\s.!?].{0,40}?\s(?:says|said|wrote)\s*:?|reply(?: to (?:comment|this|\S.{0,40}))?|\S.{0,40}\bat \d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|(?:about |over )?(?:an?|\d{1,3}) (?:second|minute|hour|day|week|month|year)s? ago|\d{1,3}(?:s|m|h|d|w|mo|y)|expand full comment|\d{1,4} (?:more )?repl(?:y|ies)(?: by .{1,60})?)$/i;
// "December 18, 2025, 9:46 pm": a comment's timestamp on its own line.
const COMMENT_TIME = /^\p{L}{3,9}\.? \d{1,2}, \d{4},? (?:at )?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$/iu;
// "59 Comments on “Day Eighteen: Starship Troopers”", "12 thoughts on “...”",
// "Search 87 Comments": the header of a comment thread, however long the title it repeats.
const COMMENTS_HEADER = /^(?:search )?\d+ (?:(?:reader |user )?comments?|responses?|replies|thoughts)\b(?: (?:on|to) .{1,200}| log in.*)?$/i;

// With a clock time: a byline at the top says "Posted by Peter Bell on August 21, 2019".
const POST_FOOTER = /^posted by [^.!?]{1,60}? (?:at|on) [^!?]{0,40}\b\d{1,2}:\d{2}\b/i;

// A customer review's signature, a first name and an initial ("Mallory R."), or the platform it came from:
// a rail of testimonials under a business's post is its readers' comments, as far as the article goes.
// Case matters in the signature: under the `i` flag `\p{Lu}` matches any letter, and "hello x." would sign.
const REVIEWER = /^\p{Lu}\p{Ll}+ \p{Lu}\.$|^(?:[Gg]oogle|[Yy]elp|[Ff]acebook) [Rr]eview(?:er)?$/u;

/** Blog comments follow: the next lines are commenters' names, times and reply links. */
function commentsFollow(lines: Line[], at: number): boolean {
  let meta = 0;
  for (let i = at + 1; i < Math.min(lines.length, at + 13); i++) {
    const t = lines[i].text.trim();
    if (lines[i].words <= 10 && (COMMENT_META.test(t) || COMMENT_TIME.test(t) || REVIEWER.test(t))) meta++;
  }
  return meta >= 3;
}

// Share of the paragraphs after an end-of-article heading (or above a
// headline inside the span, `headlineInside`) that stand alone for them
// to be a list of teasers, and the share of the article's own paragraphs
// that may.
export const TEASERS_ALONE = 2 / 3;
const ARTICLE_ALONE = 1 / 2;

/** Paragraphs that read as a list of teasers (three or more, mostly alone) beside an article's, which run on. */
export function teasersBeside(teasers: { prose: number; share: number }, article: { share: number }): boolean {
  return teasers.prose >= 3 && teasers.share >= TEASERS_ALONE && article.share < ARTICLE_ALONE;
}

/**
 * Do teasers follow the end heading at `at`: a list of other stories, each
 * a headline (a section, a date) over a one-paragraph blurb ("Read This
 * Next", then "Airlines", "Dec 19, 2025", "Cathay Pacific Launches ...",
 * its blurb, "Daily", ...)? Three paragraphs or more under it, two in
 * three of them alone between shorter lines, where the article's own
 * paragraphs above ran on one after another. Not under a label with a
 * colon ("Related:"): that one promotes one headline inside the article.
 * A page whose paragraphs stand alone all along (a converter that prints
 * each link apart, a listicle of a heading per paragraph) says nothing so.
 */
function teasersFollow(lines: Line[], start: number, at: number, end: number): boolean {
  if (lines[at].text.trim().endsWith(':')) return false;
  return teasersBeside(aloneShare(lines, at + 1, end), aloneShare(lines, start, at - 1));
}

/** How many paragraphs lie between `from` and `to`, and the share of them alone between shorter lines. */
export function aloneShare(lines: Line[], from: number, to: number): { prose: number; share: number } {
  let prose = 0;
  let alone = 0;
  for (let j = from; j <= to; j++) {
    if (lines[j].kind !== 'prose') continue;
    prose++;
    if (lines[j - 1]?.kind !== 'prose' && lines[j + 1]?.kind !== 'prose') alone++;
  }
  return { prose, share: prose ? alone / prose : 0 };
}

/**
 * The body ends before an end-of-article heading, once the article has had
 * its say and when less prose follows the heading than preceded it, or
 * whatever follows when it is a thread of reader comments (which can be
 * far longer than the article they discuss) or a list of teasers (which
 * can hold more blurbs than the article has paragraphs). A thread under
 * its own header ("87 Comments") is out of the span before the span is
 * found (`commentThreadStart`).
 */
export function cutAtEndMarker(lines: Line[], start: number, end: number): number {
  // Prose counted once: the output keeps one copy of a repeated paragraph,
  // and extracting it again must weigh the same words on each side.
  const once = new Set<number>();
  const seen = new Set<string>();
  for (let i = start; i <= end; i++) {
    if (lines[i].kind !== 'prose' || seen.has(lines[i].key)) continue;
    seen.add(lines[i].key);
    once.add(i);
  }
  let total = 0;
  for (const i of once) total += lines[i].words;
  let prose = 0;
  for (let i = start; i <= end; i++) {
    const l = lines[i];
    if (l.kind === 'prose') prose += once.has(i) ? l.words : 0;
    else if (prose >= 80 && l.words <= 8 && END_MARKER.test(l.text.trim()) && (total - prose < prose / 2 || commentsFollow(lines, i) || teasersFollow(lines, start, i, end))) return i - 1;
    // A blog engine's post footer ("Posted by David at December 16, 2025
    // 11:15 AM", "Posted by Jane at 10:32 PM"): the post ends here, and
    // what follows is its comments, however long they run.
    else if (prose >= 80 && l.words <= 20 && POST_FOOTER.test(l.text.trim())) return i;
  }
  return end;
}

/**
 * Where a thread of reader comments starts under a story that has had its
 * say (its header, "87 Comments", over commenters' names and times), or -1. The thread can outweigh the story (Slashdot prints a
 * three-paragraph summary over 87 comments, each a paragraph or more): the
 * body is looked for above it, not in it.
 */
export function commentThreadStart(lines: Line[]): number {
  let prose = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'prose') prose += l.words;
    else if (prose >= 80 && l.words <= 40 && opensLikeCommentsHeader(l.text) && COMMENTS_HEADER.test(l.text.trim()) && commentsFollow(lines, i)) return i;
  }
  return -1;
}

/** A digit or "search" first: most lines are refused before the header's pattern (and a trimmed copy) is made. */
function opensLikeCommentsHeader(text: string): boolean {
  const c = text.trimStart().charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 83 || c === 115;
}

// A closing sentence printed in this many lines of one page is the page's template.
const TEMPLATE_SENTENCE_LINES = 8;
// Shorter closing sentences ("Read more.", "Learn more here.") recur in articles too.
const TEMPLATE_SENTENCE_CHARS = 30;

/**
 * Lines that close with a sentence the page prints in many other lines: a
 * store's banner per country ("Free standard shipping on orders 65€ or
 * more. For more information on shipping rates and timelines, please visit
 * our international page", twenty times with twenty prices). Each line
 * differs, so the repeat of whole lines misses them, and together they
 * outweigh a short page's text. Only the last sentence is compared: that is
 * where such a template puts its common part, and finding it costs two
 * native scans of a line.
 */
export function templateSentenceLines(lines: Line[]): Set<number> {
  const tails = new Map<number, string>();
  const count = new Map<string, number>();
  const seen = new Set<string>();
  for (const l of lines) {
    if (l.kind !== 'prose' || seen.has(l.key)) continue;
    seen.add(l.key);
    const cut = Math.max(l.text.lastIndexOf('. '), l.text.lastIndexOf('! '), l.text.lastIndexOf('? '));
    if (cut < 0 || l.text.length - cut < TEMPLATE_SENTENCE_CHARS) continue;
    const tail = l.text.slice(cut + 2);
    tails.set(l.index, tail);
    count.set(tail, (count.get(tail) ?? 0) + 1);
  }
  const keys = new Set<string>();
  for (const [i, tail] of tails) if (count.get(tail)! >= TEMPLATE_SENTENCE_LINES) keys.add(lines[i].key);
  // Later copies of a line carry the same sentence.
  const out = new Set<number>();
  if (keys.size) for (const l of lines) if (keys.has(l.key)) out.add(l.index);
  return out;
}

export function repeatedKeys(lines: Line[]): Set<string> {
  const count = new Map<string, number>();
  for (const l of lines) if (l.words >= 3) count.set(l.key, (count.get(l.key) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n > 1).map(([k]) => k));
}

export function lineScore(l: Line, repeats: Set<string>): number {
  // Repeated teasers: sidebars printed twice ("Hot this week" and "Topics"
  // holding the same items) are template, never article text.
  if (repeats.has(l.key) && l.kind !== 'prose') return -Math.max(3, l.words);
  switch (l.kind) {
    case 'prose':
      return l.words;
    case 'sentence':
      return 1;
    case 'heading':
      return -0.3;
    case 'listitem':
      if (isProse(l.text, l.words)) return l.words / 2;
      // A bulleted label ("* Media Services", "* Pinterest"): html-to-text
      // bullets every menu item, and a menu item is a word or three; it
      // weighs against the body as the same label without a bullet does.
      // Longer items, table rows ("| Certificate | Certification |") and
      // the HTML path's own lists neither make nor break the body.
      return l.words <= 3 && MARKUP_BULLET.test(l.text) ? shortLineScore(l) : 0.2;
    case 'short':
    // An ad's label weighs as the short line it is: it only never stays in the body.
    case 'adslot':
      return shortLineScore(l);
    case 'teaser':
    case 'caption':
    case 'notice':
      return -Math.max(4, l.words / 2);
    case 'widget':
      return -8;
    case 'signoff':
    case 'byline':
      return 0;
    default:
      return -3;
  }
}

// The bullets converters write ("* Item" from html-to-text, "- Item" from
// markdown-style ones) before every list item, menus included. Our HTML
// path writes "• " for lists its DOM rules already placed in the article.
const MARKUP_BULLET = /^[*-]\s/;

function shortLineScore(l: Line): number {
  return -Math.min(6, 1 + l.words / 2);
}

// A data cell: a number, an amount, a percentage, a measure or a date
// ("+13.1%", "$1,250", "1/1/2013", "4.5 million", a recipe's "160g").
const CELL = /^[-+−~≈<>(]?\s*(?:[$€£¥]\s*)?\d[\d.,:/-]*\s*(?:%|[kmb]n?|million|billion|thousand|pts?|x|k?g|mg|ml|l|oz|lbs?|[cmk]?m|mi|ft|kcal|cal|mins?|hrs?|sec)?\)?$/i;

/**
 * Data tables flattened to one cell per line (what html-to-text makes of a
 * <table>: "1/1/2013", "+13.1%", "2/1/2013", ...). Alone each cell is a
 * short line and scores against the body, so a long table split the article
 * in two and the shorter half was lost. A run of at least eight lines, at
 * least half of them data cells (dates included) and the rest short labels,
 * is a table: neutral for the body search and kept when inside the body.
 * Menus and footers are words, not columns of numbers.
 */
export function tableRuns(lines: Line[]): boolean[] {
  const out = pipeTableRuns(lines);
  const cell = lines.map((l) => l.words <= 4 && (CELL.test(l.text) || (l.kind === 'date' && l.words <= 3)));
  for (let i = 0; i < lines.length; ) {
    if (!cell[i]) {
      i++;
      continue;
    }
    // Extend over cells and the short labels between them (row headers).
    let j = i;
    let cells = 0;
    let gap = 0;
    while (j < lines.length && (cell[j] || (lines[j].kind === 'short' && lines[j].words <= 6 && gap < 2))) {
      if (cell[j]) {
        cells++;
        gap = 0;
      } else gap++;
      j++;
    }
    while (j > i && !cell[j - 1]) j--;
    if (j - i >= 8 && cells * 2 >= j - i) for (let k = i; k < j; k++) out[k] = true;
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * A mega-menu as page text: product or section names, each over a one-line
 * blurb ("Keyword Explorer" over "Find traffic-driving keywords with our
 * 1.25 billion+ keyword index.", "Moz API" over "Power your SEO with our
 * index of over 44 trillion links."). Four such pairs in a row are
 * navigation: the blurbs are sentences, but an article seldom runs as a
 * column of short names each over a line of at most 16 words (one that
 * lists tools gives each a paragraph). Measured on the dev pages, it took
 * no article text.
 */
export function menuRuns(lines: Line[]): boolean[] {
  const out = lines.map(() => false);
  const label = (l: Line) => (l.kind === 'short' || l.kind === 'heading') && l.words >= 1 && l.words <= 4 && !/[.!?:;,]$/.test(l.text.trim());
  const blurb = (l: Line) => (l.kind === 'prose' || l.kind === 'sentence') && l.words >= 3 && l.words <= 16;
  for (let i = 0; i + 1 < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && label(lines[j]) && blurb(lines[j + 1])) j += 2;
    if (j - i >= 8) for (let k = i; k < j; k++) out[k] = true;
    i = j > i ? j : i + 1;
  }
  return out;
}

// Cells of a row written with pipes between them and none at the edges.
const CELL_PIPE = / \| /g;

/**
 * Tables written one row per line with " | " between the cells and no pipe
 * at either edge ("1 | Chicago Booth School of Business | 1 | 37% / 40%"),
 * as trafilatura and other extractors write them, and tab-separated rows
 * (see segmentText): three rows or more in a row, each of two cells or more
 * and at most one more or fewer than the row before. A menu is a single such
 * line ("Home | About | Contact").
 */
function pipeTableRuns(lines: Line[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  const cells = lines.map((l) => (l.raw.includes(' | ') && !l.raw.startsWith('|') ? (l.raw.match(CELL_PIPE)?.length ?? 0) + 1 : 0));
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && cells[j] >= 2 && (j === i || Math.abs(cells[j] - cells[j - 1]) <= 1)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) out[k] = true;
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Maximum-sum contiguous run; [-1, -1] when nothing scores above zero. */
export function bestSpan(score: number[]): [number, number] {
  let best = 0;
  let bestRange: [number, number] = [-1, -1];
  let sum = 0;
  let from = 0;
  for (let i = 0; i < score.length; i++) {
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += score[i];
    if (sum > best) {
      best = sum;
      bestRange = [from, i];
    }
  }
  return bestRange;
}

// The most teasers such a box lists, and the words of the longest.
const BOX_ITEMS = 6;
const BOX_ITEM_WORDS = 25;

/**
 * A related-stories box in the middle of an article: its heading ("Related
 * articles", "Mehr zum Thema"), a few teasers written as sentences (which
 * read as the article's own short paragraphs), and then the article goes
 * on, a paragraph of body length next. Returns the index after the box
 * (heading and teasers go), or `at` when no box starts there. At the
 * article's end the heading ends the body instead (`cutAtEndMarker`), and
 * a late box still does: letting the article go on after one, when its
 * prose resumed, took in what follows true ends (the next article, an
 * author's bio) on 23 dev pages and gave 4 back (text F1 0.9264 -> 0.9254).
 */
function relatedBox(body: Line[], at: number): number {
  if (body[at].words > 8 || !RELATED_HEADING.test(body[at].text.trim())) return at;
  let j = at + 1;
  // A subhead or a numbered step is the article's own: the box is over, or it was no box.
  while (j < body.length && j - at <= BOX_ITEMS && body[j].words < BOX_ITEM_WORDS && body[j].words > 0 && body[j].kind !== 'heading' && body[j].kind !== 'listitem') j++;
  // A separator closing the box ("__") is the box's, not the article's next line: extracted again, the
  // output holds no separator, and the box must read the same both times.
  while (j > at + 1 && j < body.length && body[j].kind === 'separator') j++;
  return j > at + 1 && j < body.length && body[j].kind === 'prose' && body[j].words >= BOX_ITEM_WORDS ? j : at;
}

/**
 * The labels inside the body that go (sidebar sections); the other short
 * lines are the article's own entries and subheads. A label that is not a
 * short line (a teaser, a caption, a widget counter) goes on its own. A run
 * of short lines is a sidebar section, and goes, when it holds such a line,
 * a label the page repeats, or a heading that ends articles ("Related
 * Articles", "Filed under: Politics"), or when it is three lines or more of
 * one or two words each (a menu, a topic list). Otherwise it is the
 * article's: a checklist whose bullets the converter dropped, an address
 * block, a heading over a list. On the dev pages 60% of the words of such
 * runs are the ground truth's, and they were most of what the text path lost
 * of pre-extracted article text.
 */
export function widgetSections(body: Line[], repeats: Set<string>, inTable: boolean[]): Set<number> {
  const drop = new Set<number>();
  // Repeated labels (a sidebar printed twice) are labels; repeated prose is
  // prose, kept once by the caller.
  const isLabel = (i: number) => !(inTable[i] || isText(body[i])) || (body[i].kind !== 'prose' && repeats.has(body[i].key));
  for (let i = 0; i < body.length; i++) {
    const l = body[i];
    if (!isLabel(i)) continue;
    if (l.kind !== 'short') {
      drop.add(i);
      continue;
    }
    const box = relatedBox(body, i);
    if (box > i) {
      for (let k = i; k < box; k++) drop.add(k);
      i = box - 1;
      continue;
    }
    if (i + 1 >= body.length || !isLabel(i + 1)) continue; // a subhead: a sentence follows
    let j = i;
    while (j < body.length && isLabel(j)) j++;
    const run = body.slice(i, j);
    // A listing's own entries ("Compact Weight Bench" over "Brand
    // Recommendation: Echo Strength Flat Bench" and "Price: $299", an event
    // guide's "Date: March 2-5, 2026" and "Location: Barcelona, Spain"),
    // before the entry's description: fields are values, not links.
    // (Fields are short lines: a teaser's "Scorpio Horoscope: Precision is
    // your forte ..." is not one.)
    const keys = new Set<string>();
    for (const x of run) {
      if (x.kind !== 'short') continue;
      const m = FIELD.exec(x.text);
      if (m && !repeats.has(x.key)) keys.add(m[1].toLowerCase());
    }
    const listing = keys.size >= 2 && j < body.length;
    const sidebar =
      run.some((x) => x.kind !== 'short' || repeats.has(x.key) || END_MARKER.test(x.text) || END_MARKER.test(FIELD.exec(x.text)?.[1] ?? '')) ||
      (run.length >= 3 && run.every((x) => x.words <= 2));
    if (sidebar && !listing) for (let k = i; k < j; k++) drop.add(k);
    i = j - 1;
  }
  return drop;
}

// "Price: $299", "Brand Recommendation: Echo Strength Flat Bench": a field name of one to three words, then its value.
const FIELD = /^(\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,2}): \S/u;

/** Lines that are article text in their own right (a "short" line is the article's only between two of them). */
export function isText(l: Line): boolean {
  return l.kind === 'prose' || l.kind === 'listitem' || l.kind === 'sentence' || l.kind === 'heading';
}
