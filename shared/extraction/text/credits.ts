import { FUNCTION_WORDS, headlineText, isTrailsEnd, type Line } from './lines.js';
import { END_MARKER } from './labels.js';
import { AUTHOR_LABEL, CREDIT_FIELD, HOUSE_TEAM, afterWriterCredit, isNameLine, isOneWordName, isUncommonNameLine, namesFromCredits, parseBylines } from '../metadata/authors.js';
import { dateFromCredits, dateFromPublicationCredit, dateInShortLine, isDateOnlyLine } from '../metadata/dates.js';

/**
 * A headline's credits in page text: the lines that name its author and
 * give its date ("By Jane Doe | Apr 21, 2025", "Julia Gralberg" over "March
 * 4, 2025 · 6 min read", "Posted on April 13, 2023"), under the headline,
 * around the body's start, then further off. `signed`: the page has byline
 * lines, which name the author already.
 */
export function headlineCredits(lines: Line[], header: Line[], picked: Line | null, [start, end]: [number, number], signed: boolean): { names: string[]; date: string | null } {
  // The headline's credits: the lines under it, then those around the
  // body's start.
  const nearLines = [
    ...(picked ? lines.slice(picked.index + 1, picked.index + 13) : []),
    ...(start >= 0 ? lines.slice(Math.max(0, start - 25), start + 3) : []),
  ];
  // Checks made once for the page and shared by the rules below: a "By"
  // line's name as a label, and a name's words as the prose writes them.
  const label = labelCheck(lines);
  const inProse = writtenInLowerCase(lines);
  // A "By" heading over a section ("By Functionality") credits no one.
  const near = nearLines.filter((l) => !isLabelLine(l, label, lines)).map(creditText);
  const names: string[] = [];
  // Byline lines name the author already.
  const unsigned = () => !signed && !names.length;
  // No byline line: the credit lines may still name the author ("Written
  // by" over "Edzel Tabing", "Published August 7, 2023 by Nicole Burke").
  if (unsigned()) names.push(...namesFromCredits(near));
  // Or a name alone on its line under the headline, beside the date or the
  // reading time ("Julia Gralberg" over "March 4, 2025 · 6 min read").
  if (unsigned() && picked) names.push(...nameBesideDate(lines.slice(picked.index + 1, picked.index + 8), headlineText(picked).trim(), inProse, lines));
  // Or the credit line of fields right over the headline, where a theme
  // prints a post's meta above its title ("109 Comments | Jill Winger |
  // Last Updated: March 11, 2019").
  if (unsigned() && picked) names.push(...fieldsNameOver(lines, picked, inProse));
  // Or a "By" line further off, nearest the body's start first: under a
  // headline the title rules did not pick ("by Jason Rostar | SEO | 8 min
  // Read" under the real one while a banner's line won), or past the start
  // of a body that opens early, in a promo.
  if (unsigned() && start >= 0) names.push(...byLineAround(lines, start, label));
  // Or a name alone on its line beside a date further off, nearest the
  // body's start first ("Shauna Mitchell" over "August 25, 2024" under a
  // headline the title rules did not pick). Away from the headline a
  // section label looks as much like a name ("Industry Insights" over a
  // post's date), so none of its words may be one the page's prose writes
  // in lower case.
  if (unsigned() && start >= 0) names.push(...nameBesideDateAround(lines, start, inProse));
  // Or a credit line that opens with the name and goes on to the date,
  // nearest the body's start ("Tom Talbot October 14, 2025").
  if (unsigned() && start >= 0) names.push(...datedNameAround(lines, start, inProse));
  // Or, anywhere on the page, nearest the body's start first: a name under
  // an author label ("Article by" over "Matias Heikkilä", an author box
  // after the article), or the name over its bio outside the article
  // ("Camille Cunningham" over "Camille is a content specialist at ...").
  if (unsigned() && start >= 0) names.push(...labelledName(lines, start));
  if (unsigned() && start >= 0) names.push(...bioName(lines, start, end));
  // Or the writer's credit that signs the article off, right after it
  // ("Written by Moses Kim and Kate Shokurova" over "April 8, 2024").
  if (unsigned() && end >= 0) names.push(...signedAfterEnd(lines, end));
  // The article's date sits by its headline: a credit line's date ("By
  // Jane Doe | Apr 21, 2025", "Last updated: April 21, 2025"), then the
  // nearest line there that is a date or holds one among a few other words
  // ("Tom Talbot October 14, 2025", "Nov 08, 2025 7 min read"), and only
  // then any date line of the page header (a sidebar's or a ticker's).
  // (A sentence of the body is no credit line, whatever date it names.)
  let headerDate = picked ? ownDate(lines, picked) : null;
  headerDate ??= dateFromCredits(nearLines.filter((l) => l.kind !== 'prose').map((l) => l.raw));
  // A date line under an update's label of its own ("Last update:" over
  // "July 16, 2025") is the revision: another date of the header (the
  // headline's first appearance, "February 8, 2022") is the publication.
  let revised: string | null = null;
  for (const l of nearLines) {
    if (l.kind === 'date' && underUpdateLabel(lines, l)) revised ??= isDateOnlyLine(l.raw);
    else if (l.kind === 'date') headerDate ??= isDateOnlyLine(l.raw);
    else headerDate ??= shortLineDate(l);
  }
  for (const l of header) if (l.kind === 'date' && !underUpdateLabel(lines, l)) headerDate ??= isDateOnlyLine(l.raw);
  headerDate ??= revised;
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
    headerDate = nearestToStart(lines, start, (l, i) => (l.kind === 'byline' || (l.words <= 12 && byName(l.text)) ? dateUnder(lines, i) : null), lines.length);
  return { names, date: headerDate };
}

