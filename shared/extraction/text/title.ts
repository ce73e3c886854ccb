import { BULLET, FUNCTION_WORDS, headlineText, isTrailsEnd, type Line } from './lines.js';
import { aloneShare, TEASERS_ALONE, teasersBeside } from './span.js';
import { isAuthorLabel, isCredit, isDated, isWritersRole, nameAmongFields, NOT_A_HEADLINE } from './credits.js';
import { isNameLine } from '../metadata/authors.js';
import { headlinePart, withoutDateAffix } from '../metadata/headline.js';
import { slugMatch } from '../metadata/slug.js';

/**
 * A page's own headline inside the span: promos and teasers above the
 * article are sentences too, so the span can open before the headline. A
 * headline-shaped line with its credits under it (a byline, a date, a
 * reading time), or under a bare date (a blog's date header over each
 * post: a description of the blog, "Friday, December 19, 2025", then the
 * post's title), before the span's first tenth of prose is where the
 * article starts: the body begins below it. Not under a labelled date
 * ("Published June 23, 2025"): that one closes the credits of a headline
 * above it.
 *
 * Further down, only under a list of teasers (see `teasersLead`), and
 * only over a byline or a date: a shop's product blurbs over a post ("X11
 * & WINBOT MINI", "Bundle: Robotic vacuum with ...", ... then "How Do
 * Vacuum Robots with Mapping Navigate?" over "2024-11-06") can outweigh a
 * tenth of the article, while a listicle's own entries ("Full-Stack Web
 * Development Certificate" over "Photo Courtesy of Noble Desktop") sit
 * over other credits.
 */
export function headlineInside(lines: Line[], start: number, end: number): number {
  let total = 0;
  for (let i = start; i <= end; i++) if (lines[i].kind === 'prose') total += lines[i].words;
  let before = 0;
  // The paragraphs above line i, and how many of them stand alone: past the
  // first tenth, only a line under a list of teasers is looked at.
  let above = 0;
  let alone = 0;
  for (let i = start; i <= end; i++) {
    const early = before < total / 10;
    const l = lines[i];
    if (i > start && lines[i - 1].kind === 'prose') {
      above++;
      if (lines[i - 2]?.kind !== 'prose' && l.kind !== 'prose') alone++;
    }
    if (l.kind === 'prose') before += l.words;
    if (!early && (above < 3 || alone / above < TEASERS_ALONE)) continue;
    const underDate = i > start && lines[i - 1].kind === 'date' && !NOT_A_HEADLINE.test(lines[i - 1].text);
    if (!isHeadlineCandidate(l) || isCredit(l)) continue;
    // The first credit within three lines under it.
    const credit = [1, 2, 3].map((k) => i + k).find((j) => j <= end && isCredit(lines[j]));
    if (!underDate && credit === undefined) continue;
    if (!early && !((underDate || lines[credit!].kind === 'byline' || isDated(lines[credit!])) && teasersLead(lines, start, i, end))) continue;
    // Of two candidates over the same credits, the one right over them
    // ("Go Back home", "Resources", then "How much should I pay for
    // cleaning in San Diego?" over its date): a page's links sit above.
    let headline = i;
    if (!underDate) for (let j = credit! - 1; j > i && headline === i; j--) if (isHeadlineCandidate(lines[j]) && !isCredit(lines[j])) headline = j;
    // The credits right under it leave with it ("Written by: Colin Gray").
    return creditsEnd(lines, headline, end);
  }
  return start;
}

/**
 * Do teasers lead the span down to line `at`: three paragraphs or more,
 * two in three of them alone between shorter lines (a blurb under each
 * item's name), over an article whose paragraphs run on one after another
 * and that holds more of them, and more than twice their words?
 */
function teasersLead(lines: Line[], start: number, at: number, end: number): boolean {
  const above = aloneShare(lines, start, at - 1);
  const below = aloneShare(lines, at + 1, end);
  if (!teasersBeside(above, below) || below.prose <= above.prose) return false;
  let wordsAbove = 0;
  let wordsBelow = 0;
  for (let j = start; j <= end; j++) if (lines[j].kind === 'prose') j < at ? (wordsAbove += lines[j].words) : (wordsBelow += lines[j].words);
  return wordsAbove * 2 < wordsBelow;
}

/** The line after a headline's credits (the headline at `i`). */
function creditsEnd(lines: Line[], i: number, end: number): number {
  let from = i + 1;
  while (from < end && isCredit(lines[from])) from++;
  return from;
}

