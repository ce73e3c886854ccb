import { classifyLine, headlineText, type Line } from './lines.js';
import { creditingBylines, headlineBylines, headlineCredits, isCredit, NOT_A_HEADLINE, OWN_CREDIT_LINES } from './credits.js';
import { endsWithLine, headlineInside, pickTitle } from './title.js';
import { bestSpan, commentThreadStart, cutAtEndMarker, isText, lineScore, menuRuns, repeatedKeys, tableRuns, templateSentenceLines, widgetSections } from './span.js';
import { unwrapLines } from './unwrap.js';
import type { PageShape } from './converter-markup.js';
import { cutTrailingBios } from './bio.js';
import { headlinePart, withoutDateAffix, withoutSourceDomain } from '../metadata/headline.js';
import { dayAsWrittenOut } from '../metadata/dates.js';

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

/** Split a scraper's date prefix off the start of a text. */
export function takeScraperPrefix(text: string): { text: string; date: string | null } {
  const m = text.match(SCRAPER_PREFIX);
  return m ? { text: text.slice(m[0].length), date: m[1].replace(' ', 'T') } : { text, date: null };
}

export function segmentLines(rawLines: string[], isTemplateLine?: (key: string) => boolean, slug: ReadonlySet<string> | null = null, shape: PageShape = PLAIN): Segmented {
  const lines: Line[] = [];
  for (const t of unwrapLines(rawLines)) lines.push(classifyLine(t, lines.length));
  const repeats = repeatedKeys(lines);
  // Lines this outlet prints under many stories are its template.
  const template = new Set(isTemplateLine ? lines.filter((l) => isTemplateLine(l.key)).map((l) => l.key) : []);
  // A page that prints its article twice (mobile and desktop copies) counts
  // each paragraph once: later copies of a sentence score nothing.
  const firstSeen = new Set<string>();
  const table = tableRuns(lines);
  const menu = menuRuns(lines);
  const banner = templateSentenceLines(lines);
  const score = lines.map((l, i) => {
    if (template.has(l.key) || banner.has(i)) return -Math.max(3, l.words);
    if (menu[i]) return -1;
    if (table[i]) return 0;
    const again = firstSeen.has(l.key);
    firstSeen.add(l.key);
    // Nor does any other line printed again add to the body's weight: the output keeps one copy, and its weight
    // must be what a second pass over the output sees.
    if (again) return l.kind === 'prose' ? -1 : Math.min(0, lineScore(l, repeats));
    return lineScore(l, repeats);
  });
  const thread = commentThreadStart(lines);
  if (thread >= 0) for (let i = thread; i < score.length; i++) score[i] = Math.min(score[i], -1);
  const [spanStart, spanEnd] = bestSpan(score);
  const end = spanStart < 0 ? spanEnd : cutTrailingBios(lines, spanStart, heaviestEnd(score, spanStart, cutAtEndMarker(lines, spanStart, spanEnd)));
  let start = spanStart < 0 ? spanStart : headlineInside(lines, spanStart, end);
  // The body under a headline found inside the span opens where a span
  // would: not on a line that weighs against it (a section heading, a
  // label), which the span of the output, extracted again, leaves out.
  while (start > spanStart && start < end && lines[start].kind === 'heading' && score[start] < 0) start++;
  // A breadcrumb trail or a post's credit line that ends in the headline
  // under it can open the span ("Home » Archive » ... » Do Millennials Have
  // the Best Personal Finance Habits", "Posted on December 20, 2025 by ... -
  // 5 Comments on Do you need 14 USB ports ..."): it is no paragraph.
  if (start >= 0 && start + 2 <= end && endsWithLine(lines[start], lines[start + 1])) start++;

  const credits = lines.filter((l) => l.kind === 'caption').map((l) => l.raw);
  const bylineLines = creditingBylines(lines);
  const bylines = bylineLines.map((l) => l.raw);
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
  // One that a trail above names may end in an abbreviation's full stop
  // ("The Hottest Real Estate Markets in the U.S.").
  const trailed = !!lead && start > 0 && endsWithLine(lines[start - 1], lead);
  const leadShaped =
    !!lead && lead.words >= 3 && lead.words <= (overMeta ? 25 : 20) && !(trailed ? /[…:;,]["'”’)\]]*$/ : /[.…:;,]["'”’)\]]*$/).test(lead.text) && !NOT_A_HEADLINE.test(lead.text) && (next!.kind === 'prose' || overMeta);
  // The first paragraphs the headline must echo (not the lead itself, when it is a candidate).
  const opening = start >= 0 ? lines.slice(leadShaped ? start + 1 : start, Math.min(end + 1, start + 11)) : [];
  // A lead that the line above repeats at its end (a breadcrumb trail, "5
  // Comments on <headline>") is the headline: the page names it so.
  const picked = (shape.markdown ? markdownHeadline(lines) : null) ?? (trailed && leadShaped ? lead : pickTitle(header, leadShaped ? lead : null, opening, lines, slug, shape.capsHeadings));
  const title = picked && withoutSourceDomain(withoutDateAffix(headlinePart(headlineWithSubtitle(lines, picked))));
  // The byline right under the headline is the article's. Other "By" lines
  // on the page name no writer of it: a menu's labels ("By Use Case", "By
  // Industry" over its items) or a picture's credit.
  if (picked && bylines.length) {
    const own = headlineBylines(lines, picked);
    // Else the bylines near the headline, when some are: a share bar can
    // come between it and its byline ("Email this article", "Share this
    // article", then "By Elaine Chen"), or the byline and the writer's role
    // sit over it ("By Linda Rosencrance", "Contributing Writer"). The
    // other "By" lines further down the page are the teasers' of other
    // stories ("By Adam Feuerstein", "By Matthew Herper").
    // (Above the body: a short body's end is no farther down than a share bar.)
    const near = own.length ? [] : bylineLines.filter((l) => l.index >= picked.index - OWN_CREDIT_LINES && l.index <= Math.min(picked.index + NEAR_BYLINE_LINES, Math.max(start, picked.index))).map((l) => l.raw);
    if (own.length || near.length) bylines.splice(0, bylines.length, ...(own.length ? own : near));
  }
  // The headline's credits: its byline's names and its date.
  const credited = headlineCredits(lines, header, picked, [start, end], bylines.length > 0);
  bylines.push(...credited.names);
  const headerDate = dayAsWrittenOut(credited.date, () => rawLines.join('\n'));
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
      if (!isText(l) || l.kind === 'heading') return;
      if (firstText < 0) firstText = i;
      lastText = i;
    });
    body.forEach((l, i) => {
      if (drop.has(i)) return;
      // So is a heading: it weighs against a span at the body's edge.
      if (l.kind === 'heading' && !inTable[i] && (i < firstText || i > lastText)) return;
      if (inTable[i] || isText(l)) paragraphs.push(l.text);
      else if (l.kind === 'short' && l.words > 0 && i > firstText && i < lastText) paragraphs.push(l.text);
    });
  }
  let prefixDate: string | null = null;
  if (paragraphs.length) {
    const { text, date } = takeScraperPrefix(paragraphs[0]);
    if (date) [paragraphs[0], prefixDate] = [text, date];
  }
  return { title: title && inPageCase(title, rawLines), paragraphs, headerDate, bylines, signOffs, credits, prefixDate };
}