// Lines between a headline and its article that are not the headline:
// "Written by ...", "By Korin MillerPublished: Jan 29, 2025", "Posted on June 29, 2020".
export const READ_TIME = /\b\d+\s*min(?:ute)?s?(?:\s+read)?\b/i;
// A breadcrumb trail ends in the headline but is not it: "Home » Blog » Renting a Car",
// "You are here: Home / Blog / Oklahoma / America’s Most Underrated Food City".
export const NOT_A_HEADLINE = /^(?:(?:written|posted|published|updated|reviewed|fact[- ]checked|edited|photos?)\b|by[\s:])|\b(?:published|updated|posted)(?:\s+on\b|\s*:)|^(?:you are here:?\s*)?home\s*[»›>/|]/i;

// An update's label alone on its line: "Last update:", "Updated", "Last modified on".
const UPDATE_LABEL_LINE = /^(?:last )?(?:updated?|modified|revised)(?: on| at)?\s*:?$/i;

/** Is the line under an update's label of its own? */
function underUpdateLabel(lines: Line[], l: Line): boolean {
  return UPDATE_LABEL_LINE.test(lines[l.index - 1]?.text ?? '');
}

/** A byline's name alone on its line: name-shaped or a house's team ("The Upwork Team"), and not a comment count ("No Comments"). */
function isBylineName(t: string): boolean {
  return (isNameLine(t) || HOUSE_TEAM.test(t)) && !/\bcomments?\b/i.test(t);
}

/**
 * Does the page's prose write one of a name's words in lower case (`every`:
 * all of them)? The prose is joined once, when first asked.
 */
function writtenInLowerCase(lines: Line[], every = false, kinds: Array<Line['kind']> = ['prose']): (name: string) => boolean {
  let prose: string | null = null;
  return (name) => {
    prose ??= lines.filter((x) => kinds.includes(x.kind)).map((x) => x.text).join('\n');
    const words = name.split(' ');
    return every ? words.every((w) => writesLowerCase(prose!, w)) : words.some((w) => writesLowerCase(prose!, w));
  };
}