// A page's controls and prompts print as short lines around the headline:
// "Back to all articles" over a blog post, "Sign In Get Started" in a
// header, "Learn about our editorial policies" under a byline, "Get a Demo"
// beside a product post, "View Full Profile" in an author card, a site
// search's box ("Search The Software Report", "Search for articles and
// insights ...", not "Search for missing hikers called off"). They address
// the visitor about the site, and no headline opens so.
const UI_ACTION = /^(?:read more\b|learn about our\b|go back\b|back to (?:all|the|blog|posts?|articles?|home|top|news)\b|sign (?:in|up)\b|log ?in\b|(?:get|request|book|schedule) (?:a|your) (?:free )?(?:demo|quote|consultation)\b|start (?:your|a) free\b|get started\b|view (?:full )?(?:profile|image)|view all\b|search (?:all|the|our|this|(?:for )?(?:articles|posts|stories|content|products)\b)\b|enter your email\b|subscribe\b|skip to\b|show more\b|load more\b|buy the book\b)/i;

// A call to action in the site's voice, over or beside a post: "See
// Userpilot in Action", "Try Our Home Renovation Cost Calculator", "Find
// Your College", "Let us help you find ...", "Discover more about S&P
// Global's offerings". An imperative addressed to the visitor (or about
// "us") sells the site; a headline that opens with a verb names its
// subject ("Find the Right Running Shoe" has no "you").
const VISITOR_PROMPT = /^(?:(?:get|find|create|try|see|discover|explore|join|download|contact|shop|start|claim|unlock|book|request|schedule|learn|access) (?:\S+ ){0,6}?(?:your|our|us|you)\b|let us\b|want to\b|about (?:us|our)\b|see \S+(?: \S+)? in action\b|discover more\b)/i;

// A picture's credit line: "Credit: Chris McNamara", "Photo credit: AP", "Image: Getty".
const PICTURE_CREDIT = /^(?:(?:photo|image|picture)s?\s*)?credits?\s*:|^(?:photo|image|picture)s?\s*:/i;

// A converter's rendering of the headline's link or image beside it: a
// URL, a bracketed target, a path, a separator or an image's alt word
// ("Cheap Fixes Are the Best!https://...", "What is Event Management?
// banner", "... [data:image/png;base64,...]"): not a fuller headline.
const FURNITURE = /https?:|www\.|[[\]|·]|\w\/\w|\b(?:banner|header image|thumbnail)$/i;

// How many lines apart a headline and its short form stand.
const SHORT_FORM_REACH = 3;

// The separators between a breadcrumb trail's steps, "/" among them: the
// trail "Car Talk / Car Reviews / Best EVs of 2026" (headline.ts's
// TRAIL_SEPARATOR cuts declared titles, where " / " seldom marks a trail).
const TRAIL_STEP = / [/>»›] /;

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
 * for the lines under each candidate; `slug`, the words of the page URL's slug.
 */
/** A post's credit line naming its date and writer ("Published August 7, 2023 by Nicole Burke"), which a theme may print over the headline. */
function writerCreditOver(l: Line | undefined): boolean {
  if (!l || l.words > 14) return false;
  // The writer named after the date: a digit before the "by" (tested
  // first: the date reading is the costly part, and few lines hold a "by").
  const by = l.text.search(BY_NAME);
  return by > 0 && /\d/.test(l.text.slice(0, by)) && isDated(l);
}
const BY_NAME = / by \p{Lu}/u;

/**
 * The writer's job under their name in a credit box ("Stephen Jesudunsin"
 * over "AI Writer, Embarque"; "Genaveve Bradshaw" over "⋅ Senior Review
 * Analyst ⋅"): a writer's role (`isWritersRole`) right under a name line.
 * No headline.
 */
export function isWritersJob(l: Line, all: Line[]): boolean {
  return isWritersRole(l) && isNameLine(all[l.index - 1]?.text ?? '');
}

