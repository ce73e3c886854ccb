import { classifyLine, isProse, type Line } from './lines.js';
import { isNameLine, namesFromCredits } from '../metadata/authors.js';
import { headlinePart } from '../metadata/headline.js';
import { dateFromCredits, dateFromPublicationCredit, dateInShortLine, isDateOnlyLine } from '../metadata/dates.js';
import { countWords } from '../normalise.js';

/**
 * Segments page text into headline, body and boilerplate.
 *
 * 1. The body is the contiguous run of lines with the highest score, where
 *    sentences score by their length and labels, teasers, captions and
 *    repeats score against (a maximum-subarray search, as in Finn et al.'s
 *    body-text extraction, over lines instead of tokens).
 * 2. Inside the body, sidebar sections are cut: a short heading followed by
 *    more labels or teasers ("Hot this week" + teaser titles, "Beneficial
 *    Tales" + "checklist of three gadgets") is a widget, while a short line
 *    followed by a sentence is an in-article subhead and stays.
 * 3. Above the body, the headline-shaped line nearest the body is the title; date and
 *    weather headers, place names and alternate headlines are dropped.
 */

export interface Segmented {
  title: string | null;
  paragraphs: string[];
  headerDate: string | null;
  bylines: string[];
  signOffs: string[];
  credits: string[];
  /** A scraper's " date YYYY-MM-DD" prefix found on the first paragraph. */
  prefixDate: string | null;
}