/**
 * The "By" lines that credit someone. A section heading shaped like a
 * byline names no one: "By Functionality" over a list of app types, "By
 * Industry" and "By Audience" in a filter menu. When the page's running
 * text writes every word of it in lower case ("categorize them based on
 * functionality"), it is such a label; a writer's name seldom has every
 * word written so ("By Grant Young" on a page that says "young"). A label
 * with a word the text never uses ("By Event Type") still passes.
 */
export function creditingBylines(lines: Line[]): Line[] {
  const label = labelCheck(lines);
  return lines.filter((l) => l.kind === 'byline' && !isLabelLine(l, label, lines));
}

// A credit that names the writer in so many words. A bare "By" after an
// article is as often a teaser's byline, of the next post on the page.
const WRITTEN_BY = /^(?:(?:article |post )?(?:written|authored)|words) by\b/i;
// How many lines after the body's end a sign-off credit may sit: a share
// bar or a tag list can come between (text cut at every node spreads them).
const SIGNED_REACH = 6;

/** The names a "Written by" credit right after the body's end (`end`) gives. */
function signedAfterEnd(lines: Line[], end: number): string[] {
  for (let i = end + 1; i <= end + SIGNED_REACH && i < lines.length; i++) {
    if (WRITTEN_BY.test(lines[i].text.trim())) return namesFromCredits([lines[i].raw]);
  }
  return [];
}

/**
 * The headline's own date: its credit lines' ("By Jane Doe | Apr 21,
 * 2025"), a date line among them or a short line holding one ("Tom Talbot
 * October 14, 2025"), or else a date line over it (a blog
 * theme's "January 16, 2025" and "11 min read" over the title). It comes
 * before any date a few lines further on, where a sidebar's teasers carry
 * theirs ("Subharun Mukherjee |July 15, 2025"). Not a date line under
 * an update label.
 */
function ownDate(lines: Line[], headline: Line): string | null {
  const own = creditLinesUnder(lines, headline);
  const under = own.filter((l) => l.kind !== 'prose');
  const credit = dateFromCredits(own.flatMap((l) => (l.kind === 'prose' ? trailingByline(l) : [l.raw])));
  if (credit) return credit;
  const dated = (l: Line | undefined) => (l?.kind === 'date' && !underUpdateLabel(lines, l) ? isDateOnlyLine(l.raw) : null);
  for (const l of under) {
    const d = dated(l) ?? shortLineDate(l);
    if (d) return d;
  }
  for (let k = 1; k <= OWN_CREDIT_LINES; k++) {
    const d = dated(lines[headline.index - k]);
    if (d) return d;
  }
  return null;
}

// How many lines a headline's own credits take, under it or over it.
export const OWN_CREDIT_LINES = 3;