export function pickTitle(header: Line[], lead: Line | null, body: Line[], all: Line[], slug: ReadonlySet<string> | null = null, capsHeadings = false): Line | null {
  // No candidates: a page's controls and prompts, the name under an author label ("By", then
  // "Sergio Martínez-Beltrán | The Texas Newsroom"), a picture's credit ("Credit: Chris McNamara").
  const shaped = [...header.filter((l) => isHeadlineCandidate(l) || isLabelledHeadline(l, all)), ...(lead && isHeadline(lead) ? [lead] : [])].filter(
    (l) => !UI_ACTION.test(l.text) && !VISITOR_PROMPT.test(l.text) && !isAuthorLabel(all[l.index - 1]) && !PICTURE_CREDIT.test(l.text) && !isWritersJob(l, all) && !isTrailsEnd(l, all),
  );
  if (!shaped.length) return null;
  const bodyWords = new Set<string>();
  for (const l of body) for (const w of contentWords(l)) bodyWords.add(w);
  let best: Line | null = null;
  let bestScore = -Infinity;
  // A date line over a headline (a blog theme's date above its title) is
  // that headline's, not the menu's over it: "Home Blog About", the
  // author's handle, "Nov 30, 2025", then "The 7 habits of highly
  // ineffective agents". Unless it closes a byline under the headline
  // above ("Jennifer Newmann", "November 15, 2022", then the post's tags).
  const candidate = new Set(shaped.map((l) => l.index));
  const bylinePart = (l: Line | undefined) => !!l && (isCredit(l) || isAuthorLabel(l) || isNameLine(l.text));
  const datesLineBelow = (i: number) => all[i]?.kind === 'date' && candidate.has(i + 1) && !candidate.has(i - 1) && !bylinePart(all[i - 1]) && !bylinePart(all[i - 2]);
  const echoOf = (words: string[]) => (words.length ? words.filter((w) => bodyWords.has(w)).length / words.length : 0);
  for (const l of shaped) {
    const words = contentWords(l);
    const echoed = echoOf(words);
    // The header is the page's first lines, so a line's index is its position
    // in it. The two lines above the body are equally near: a headline
    // often has its subtitle or first section heading between it and the
    // body ("Making Google Sans Flex" over "How seven design problems
    // shaped..."), and the body's own first line is no nearer than they are.
    const distance = Math.max(0, header.length - 2 - l.index);
    // Echo counts most; a line next to the body scores about one more, and a
    // headline of four words or more half a point over a two-word label.
    // A headline carries its credits: a byline, a date, a reading time or
    // a credit line of fields naming the writer beside the date ("Charlotte
    // Gannon • November 4th, 2025") follows it within a few lines; a
    // section heading or a menu item has none. So does the date line right
    // over it that is its own (`datesLineBelow`: "DECEMBER 27, 2024" over
    // "7 weight loss tips to shed pounds ..."), unless more candidates
    // follow it, a list of links under one date. And a page may print it
    // twice (`printedTwice`), worth about as much when the body echoes it.
    // So does a post's credit line of date and writer right over it
    // ("Published August 7, 2023 by Nicole Burke"), as its date line does.
    const credited =
      [1, 2, 3].some((k) => isCreditOrFields(all[l.index + k]) && !datesLineBelow(l.index + k)) ||
      ((datesLineBelow(l.index - 1) || writerCreditOver(all[l.index - 1])) && !isCredit(l) && !candidate.has(l.index + 1));
    // A "By" line right under it most of all: dates and reading times also
    // follow the entries of a related-posts list; bylines seldom do.
    // Or a name line over a credit right under it ("Ryan Carrigan" over
    // "Last Updated: Dec 17, 2025 • 5 min read"): a byline without its "By".
    const signed =
      [1, 2].some((k) => all[l.index + k]?.kind === 'byline' || /^by\b/i.test(all[l.index + k]?.text ?? '')) ||
      (isNameLine(all[l.index + 1]?.text ?? '') && isCredit(all[l.index + 2]));
    // A name over a date right under a headline is that headline's byline
    // ("West Bell Dental Care" over "July 27, 2025"), credited as much as
    // the headline it follows.
    const above = all[l.index - 1];
    const bylineName =
      !!above && isHeadlineCandidate(above) && !isNameLine(headlinePart(headlineText(above)).trim()) &&
      isNameLine(headlinePart(headlineText(l)).trim()) && [1, 2].some((k) => isDated(all[l.index + k]));
    // The URL's slug, when the upload gives one, names the headline
    // ("/top-nutrition-trends-for-fall-2025/" over a page whose menu prints
    // "Find Your College" just above it), as much as two of the cues above.
    const named = slug ? slugMatch(words, slug) : 0;
    const twice = echoed >= 0.5 && printedTwice(l, all);
    // In the html-to-text package's output every heading is in capitals
    // (`capsHeadings`): a line so set is a heading, the page's own among them.
    const caps = capsHeadings && isCapsHeading(l);
    const score = echoed * 1.5 + 1 / (1 + distance / 8) + (l.words >= 4 ? 0.5 : 0) + (credited ? 1 : 0) + (signed ? 0.5 : 0) - (bylineName ? 2 : 0) + named * 2 + (twice ? 0.75 : 0) + (caps ? CAPS_HEADING : 0);
    if (score > bestScore) [best, bestScore] = [l, score];
  }
  if (!best) return null;
  // The best-scoring line, then what the page pattern around it says the headline is.
  const fuller = fullerForm(best, shaped);
  const headline = fuller ?? headlineOverDek(best, shaped, (l) => echoOf(contentWords(l)) >= 0.3) ?? best;
  return headlineInTrail(headline, shaped) ?? headline;
}