// Scrapers prefix metadata they pulled from the page (" date 2026-02-04 ...").
const SCRAPER_PREFIX = /^\s*(?:date|published|pubdate)\s*(?:[:=]\s*)?(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s+/i;

// A wrapped line stops mid-sentence: no closing punctuation.
// The next one goes on in lower case with a plain word and more words after
// it ("fitness facility to help..."); brand names ("alphaXiv", "iPhone") and
// lone labels do not continue a sentence.
const CONTINUES = /^\p{Ll}[\p{Ll}'’-]*[,;:]?\s+\S+\s+\S/u;
const OPEN_END = /[^.!?…:;"'”’»)\]]$/;

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
    const opensOn = last.length >= 40 && OPEN_END.test(last) && countWords(last) >= 6;
    const wrapped: boolean = opensOn && !isCreditByLine(t) && !isCreditRow(last) && (CONTINUES.test(t) || (wrapping && last.length >= 55));
    if (wrapped) out[out.length - 1] += ` ${t}`;
    else out.push(t);
    wrapping = wrapped;
    last = t;
  }
  return out;
}

/** Split a scraper's date prefix off the start of a text. */
export function takeScraperPrefix(text: string): { text: string; date: string | null } {
  const m = text.match(SCRAPER_PREFIX);
  return m ? { text: text.slice(m[0].length), date: m[1].replace(' ', 'T') } : { text, date: null };
}

export function segmentLines(rawLines: string[], isTemplateLine?: (key: string) => boolean): Segmented {
  const lines: Line[] = [];
  for (const t of unwrapLines(rawLines)) lines.push(classifyLine(t, lines.length));
  const repeats = repeatedKeys(lines);
  // Lines this outlet prints under many stories are its template.
  const template = new Set(isTemplateLine ? lines.filter((l) => isTemplateLine(l.key)).map((l) => l.key) : []);
  // A page that prints its article twice (mobile and desktop copies) counts
  // each paragraph once: later copies of a sentence score nothing.
  const firstSeen = new Set<string>();
  const table = tableRuns(lines);
  const score = lines.map((l, i) => {
    if (template.has(l.key)) return -Math.max(3, l.words);
    if (table[i]) return 0;
    const again = firstSeen.has(l.key);
    firstSeen.add(l.key);
    return again && l.kind === 'prose' ? -1 : lineScore(l, repeats);
  });
  const [spanStart, spanEnd] = bestSpan(score);
  const end = spanStart < 0 ? spanEnd : cutAtEndMarker(lines, spanStart, spanEnd);
  const start = spanStart < 0 ? spanStart : headlineInside(lines, spanStart, end);

  const credits = lines.filter((l) => l.kind === 'caption').map((l) => l.raw);
  const bylines = lines.filter((l) => l.kind === 'byline').map((l) => l.raw);
  const signOffs = lines.filter((l, i) => l.kind === 'signoff' && i >= start).map((l) => l.raw);

  // Header: everything above the body.
  const header = lines.slice(0, Math.max(start, 0));
  // A headline sentence ("How To Use Gym Equipment (With Confidence!)") can
  // score as the body's first line; below a page header it is a candidate
  // too, and leaves the body when chosen. (Not in a text that starts with
  // its body, such as our own output: extracting that again keeps it.)
  const lead = start > 0 && start < end ? lines[start] : null;
  // Only over a paragraph: the body must still open with prose once the
  // headline has left it.
  // Or over the headline's own byline, date or reading time, which no
  // paragraph of the article ever is ("What's the Best Video Editing
  // Software for Creators?", then "Written by: Colin Gray").
  const next = lead ? lines[start + 1] : null;
  const overMeta = !!next && (next.kind === 'byline' || next.kind === 'date' || (next.kind === 'short' && next.words <= 10));
  const leadShaped =
    !!lead && lead.words >= 3 && lead.words <= (overMeta ? 25 : 20) && !/[.…:;,]["'”’)\]]*$/.test(lead.text) && !NOT_A_HEADLINE.test(lead.text) && (next!.kind === 'prose' || overMeta);
  // The first paragraphs the headline must echo (not the lead itself, when it is a candidate).
  const opening = start >= 0 ? lines.slice(leadShaped ? start + 1 : start, Math.min(end + 1, start + 11)) : [];
  const picked = pickTitle(header, leadShaped ? lead : null, opening, lines);
  const title = picked && headlinePart(headlineText(picked));
  // The headline's credits: the lines under it, then those around the
  // body's start.
  const nearLines = [
    ...(picked ? lines.slice(picked.index + 1, picked.index + 13) : []),
    ...(start >= 0 ? lines.slice(Math.max(0, start - 25), start + 3) : []),
  ];
  const near = nearLines.map((l) => l.raw);
  // No byline line: the credit lines may still name the author ("Written
  // by" over "Edzel Tabing", "Published August 7, 2023 by Nicole Burke").
  if (!bylines.length) bylines.push(...namesFromCredits(near));
  // Or a name alone on its line under the headline, beside the date or the
  // reading time ("Julia Gralberg" over "March 4, 2025 · 6 min read").
  if (!bylines.length && picked) bylines.push(...nameBesideDate(lines.slice(picked.index + 1, picked.index + 8), headlineText(picked).trim()));
  // Or a "By" line further off, nearest the body's start first: under a
  // headline the title rules did not pick ("by Jason Rostar | SEO | 8 min
  // Read" under the real one while a banner's line won), or past the start
  // of a body that opens early, in a promo.
  if (!bylines.length && start >= 0) bylines.push(...byLineAround(lines, start));
  // Or a name alone on its line beside a date further off, nearest the
  // body's start first ("Shauna Mitchell" over "August 25, 2024" under a
  // headline the title rules did not pick). Away from the headline a
  // section label looks as much like a name ("Industry Insights" over a
  // post's date), so none of its words may be one the page's prose writes
  // in lower case.
  if (!bylines.length && start >= 0) bylines.push(...nameBesideDateAround(lines, start));
  // The article's date sits by its headline: a credit line's date ("By
  // Jane Doe | Apr 21, 2025", "Last updated: April 21, 2025"), then the
  // nearest line there that is a date or holds one among a few other words
  // ("Tom Talbot October 14, 2025", "Nov 08, 2025 7 min read"), and only
  // then any date line of the page header (a sidebar's or a ticker's).
  // (A sentence of the body is no credit line, whatever date it names.)
  let headerDate = dateFromCredits(nearLines.filter((l) => l.kind !== 'prose').map((l) => l.raw));
  for (const l of nearLines) {
    if (l.kind === 'date') headerDate ??= isDateOnlyLine(l.raw);
    else if (l.kind === 'short' && l.words <= 12 && l.raw.length <= 100) headerDate ??= dateInShortLine(l.raw);
  }
  for (const l of header) if (l.kind === 'date') headerDate ??= isDateOnlyLine(l.raw);
  // Or the dated credit line or date line nearest the body's start, further
  // off ("Published August 13, 2025" under a headline the title rules did
  // not pick, "Posted on April 13, 2023" past a body that opens in a promo).
  if (!headerDate && start >= 0)
    headerDate = nearestToStart(lines, start, (l) => (l.kind === 'prose' ? null : l.kind === 'date' ? isDateOnlyLine(l.raw) : dateFromCredits([l.raw])));
  // Or a post's publication credit further off still ("Posted on April 13,
  // 2023", "Published August 13, 2025"): blogs also set it under the
  // article, after its last paragraph, or in a footer of post details. (A
  // line that opens so is a credit, however long it runs on.)
  if (!headerDate && start >= 0)
    headerDate = nearestToStart(lines, start, (l) => dateFromPublicationCredit([l.raw]), lines.length);
  // Or the date line under a "By" credit, wherever it sits: an author box
  // after the article ("Written by Moses Kim and Kate Shokurova" over
  // "April 8, 2024"). Not any date line there: a comment's would do.
  if (!headerDate && start >= 0)
    headerDate = nearestToStart(lines, start, (l, i) => (l.kind === 'byline' || (l.words <= 12 && BY_NAME.test(l.text)) ? dateUnder(lines, i) : null), lines.length);
  const leadTaken = leadShaped && !!picked && headlineText(picked) === headlineText(lead!);
  // The headline's credit line leaves with it ("Written by: Colin Gray",
  // "March 15, 2022 · 3 min read · By ASU Online"); bylines and dates are
  // never body text anyway.
  const credit = leadTaken && overMeta && next!.kind === 'short' && isCredit(next!);
  const bodyFrom = leadTaken ? start + (credit ? 2 : 1) : start;

  const paragraphs: string[] = [];
  if (start >= 0) {
    // Lines that never reach the output leave before the structure is read
    // (template lines, and the later copies of a paragraph that a pull quote
    // or a scraper's double capture repeats): a subhead is judged by the line
    // that follows it in the output, so extracting the output again reads
    // the same structure and changes nothing.
    const body: Line[] = [];
    const inTable: boolean[] = [];
    const seen = new Set<string>();
    for (let k = bodyFrom; k <= end; k++) {
      const l = lines[k];
      if (template.has(l.key)) continue;
      if (!table[k] && isText(l)) {
        if (seen.has(l.key)) continue;
        seen.add(l.key);
      }
      body.push(l);
      inTable.push(table[k]);
    }
    const drop = widgetSections(body, repeats, inTable);
    // A short line (a subhead, an entry of a list) is the article's between
    // two of its text lines only. Before the first or after the last,
    // extracting the output again would find it at an edge of the body and
    // leave it out.
    let firstText = -1;
    let lastText = -1;
    body.forEach((l, i) => {
      if (!isText(l)) return;
      if (firstText < 0) firstText = i;
      lastText = i;
    });
    body.forEach((l, i) => {
      if (drop.has(i)) return;
      if (inTable[i] || isText(l)) paragraphs.push(l.text);
      else if (l.kind === 'short' && l.words > 0 && i > firstText && i < lastText) paragraphs.push(l.text);
    });
  }
  let prefixDate: string | null = null;
  if (paragraphs.length) {
    const { text, date } = takeScraperPrefix(paragraphs[0]);
    if (date) [paragraphs[0], prefixDate] = [text, date];
  }
  return { title, paragraphs, headerDate, bylines, signOffs, credits, prefixDate };
}

// Headings that end an article on almost every site: what follows is
// comments, related links, author boxes, share bars or sign-up forms.
export const END_MARKER =
  /^(?:#+\s*)?(?:related(?: posts| articles| stories| content| reading)?|you (?:may|might) also (?:like|enjoy)(?: these \w+| this)?(?:\.{3}|…)?|more (?:from|stories|articles|like this|to read|in)\b.*|leave a (?:reply|comment)|post a comment|add a comment|\d+ comments?|comments?(?: \(\d+\))?|join the (?:conversation|discussion)|about the author|share this(?: article| post| story)?|recommended(?: for you| reading| stories| articles)?|popular (?:posts|stories|articles)|most (?:read|popular)|(?:what to )?read (?:this )?next|keep reading|don['’]?t miss(?: this| these)?|(?:all |more )?reads? on this topic|more on (?:this|the) (?:topic|story)|up next|trending(?: now| stories)?|(?:sign up|subscribe) (?:for|to) (?:our|the)? ?newsletter.*|tags|filed under|categories|(?:latest|recent) (?:posts|news|stories|articles))\s*:?$/i;

// A reader comment's header and footer lines: "Amy says", "Jill Winger wrote:",
// "July 14, 2015 at 3:53 pm", "reply to comment", "Reply".
const COMMENT_META = /^(?:[^\s.!?].{0,40}?\s(?:says|said|wrote)\s*:?|reply(?: to (?:comment|this))?|\S.{0,40}\bat \d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)$/i;
// "December 18, 2025, 9:46 pm": a comment's timestamp on its own line.
const COMMENT_TIME = /^\p{L}{3,9}\.? \d{1,2}, \d{4},? (?:at )?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$/iu;
// "59 Comments on “Day Eighteen: Starship Troopers”", "12 thoughts on “...”",
// "Search 87 Comments": the header of a comment thread, however long the title it repeats.
const COMMENTS_HEADER = /^(?:search )?\d+ (?:comments?|responses?|replies|thoughts)\b(?: (?:on|to) .{1,200}| log in.*)?$/i;

// With a clock time: a byline at the top says "Posted by Peter Bell on August 21, 2019".
const POST_FOOTER = /^posted by [^.!?]{1,60}? (?:at|on) [^!?]{0,40}\b\d{1,2}:\d{2}\b/i;

/**
 * A page's own headline inside the span: promos and teasers above the
 * article are sentences too, so the span can open before the headline. A
 * headline-shaped line with its credits under it (a byline, a date, a
 * reading time) before the span's first tenth of prose is where the
 * article starts: the body begins below it.
 */
function headlineInside(lines: Line[], start: number, end: number): number {
  let total = 0;
  for (let i = start; i <= end; i++) if (lines[i].kind === 'prose') total += lines[i].words;
  let before = 0;
  for (let i = start; i <= end && before < total / 10; i++) {
    const l = lines[i];
    if (l.kind === 'prose') before += l.words;
    if (isHeadlineCandidate(l) && !isCredit(l) && [1, 2, 3].some((k) => i + k <= end && isCredit(lines[i + k]))) {
      // The credits right under it leave with it ("Written by: Colin Gray").
      let from = i + 1;
      while (from < end && isCredit(lines[from])) from++;
      return from;
    }
  }
  return start;
}

/** Blog comments follow: the next lines are commenters' names, times and reply links. */
function commentsFollow(lines: Line[], at: number): boolean {
  let meta = 0;
  for (let i = at + 1; i < Math.min(lines.length, at + 13); i++) {
    const t = lines[i].text.trim();
    if (lines[i].words <= 10 && (COMMENT_META.test(t) || COMMENT_TIME.test(t))) meta++;
  }
  return meta >= 3;
}

/**
 * The body ends before an end-of-article heading, once the article has had
 * its say and when less prose follows the heading than preceded it, or
 * whatever follows when it is a thread of reader comments (which can be
 * far longer than the article they discuss).
 */
function cutAtEndMarker(lines: Line[], start: number, end: number): number {
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
    else if (prose >= 80 && l.words <= 8 && END_MARKER.test(l.text.trim()) && (total - prose < prose / 2 || commentsFollow(lines, i))) return i - 1;
    else if (prose >= 80 && l.words <= 40 && COMMENTS_HEADER.test(l.text.trim()) && commentsFollow(lines, i)) return i - 1;
    // A blog engine's post footer ("Posted by David at December 16, 2025
    // 11:15 AM", "Posted by Jane at 10:32 PM"): the post ends here, and
    // what follows is its comments, however long they run.
    else if (prose >= 80 && l.words <= 20 && POST_FOOTER.test(l.text.trim())) return i;
  }
  return end;
}

function repeatedKeys(lines: Line[]): Set<string> {
  const count = new Map<string, number>();
  for (const l of lines) if (l.words >= 3) count.set(l.key, (count.get(l.key) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n > 1).map(([k]) => k));
}

function lineScore(l: Line, repeats: Set<string>): number {
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

// A data cell: a number, an amount, a percentage or a date ("+13.1%",
// "$1,250", "1/1/2013", "4.5 million").
const CELL = /^[-+−~≈<>(]?\s*(?:[$€£¥]\s*)?\d[\d.,:/-]*\s*(?:%|[kmb]n?|million|billion|thousand|pts?|x)?\)?$/i;

/**
 * Data tables flattened to one cell per line (what html-to-text makes of a
 * <table>: "1/1/2013", "+13.1%", "2/1/2013", ...). Alone each cell is a
 * short line and scores against the body, so a long table split the article
 * in two and the shorter half was lost. A run of at least eight lines, at
 * least half of them data cells (dates included) and the rest short labels,
 * is a table: neutral for the body search and kept when inside the body.
 * Menus and footers are words, not columns of numbers.
 */
function tableRuns(lines: Line[]): boolean[] {
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
function widgetSections(body: Line[], repeats: Set<string>, inTable: boolean[]): Set<number> {
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
function isText(l: Line): boolean {
  return l.kind === 'prose' || l.kind === 'listitem' || l.kind === 'sentence' || l.kind === 'heading';
}

// Lines between a headline and its article that are not the headline:
// "Written by ...", "By Korin MillerPublished: Jan 29, 2025", "Posted on June 29, 2020".
const READ_TIME = /\b\d+\s*min(?:ute)?s?(?:\s+read)?\b/i;
// A breadcrumb trail ends in the headline but is not it: "Home » Blog » Renting a Car",
// "You are here: Home / Blog / Oklahoma / America’s Most Underrated Food City".
const NOT_A_HEADLINE = /^(?:(?:written|posted|published|updated|reviewed|fact[- ]checked|edited|photos?)\b|by[\s:])|\b(?:published|updated|posted)(?:\s+on\b|\s*:)|^(?:you are here:?\s*)?home\s*[»›>/|]/i;

/**
 * The headline is the headline-shaped line above the body that the article
 * is about: its words come back in the first paragraphs ("Healthy Eating
 * Tips" over a text on healthy eating), where a page's menus, share buttons,
 * sign-up prompts and bylines ("Toggle Side Panel", "Get Started with
 * Splashtop") share few. Nearness to the body breaks ties: the <h1> sits
 * just above the first paragraph, with at most a byline, a date or share
 * buttons between, and its credits (byline, date, reading time) follow it.
 * A seed's text opens with its headline, then widgets, and the headline is
 * the line whose names the story repeats. `all` is every line of the page,
 * for the lines under each candidate.
 */
function pickTitle(header: Line[], lead: Line | null, body: Line[], all: Line[]): Line | null {
  const shaped = [...header.filter(isHeadlineCandidate), ...(lead && isHeadline(lead) ? [lead] : [])];
  if (!shaped.length) return null;
  const bodyWords = new Set<string>();
  for (const l of body) for (const w of contentWords(l)) bodyWords.add(w);
  let best: Line | null = null;
  let bestScore = -Infinity;
  for (const l of shaped) {
    const words = contentWords(l);
    const echoed = words.length ? words.filter((w) => bodyWords.has(w)).length / words.length : 0;
    // The header is the page's first lines, so a line's index is its position
    // in it. The two lines above the body are equally near: a headline
    // often has its subtitle or first section heading between it and the
    // body ("Making Google Sans Flex" over "How seven design problems
    // shaped..."), and the body's own first line is no nearer than they are.
    const distance = Math.max(0, header.length - 2 - l.index);
    // Echo counts most; a line next to the body scores about one more, and a
    // headline of four words or more half a point over a two-word label.
    // A headline carries its credits: a byline, a date or a reading time
    // follows it within a few lines; a section heading or a menu item has none.
    const credited = [1, 2, 3].some((k) => isCredit(all[l.index + k]));
    // A "By" line right under it most of all: dates and reading times also
    // follow the entries of a related-posts list; bylines seldom do.
    const signed = [1, 2].some((k) => all[l.index + k]?.kind === 'byline' || /^by\b/i.test(all[l.index + k]?.text ?? ''));
    // A name over a date right under a headline is that headline's byline
    // ("West Bell Dental Care" over "July 27, 2025"), credited as much as
    // the headline it follows.
    const above = all[l.index - 1];
    const bylineName =
      !!above && isHeadlineCandidate(above) && !isNameLine(headlinePart(headlineText(above)).trim()) &&
      isNameLine(headlinePart(headlineText(l)).trim()) && [1, 2].some((k) => isDated(all[l.index + k]));
    const score = echoed * 1.5 + 1 / (1 + distance / 8) + (l.words >= 4 ? 0.5 : 0) + (credited ? 1 : 0) + (signed ? 0.5 : 0) - (bylineName ? 2 : 0);
    if (score > bestScore) [best, bestScore] = [l, score];
  }
  return best;
}

/** A byline's name alone on its line: name-shaped, and not a comment count ("No Comments"). */
function isBylineName(t: string): boolean {
  return isNameLine(t) && !/\bcomments?\b/i.test(t);
}

/** Does `text` write `word` in lower case, as a word of its own? A name's words are written capitalised. */
function writesLowerCase(text: string, word: string): boolean {
  const w = word.toLowerCase();
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    if (!/[\p{L}'’-]/u.test(text[at - 1] ?? ' ') && !/[\p{L}'’-]/u.test(text[at + w.length] ?? ' ')) return true;
  }
  return false;
}

/** A date line, a reading time, or a short line holding a date: what sits beside a byline's name. */
function isDated(l: Line | undefined): boolean {
  return !!l && (l.kind === 'date' || READ_TIME.test(l.text) || (l.words <= 12 && !!dateInShortLine(l.text)));
}

/** The first name-only line among the lines under a headline (`headline`, whose repeats are skipped) that sits next to a date or a reading time, before any paragraph. */
function nameBesideDate(under: Line[], headline: string): string[] {
  // The author's role between name and date ("Chirag Bhardwaj", "VP -
  // Technology", "November 14, 2025"): a label of a few words. A name
  // there holds no function word, where a label ("About Physical
  // Activity" over "Nutrition") often does.
  const role = (l: Line | undefined) => !!l && l.kind !== 'prose' && l.words <= 6;
  for (let k = 0; k < under.length && under[k].kind !== 'prose'; k++) {
    const t = under[k].text.trim();
    // Not the headline repeated under itself, nor a comment count ("No Comments").
    if (!isBylineName(t) || t === headline) continue;
    if (isDated(under[k - 1]) || isDated(under[k + 1])) return [t];
    if (role(under[k + 1]) && isDated(under[k + 2]) && !t.split(' ').some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return [t];
  }
  return [];
}

// "By Scott Levine – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by
// Frank Bass", "Written by Jane Doe": "by" and a capitalised name; not "By
// using this site ..." and no longer than a credit line.
const BY_NAME = /^(?:(?:[Ww]ritten|[Pp]osted|[Pp]ublished) )?[Bb][Yy]:?\s+\p{Lu}/u;
const BY_LINE_WORDS = 16;

/**
 * A credit line under a headline ("by Karina Cohen | May 19, 2024", "by
 * Jacob Trussell"): short, or holding a separator, a year or a reading
 * time. It opens in lower case like a wrapped line's continuation, but
 * never continues the headline above it.
 */
function isCreditByLine(t: string): boolean {
  return BY_NAME.test(t) && (t.split(' ').length <= 6 || /[|·•]|\d{4}|\bmin read\b/i.test(t));
}

/** The date of a date line among the two lines under line `i`. */
function dateUnder(lines: Line[], i: number): string | null {
  for (const l of lines.slice(i + 1, i + 3)) if (l.kind === 'date') return isDateOnlyLine(l.raw);
  return null;
}

/**
 * A byline set out as a row of fields ("By David Kim • December 17, 2025 •
 * 11 min read"): it ends without punctuation, yet the line under it (the
 * post's tags, "git version-control developer-tools") never continues it.
 */
function isCreditRow(t: string): boolean {
  return BY_NAME.test(t) && /[|·•]|\bmin read\b/i.test(t);
}

// How far from the body's start credits are looked for when none sits by
// the headline: above it, past a page header's menus; below it, past a
// promo the body may open with.
const CREDIT_REACH_ABOVE = 150;
const CREDIT_REACH_BELOW = 60;

/** What `pick` finds first in the lines nearest the body's start (see CREDIT_REACH_ABOVE; `reach` lines both ways when given). */
function nearestToStart<T>(lines: Line[], start: number, pick: (l: Line, i: number) => T | null, reach?: number): T | null {
  const above = reach ?? CREDIT_REACH_ABOVE;
  const below = reach ?? CREDIT_REACH_BELOW;
  for (let d = 0; d <= above; d++) {
    const up = start - 1 - d;
    if (up >= 0 && up < lines.length) {
      const found = pick(lines[up], up);
      if (found) return found;
    }
    const down = start + d;
    if (d < below && down >= 0 && down < lines.length) {
      const found = pick(lines[down], down);
      if (found) return found;
    }
  }
  return null;
}

// How far from the body's start a name beside a date is looked for.
const NAME_REACH = 40;

/** The name alone on its line beside a date nearest the body's start, whose words the page's prose never writes in lower case. */
function nameBesideDateAround(lines: Line[], start: number): string[] {
  let prose: string | null = null;
  return (
    nearestToStart(
      lines,
      start,
      (l, i) => {
        if (l.kind !== 'short' || l.words > 4 || !/^\p{Lu}/u.test(l.text)) return null;
        const t = l.text.trim();
        if (!isBylineName(t) || END_MARKER.test(t) || !(isDated(lines[i - 1]) || isDated(lines[i + 1]))) return null;
        prose ??= lines.filter((x) => x.kind === 'prose').map((x) => x.text).join('\n');
        return t.split(' ').some((w) => writesLowerCase(prose!, w)) ? null : [t];
      },
      NAME_REACH,
    ) ?? []
  );
}

/** The names of the "By" line nearest the body's start. */
function byLineAround(lines: Line[], start: number): string[] {
  return (
    nearestToStart(lines, start, (l, i) => {
      if (l.words > BY_LINE_WORDS || !BY_NAME.test(l.raw)) return null;
      const names = namesFromCredits(lines.slice(i, i + 2).map((x) => x.raw));
      return names.length ? names : null;
    }) ?? []
  );
}

/** "By Jane Doe", "Updated on July 9, 2025", "Written by", "5 min read": the lines under a headline. */
function isCredit(l: Line | undefined): boolean {
  return !!l && (l.kind === 'byline' || l.kind === 'date' || (l.words <= 12 && (NOT_A_HEADLINE.test(l.text) || READ_TIME.test(l.text))));
}

/** A headline line's text without the "## " the HTML path marks headings with. */
function headlineText(l: Line): string {
  return l.text.replace(/^#+\s*/, '');
}

const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'your', 'you', 'are', 'how', 'what', 'why', 'when', 'who', 'its', 'our', 'not', 'but', 'all', 'can', 'has', 'have', 'was', 'will', 'into', 'about', 'more', 'than', 'their', 'they', 'out', 'new']);

/** The line's words of three letters or more, less function words (from its repeat key: lower case, split already). */
function contentWords(l: Line): string[] {
  return l.key.split(' ').filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w));
}

/**
 * A line that could be the page's headline (not a byline or a breadcrumb):
 * a short line or a heading, or a question or exclamation of up to 20 words
 * that the line rules read as a sentence ("What is Cloud Computing?",
 * "Cheap Fixes Are the Best!"). Not a sentence ending in a full stop, quoted
 * or not: that is the body's, and taken as the headline it moved the body's
 * start on the first pass but not on the second. Not a line read as a list
 * item: a standfirst with a kicker ("‘Exemplary partnership’: Putin calls
 * ...") would outscore its headline, and Markdown bullets every menu entry.
 */
const QUESTION_END = /[?!]["'”’)\]]*$/;
function isHeadlineCandidate(l: Line): boolean {
  const textShaped = (l.kind === 'sentence' || l.kind === 'prose') && l.words <= 20 && QUESTION_END.test(l.text);
  return (l.kind === 'short' || l.kind === 'heading' || textShaped) && isHeadline(l) && !NOT_A_HEADLINE.test(l.text);
}

/** A headline has a few words, no sentence ending, and is not a caption. */
function isHeadline(l: Line): boolean {
  return l.words >= 3 && l.words <= 30 && !/[.]$/.test(l.text);
}