// A byline run onto the end of the dek above it, the two spans' text
// joined: "... beyond the U.S. and Canada. By Lisa Jennings on Dec. 19, 2025".
// (Single spaces: the text is normalised, and runs of \s each side of a
// field are what makes a pattern backtrack.)
const TRAILING_BYLINE = /[.!?]["”’)]* (By \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?:,? (?:on|\||–|—|·|•) .{4,40})?)$/u;

/** The byline a line ends in after a sentence (`TRAILING_BYLINE`), if any. */
function trailingByline(l: Line): string[] {
  const m = l.raw.includes('By ') ? TRAILING_BYLINE.exec(l.raw) : null;
  return m ? [m[1]] : [];
}

/** A line's text as a credit: its trailing byline alone, else the line. */
function creditText(l: Line): string {
  return trailingByline(l)[0] ?? l.raw;
}

/** The lines right under the headline, where its own credits sit. */
function creditLinesUnder(lines: Line[], headline: Line): Line[] {
  return lines.slice(headline.index + 1, headline.index + 1 + OWN_CREDIT_LINES);
}

/** The date a short line holds among a few other words ("Tom Talbot October 14, 2025", "Nov 08, 2025 7 min read"), or null. */
function shortLineDate(l: Line): string | null {
  return l.kind === 'short' && l.words <= 12 && l.raw.length <= 100 ? dateInShortLine(l.raw) : null;
}

/** The names the lines right under the headline credit ("by Jim Donnelly | August 24, 2023"), if any: its own credits, as `ownDate` reads them. */
export function headlineBylines(lines: Line[], headline: Line): string[] {
  return namesFromCredits(creditLinesUnder(lines, headline).map(creditText));
}

/** A "By" line whose every name is a label (`labelCheck`), or a menu's heading. */
function isLabelLine(l: Line, label: (name: string) => boolean, lines: Line[]): boolean {
  if (!isByLine(l)) return false;
  const names = parseBylines([l.raw]);
  return names.length > 0 && (names.every(label) || headsMenu(l, names, lines));
}

/**
 * A drop-down menu's "By" heading over its items ("By Role" over
 * "Marketers", "Analysts"; "By Modality" over "Behavioral & Psychiatry",
 * "Medspa"): what it names reads as no one's name (one word, or everyday
 * words), and short labels follow it, not a date, a role and the article.
 * A writer's "By Jane Doe" is a name line; a teaser's is followed by its
 * headline. (A heading over another "By" line, "By State" over "By
 * Style", is not read so: a byline is no menu item here.)
 */
function headsMenu(l: Line, names: string[], lines: Line[]): boolean {
  // Only a bare "By" heading: "Written by HomeAdvisor" over "Staff Writer" is a credit.
  if (!MENU_BY.test(l.text)) return false;
  const items = lines.slice(l.index + 1, l.index + 1 + MENU_ITEMS);
  if (items.length < MENU_ITEMS || items.some((item) => item.words === 0 || item.words > MENU_ITEM_WORDS || !MENU_ITEM_KINDS.has(item.kind))) return false;
  // (The costlier readings last: most "By" lines have failed by now.)
  return !names.some(isNameLine) && !items.some(isDated);
}
// How many items show a menu, and how long one is at most ("NetSuite for Mid-Sized Companies").
const MENU_ITEMS = 2;
const MENU_BY = /^by /i;
const MENU_ITEM_KINDS = new Set<Line['kind']>(['short', 'heading', 'listitem']);
const MENU_ITEM_WORDS = 5;

/** A short line of the "By <name>" shape. */
function isByLine(l: Line): boolean {
  return l.words <= BY_LINE_WORDS && byName(l.raw);
}

/** Every name the line credits is a label. */
function namesAreLabels(l: Line, label: (name: string) => boolean): boolean {
  const names = parseBylines([l.raw]);
  return names.length > 0 && names.every(label);
}

/** Is a "By" line's name a label, every word of it one the page's running text writes in lower case? */
function labelCheck(lines: Line[]): (name: string) => boolean {
  return writtenInLowerCase(lines, true, ['prose', 'sentence', 'listitem']);
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
export function isDated(l: Line | undefined): boolean {
  return !!l && (l.kind === 'date' || READ_TIME.test(l.text) || (l.words <= 12 && !!dateInShortLine(l.text)));
}

/** The byline under a headline (`headline`, whose repeats are skipped), before any paragraph: a dated line that opens with a name the prose does not write in lower case (else it is a label), or a name-only line next to a date, a reading time, a credit line or a writer's role, or right over the first paragraph. */
function nameBesideDate(under: Line[], headline: string, inProse: (name: string) => boolean, lines: Line[]): string[] {
  // The author's role between name and date ("Chirag Bhardwaj", "VP -
  // Technology", "November 14, 2025"): a label of a few words. A name
  // there holds no function word, where a label ("About Physical
  // Activity" over "Nutrition") often does.
  const role = (l: Line | undefined) => !!l && l.kind !== 'prose' && l.words <= 6;
  const noFunctionWord = (t: string) => !t.split(' ').some((w) => FUNCTION_WORDS.has(w.toLowerCase()));
  // The headline's dek may come first ("Learn how to choose the right camera with our beginner's guide to camera types.").
  const before = (k: number) => k < under.length && (under[k].kind !== 'prose' || (k === 0 && under[k].words <= 30));
  // A dated line that opens with the name is the byline itself, whatever
  // sits beside it (a category: "Mobile App Development" over "Amit
  // Samsukha October 11, 2024").
  for (let k = 0; before(k); k++) {
    const own = nameOpening(under[k]) ?? nameAmongFields(under[k]);
    if (own && !inProse(own)) return [own];
  }
  for (let k = 0; before(k); k++) {
    const t = withoutTitles(under[k].text.trim());
    // A one-word name right over the date ("Kev" over "January 1, 2026"),
    // right under the headline or its dek: where a blog's theme prints the
    // writer's first name or handle. Not a word the prose writes in lower
    // case ("Podcast") or the headline holds (its subject: "Ovolo" under
    // "How Ovolo rebuilt its loyalty programme"), nor one under a section's
    // label ("About Physical Activity" over "Nutrition").
    if ((k === 0 || under[k - 1].kind === 'prose') && under[k + 1]?.kind === 'date' && isOneWordName(t) && !inProse(t) && !headline.split(' ').includes(t)) return [t];
    // Not the headline repeated under itself, nor a comment count ("No
    // Comments"), nor a breadcrumb's last step ("Cleaning /" over "Cleaning
    // Industry Trends" over "Originally published in March 2022").
    if (!isBylineName(t) || t === headline || isTrailsEnd(under[k], lines)) continue;
    if (isDated(under[k - 1]) || isDated(under[k + 1])) return [t];
    // Or over a credit line that says no more ("Last Updated:" whose date
    // the page fills in by script, "Published by our engineering team").
    if (isCredit(under[k + 1])) return [t];
    if (role(under[k + 1]) && isDated(under[k + 2]) && noFunctionWord(t)) return [t];
    // Or over a writer's role ("Juliette Carreiro" over "Tech Writer", "Liz Kenny" over "Former McKinsey Consultant").
    if (isWritersRole(under[k + 1]) && noFunctionWord(t)) return [t];
    // Or right under the headline and over the article's first paragraph,
    // with nothing beside it: then a section label there looks as much like
    // a name ("Key Takeaways" over the summary), so no word of it may be
    // common English, nor written in lower case by the page's prose
    // ("Andrei Zakhareuski" over "If you suddenly get the urge ...").
    if (k === 0 && under[1]?.kind === 'prose' && isUncommonNameLine(t) && !inProse(t)) return [t];
  }
  return [];
}

// A writer's job title on its own line under the name.
const WRITERS_ROLE = /\b(?:writer|editor|reporter|correspondent|columnist|contributor|journalist|analyst|consultant|strategist|researcher)s?\b/i;

export function isWritersRole(l: Line | undefined): boolean {
  return !!l && l.kind !== 'prose' && l.words <= 6 && WRITERS_ROLE.test(l.text);
}

// Letters after a name: "Dylan Bailey, MS, RD, FAND", "Jane Roe, Ph.D." (two capitals or more: not "Oregon").
const POST_NOMINAL = /^[A-Z][A-Za-z.]{1,7}$/;
const isPostNominal = (p: string) => POST_NOMINAL.test(p) && (p.match(/[A-Z]/g)?.length ?? 0) >= 2;
// A job title after a name: "Mike Marshall, Shipping Expert".
const NAME_AND_ROLE = /^([^,]{3,40}?),\s*([^,]{2,40})$/;
const JOB_TITLE = /\b(?:expert|specialist|manager|director|founder|ceo)\b/i;

/** The name of a credit line that gives the writer's letters or job title after it; else the line. */
function withoutTitles(t: string): string {
  const parts = t.split(',').map((p) => p.trim());
  if (parts.length > 1 && parts.slice(1).every(isPostNominal)) return parts[0];
  const role = NAME_AND_ROLE.exec(t);
  return role && (WRITERS_ROLE.test(role[2]) || JOB_TITLE.test(role[2])) ? role[1] : t;
}

// "By Scott Levine – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by
// Frank Bass", "Written by Jane Doe": a writer's credit and a capitalised
// name; not "By using this site ..." and no longer than a credit line.
const byName = (t: string) => afterWriterCredit(t) !== null;
const BY_LINE_WORDS = 16;

/**
 * A credit line under a headline ("by Karina Cohen | May 19, 2024", "by
 * Jacob Trussell"): short, or holding a separator, a year or a reading
 * time. It opens in lower case like a wrapped line's continuation, but
 * never continues the headline above it.
 */
export function isCreditByLine(t: string): boolean {
  return byName(t) && (t.split(' ').length <= 6 || /[|·•]|\d{4}|\bmin read\b/i.test(t));
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
export function isCreditRow(t: string): boolean {
  return byName(t) && /[|·•]|\bmin read\b/i.test(t);
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
function nameBesideDateAround(lines: Line[], start: number, inProse: (name: string) => boolean): string[] {
  return (
    nearestToStart(
      lines,
      start,
      (l, i) => {
        if (l.kind !== 'short' || l.words > 4 || !/^\p{Lu}/u.test(l.text)) return null;
        const t = l.text.trim();
        if (!isBylineName(t) || END_MARKER.test(t) || !(isDated(lines[i - 1]) || isDated(lines[i + 1]))) return null;
        return inProse(t) ? null : [t];
      },
      NAME_REACH,
    ) ?? []
  );
}

/** The names of the "By" line nearest the body's start (not a section label: `creditingBylines`). */
function byLineAround(lines: Line[], start: number, label: (name: string) => boolean): string[] {
  return (
    nearestToStart(lines, start, (l, i) => {
      if (!isByLine(l) || namesAreLabels(l, label)) return null;
      const names = namesFromCredits(lines.slice(i, i + 2).map((x) => x.raw));
      return names.length ? names : null;
    }) ?? []
  );
}

/** "By Jane Doe", "Updated on July 9, 2025", "Written by", "5 min read": the lines under a headline. */
export function isCredit(l: Line | undefined): boolean {
  return !!l && (l.kind === 'byline' || l.kind === 'date' || (l.words <= 12 && (NOT_A_HEADLINE.test(l.text) || READ_TIME.test(l.text))));
}

/** "Written by", "By", "Author": a label alone on its line, with the writer's name on the next. */
export function isAuthorLabel(l: Line | undefined): boolean {
  return !!l && l.words <= 5 && AUTHOR_LABEL.test(l.text.trim());
}

/** The name under the author label nearest the body's start, anywhere on the page (not a section heading: "Author" over "Recent Posts" is a tab bar). */
function labelledName(lines: Line[], start: number): string[] {
  return (
    nearestToStart(lines, start, (l, i) => {
      const next = lines[i + 1]?.text.trim() ?? '';
      // The name under the label, or a name over its box's label ("Nawaz Dhandala" over "Author", "Ahmet Serhan" over "Author’s Profile").
      const t = isAuthorLabel(l) ? next : UNDER_NAME_LABEL.test(next) ? l.text.trim() : null;
      return t !== null && isBylineName(t) && !END_MARKER.test(t) ? [t] : null;
    }, lines.length) ?? []
  );
}

// An author box's label under the writer's name.
const UNDER_NAME_LABEL = /^(?:author|writer|author['’]s profile)$/i;

// How an author's bio goes on after the name: "Camille is a content
// specialist", "Autumn founded Ambuja Yoga", "Dennis Moons is the founder".
const BIO_VERB = /^(?:is|was|has|founded|co-founded|leads|writes|covers|joined|holds|brings|specializes|specialises|works|serves|helps|started|loves)\b/;

/**
 * The name over its bio nearest the body's start, outside the article (an
 * author box): the next line goes on with the name or its first word and a
 * verb of a bio, or introduces its writer ("Hi, I'm Kat!"). Inside the
 * article the same shape is a subhead over its section ("Power BI" over
 * "Power BI is a ...").
 */
function bioName(lines: Line[], start: number, end: number): string[] {
  return (
    nearestToStart(lines, start, (l, i) => {
      if (l.kind !== 'short' || l.words > 4 || (i >= start && i <= end)) return null;
      const t = l.text.trim();
      const next = lines[i + 1];
      if (!next || (next.kind !== 'prose' && next.kind !== 'sentence') || !isBylineName(t)) return null;
      const [first] = t.split(' ');
      const rest = next.text.startsWith(`${t} `) ? next.text.slice(t.length + 1) : next.text.startsWith(`${first} `) ? next.text.slice(first.length + 1) : null;
      const opens = (rest !== null && BIO_VERB.test(rest)) || /^(?:(?:hi|hey|hello)(?: there)?[,!]? )?i['’]m\b/i.test(next.text);
      return opens ? [t] : null;
    }, lines.length) ?? []
  );
}

// A credit line that opens with the name and goes on to the date: "Tom
// Talbot October 14, 2025", "Faith Katunga•Oct 20, 2025", "Zach Lezberg |
// May 22, 2025", "David Hartshorne•Updated on Jul 4, 2024 •28 min read".
const NAME_THEN = /^(\p{Lu}[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,4}?) ?(?:[|·•⋅—–]| (?=\p{L}+\.? \d)|(?<= )(?=\d))/u;

/**
 * The name a credit line opens with, when a date or a reading time follows
 * it, in the credit line nearest the body's start. As beside a date, a
 * section label looks as much like a name ("Industry News December 16,
 * 2025"), so none of its words may be one the page's prose writes in lower
 * case.
 */
function datedNameAround(lines: Line[], start: number, inProse: (name: string) => boolean): string[] {
  return (
    nearestToStart(
      lines,
      start,
      (l) => {
        const name = nameOpening(l);
        return name && !inProse(name) ? [name] : null;
      },
      NAME_REACH,
    ) ?? []
  );
}

// The fields of a credit line (`CREDIT_FIELD`), the date among them:
// "Dec 26, 2025 • Mahua Das in Project Management", "December 15, 2025 ·
// 30 min · 6279 words · Ash Vardanian", "Dec. 19, 2025 · Niko Matsakis on
// behalf of Vision Doc group". A name's field may go on with its section or
// its team.
const NAME_GOES_ON = / (?:in|on behalf of|for) /;

/** The name field of the credit line of fields right over the headline (`nameAmongFields`), unless the prose writes it in lower case. */
function fieldsNameOver(lines: Line[], headline: Line, inProse: (name: string) => boolean): string[] {
  const over = lines[headline.index - 1];
  const name = over ? nameAmongFields(over) : null;
  return name && !inProse(name) ? [name] : [];
}

/** The name field of a short credit line whose fields hold a date too, or null. */
export function nameAmongFields(l: Line): string | null {
  if (l.kind === 'prose' || l.words > 20 || !CREDIT_FIELD.test(l.text)) return null;
  const fields = l.text.split(CREDIT_FIELD).map((f) => f.trim());
  if (!fields.some((f) => isDated({ ...l, text: f, words: f.split(' ').length }))) return null;
  for (const f of fields) {
    const name = f.split(NAME_GOES_ON)[0];
    if (isBylineName(name)) return name;
  }
  return null;
}

/** The name a short credit line opens with before its date ("Tom Talbot October 14, 2025"), or null. */
function nameOpening(l: Line): string | null {
  if (l.kind === 'prose' || l.words > 14) return null;
  const m = NAME_THEN.exec(l.text);
  if (!m) return null;
  const name = m[1].trim();
  return isBylineName(name) && isDated({ ...l, text: l.text.slice(m[0].length) }) ? name : null;
}