/** A credit line (`isCredit`), or a credit line of fields that names the writer beside the date (`nameAmongFields`). */
function isCreditOrFields(l: Line | undefined): boolean {
  return isCredit(l) || (!!l && nameAmongFields(l) !== null);
}

// What a heading in capitals scores where the converter sets every heading so: 1.5 took 50 more of the dev
// pages' titles from the package's text and lost 1 (net: 0.5 +22, 1 +41; 2 and 3 the same as 1.5).
const CAPS_HEADING = 1.5;

/** Three words or more, all in capitals. */
function isCapsHeading(l: Line): boolean {
  return l.words >= 3 && /\p{Lu}{3}/u.test(l.text) && l.text === l.text.toUpperCase();
}

// How many lines apart a page prints its headline twice, and the fewest words of a line that counts so.
const REPEAT_REACH = 4;
const REPEAT_WORDS = 5;

/**
 * The page prints the line again a few lines away: a hero banner over the
 * article's own heading ("Social Media Marketing Certifications and
 * Certificates", its blurb, "Learn Hub", then the heading again), a
 * breadcrumb's last step over the <h1>. Page furniture repeats too, in a
 * header and again in a menu for small screens (a government banner's
 * "Here's how you know", a search box's label): only a line of five words
 * or more that the body echoes counts (see `pickTitle`).
 */
function printedTwice(l: Line, all: Line[]): boolean {
  if (l.words < REPEAT_WORDS) return false;
  for (let k = 1; k <= REPEAT_REACH; k++) {
    const above = all[l.index - k];
    if (above?.key === l.key || all[l.index + k]?.key === l.key) return true;
    // Or a breadcrumb trail above ends in it, on one line ("Home » Feature Story » General » LLMs worse than babies ...").
    if (above && isTrail(above) && endsWithLine(above, l)) return true;
  }
  return false;
}

/**
 * A short line whose words a longer candidate a few lines away all repeats
 * is that headline's short form: a project's name over its post ("Digital
 * Photo Frame" by "Digital Photo Frame App Makes Old Hardware Useful
 * Again"), a kicker, the first section's question ("What are meditation and
 * mindfulness?" under "Meditation and Mindfulness: Effectiveness and
 * Safety"). Unless the longer line only puts words in front of it: that is
 * a breadcrumb trail or a site name before the headline ("Cynomi Guides
 * Getting to YES: ..."); or when it carries a link's or an image's furniture.
 */
function fullerForm(best: Line, shaped: Line[]): Line | undefined {
  const short = contentWords(best);
  if (short.length < 2) return undefined;
  return shaped.find((l) => l !== best && l.words > best.words && Math.abs(l.index - best.index) <= SHORT_FORM_REACH && !l.key.endsWith(best.key) && !FURNITURE.test(l.text) && short.every((w) => contentWords(l).includes(w)));
}

/**
 * A headline's dek sits right under it, and says more, so echoes the body
 * more: "Making Google Sans Flex" over "How seven design problems shaped
 * Google's iconic typeface — ...", a newsletter post's title over its
 * subtitle ("First post in a series on cognitive science and AI"). A dek
 * is written in sentence case; the line over it is the headline when it
 * is headline-sized, echoes the body too, and is no trail or path.
 */