/**
 * Where a span cut short at an end marker ends: at its heaviest prefix, as
 * the span of the output, extracted again, would (lines that weigh against
 * the body, a label and a list entry left over before "Related Articles",
 * do not close it).
 */
function heaviestEnd(score: number[], start: number, cut: number): number {
  let sum = 0;
  let best = -Infinity;
  let end = start;
  for (let i = start; i <= cut; i++) {
    sum += score[i];
    if (sum > best) [best, end] = [sum, i];
  }
  return end;
}

/**
 * A Markdown upload's one top-level heading ("# Title", or the title over a
 * line of "=" that turndown writes by default: what converters and the
 * scrapers that feed language models make of a page's <h1>) is its
 * headline: the page marked it so. The HTML path marks every heading "## ",
 * so only an upload's own Markdown has such a line. Not when the page has
 * several (a blog's index, a site that sets its logo in an <h1> too), nor a
 * one-word label, nor a line longer than a headline.
 */
function markdownHeadline(lines: Line[]): Line | null {
  let found: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!TOP_HEADING.test(l.text) && !(l.words > 0 && SETEXT_RULE.test(lines[i + 1]?.text ?? ''))) continue;
    if (found) return null;
    found = l;
  }
  return found && found.words >= 2 && found.words <= MAX_HEADLINE_WORDS ? found : null;
}
const TOP_HEADING = /^# \S/;
// A line longer than a headline runs on into the article (a page that carries its Markdown in one text node).
const MAX_HEADLINE_WORDS = 30;
// How far under its headline an article's byline can sit past a dek and a share bar.
const NEAR_BYLINE_LINES = 12;
const SETEXT_RULE = /^=+\s*$/;

const PLAIN: PageShape = { markdown: false, capsHeadings: false };

/**
 * A headline that a colon leaves open and the next line ends ("How to Make
 * a Good Game:" over "5 Mistakes and Tips to Avoid"): an <h1> whose two
 * parts a converter printed as two text nodes, or either side of a <br>.
 * (Not a line left open over the headline: that is a label, "Search for:"
 * or "Older post:".)
 */
function headlineWithSubtitle(lines: Line[], picked: Line): string {
  const text = headlineText(picked);
  const next = lines[picked.index + 1];
  const open = (picked.kind === 'short' || picked.kind === 'heading') && text.endsWith(':');
  return open && next && endsHeadline(next) ? `${text} ${headlineText(next)}` : text;
}

const endsHeadline = (l: Line) => (l.kind === 'short' || l.kind === 'heading') && l.words >= 2 && l.words <= 12 && /^\p{Lu}|^\d/u.test(headlineText(l)) && !isCredit(l);

/**
 * A headline in capitals, as a converter sets every heading (the
 * html-to-text package's default) or a theme's CSS does, in the case the
 * page writes it elsewhere: a share link's text, a breadcrumb, the related
 * posts ("9 COMMON FOOD MYTHS DEBUNKED" -> "9 Common Food Myths Debunked").
 * Capitals the page never writes otherwise stay.
 */
function inPageCase(title: string, rawLines: string[]): string {
  if (/\p{Ll}/u.test(title) || !/\p{Lu}.*\p{Lu}/u.test(title)) return title;
  const page = rawLines.join('\n');
  const lower = page.toLowerCase();
  // Offsets in the lower-cased page are the page's only when lower-casing kept every length.
  if (lower.length !== page.length) return title;
  const want = title.toLowerCase();
  for (let at = lower.indexOf(want); at >= 0; at = lower.indexOf(want, at + 1)) {
    const found = page.slice(at, at + want.length);
    const bounded = !/[\p{L}\p{N}]/u.test(page[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(page[at + want.length] ?? '');
    if (bounded && /\p{Ll}/u.test(found)) return found;
  }
  return title;
}