function headlineOverDek(best: Line, shaped: Line[], echoed: (l: Line) => boolean): Line | undefined {
  if (!isDek(best)) return undefined;
  const over = shaped.find((l) => l.index === best.index - 1);
  return over && over.words >= 4 && !isTrail(over) && !over.text.includes('/') && !endsWithLine(over, best) && echoed(over) ? over : undefined;
}

/**
 * A breadcrumb trail that ends in the headline ("Home Blog Fitness Top Home
 * Gym Must Haves ...", "Car Talk / Car Reviews / Best EVs of 2026") echoes
 * the body as much as the headline and sits nearer it: the headline it ends
 * in, when the header holds it too, is the title. A trail opens at "Home"
 * or separates its steps; a headline that ends in a shorter line
 * ("Understanding Your Home Electrical System") does neither.
 */
function headlineInTrail(best: Line, shaped: Line[]): Line | undefined {
  return isTrail(best) ? shaped.find((l) => l !== best && endsWithLine(best, l)) : undefined;
}

/** A breadcrumb trail opens at "Home" or separates its steps. */
function isTrail(l: Line): boolean {
  return /^home\b/i.test(l.text) || TRAIL_STEP.test(l.text);
}

/** Sentence case: of five words or more after the first, a third at most capitalised. */
function isDek(l: Line): boolean {
  const words = l.text.split(/\s+/).slice(1).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 5 && words.filter((w) => /^\p{Lu}/u.test(w)).length <= words.length / 3;
}

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
  return (l.kind === 'short' || l.kind === 'heading' || textShaped) && isHeadline(l) && !NOT_A_HEADLINE.test(l.text) && !isTagList(l.text) && !isDatedSection(l.text);
}

/** A post's date and section on one line: "October 14, 2025 in Corporate training", a blog theme's meta line. */
function isDatedSection(text: string): boolean {
  if (!/ in \p{Lu}/u.test(text)) return false;
  const rest = withoutDateAffix(text);
  return rest !== text && /^in\s/.test(rest);
}

/** A post's tags or sections on one line, set apart by bars ("Asia | First Time Visitor Guides | Japan | Travel Tips"): three fields or more, each a label. */
function isTagList(text: string): boolean {
  const fields = text.split(' | ');
  return fields.length >= 3 && fields.every((f) => f.split(' ').length <= 4);
}

/**
 * A headline in sentence case with a colon ("Remote work: 5 tips to
 * maximize productivity", "Guide to academic journal indexing: Where,
 * when, and how to get indexed") reads like a glossary entry whose bullet
 * the converter dropped (`isDefinitionItem`); alone, with no entry of a
 * list above or below it, it is no list's.
 */
function isLabelledHeadline(l: Line, all: Line[]): boolean {
  return (
    l.kind === 'listitem' && !BULLET.test(l.text) && /\S: \S/.test(l.text) && l.words <= 20 && isHeadline(l) && !NOT_A_HEADLINE.test(l.text) &&
    all[l.index - 1]?.kind !== 'listitem' && all[l.index + 1]?.kind !== 'listitem'
  );
}

/** A headline has a few words, no sentence ending, and is not a caption. */
function isHeadline(l: Line): boolean {
  return l.words >= 3 && l.words <= 30 && !/[.]$/.test(l.text);
}

/**
 * Does `trail` end with `next`'s words (a headline of 3-25 words), after a
 * few words of its own that hold no sentence (a trail, a credit: not a
 * paragraph that a pull quote repeats the end of)?
 */
export function endsWithLine(trail: Line, next: Line): boolean {
  if (next.words < 3 || next.words > 25 || trail.key.length <= next.key.length + 2 || !trail.key.endsWith(' ' + next.key)) return false;
  // A headline opens with a capital, a digit or a quote ("iPhone" and "eBay" too): a line in lower case
  // that a longer line ends with is that line's own continuation, unwrapped into it on the first pass.
  if (!HEADLINE_OPENING.test(headlineText(next))) return false;
  const own = trail.key.slice(0, trail.key.length - next.key.length).trim();
  const ownText = trail.text.slice(0, Math.max(0, trail.text.length - headlineText(next).trim().length));
  return own.split(' ').length <= TRAIL_WORDS && !/[.!?…]["'”’)\]]*(?:\s|$)/.test(ownText.trim());
}

const HEADLINE_OPENING = /^(?:[\p{Lu}\p{N}"“‘'(]|\p{Ll}+\p{Lu})/u;

// A breadcrumb trail or a credit line is short: "Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on".
const TRAIL_WORDS = 20;
