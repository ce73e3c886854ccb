import { isText } from './span.js';
import { trimEndChars } from '../normalise.js';
import { headlineText, type Line } from './lines.js';

/**
 * Author bios under the article: an "About the author" box as page text,
 * after the last paragraph. "Rebecca Norris is a full-time freelance writer
 * living in the Washington, D.C. metro area", "Lisa Jennings is a veteran
 * restaurant industry reporter and editor", "Manoj Jain is adjunct faculty
 * at Emory University" (an op-ed's contributors, one per line), "I'm
 * Philip, a certified personal trainer", "Hi there! I'm Shivya, and I
 * started this travel blog". Each is a name, a verb of being and what the
 * person does, and only ever cut at the body's end: inside an article the
 * same sentence introduces someone the article is about.
 */

// A name of two to four words (the last one captured: the surname), then "is a", "is the", "was an", "serves as"...
const NAME_IS = /^\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|la|le|da|di|del)){0,2} (\p{Lu}[\p{L}'’-]+),? (?:is|was|has been|serves as|works as)(?: also)? (?:an?|the|one of|adjunct|currently|(?=\p{Lu}))\s?/u;
// One word only ("Camille is a content specialist at Yoast."): a bio when
// the line above is that name (the box's heading).
const FIRST_NAME_IS = /^(\p{Lu}[\p{L}'’-]+) (?:is|was|has been|serves as|works as)(?: also)? (?:an?|the|one of|adjunct|currently)\s/u;
// A writer's years in the trade, the other way a bio opens: "Lisa has over 20 years of experience in tax
// preparation", "Matt Miller has been with Game Informer since 2004", "Joshua Waller has been reviewing cameras
// since 2004". A full name (the surname captured), or a first name alone under the box's short lines.
const NAME_HAS = /^(?:\p{Lu}[\p{L}.'’-]* (?:(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der) ){0,2}(\p{Lu}[\p{L}'’-]+)|(\p{Lu}[\p{L}'’-]+)) (?:has|brings) /u;
const YEARS_OF_EXPERIENCE = /^(?:(?:over|more than|nearly|almost|about) )?\d+\+? years of experience\b/;
const SINCE_YEAR = /\bsince (?:19|20)\d\d\b/;

/** The name (surname, or first name as the second item) of a line that tells the writer's years in the trade. */
function experienced(t: string): [string | undefined, string | undefined] | null {
  const m = NAME_HAS.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length);
  const stop = rest.indexOf('.');
  const years = YEARS_OF_EXPERIENCE.test(rest) || (rest.startsWith('been ') && SINCE_YEAR.test((stop < 0 ? rest : rest.slice(0, stop)).slice(0, 80)));
  return years ? [m[1], m[2]] : null;
}
// A person's bio goes on about "he" or "she"; a firm's line about its years does not.
const PERSONAL = /[.!?] (?:He|She|His|Her)\b/;
// The writer introducing themself: "I'm Philip, a ...", "Hi there! I'm Shivya, and ...".
const I_AM = /^(?:(?:hi|hey|hello)(?: there)?[,!]? )?i['’]m \p{Lu}[\p{L}'’-]+[,.!]/iu;
// What the person is: the noun the predicate is about ("a full-time
// freelance writer", "the health and fitness director", "an Associate
// Professor"), not one further on ("an app for writers" is no writer).
const TRADE =
  /^(?:writer|editor|journalist|reporter|contributor|correspondent|columnist|author|blogger|founder|co-founder|ceo|cto|specialist|expert|strategist|consultant|marketer|professor|faculty|lecturer|researcher|scientist|photographer|coach|trainer|analyst|attorney|lawyer|physician|nutritionist|dietitian|director|manager|engineer|designer|producer|advisor|adviser|planner|educator|therapist|psychologist|instructor|executive|officer|president|dean|economist|developer|entrepreneur)s?$/i;
// Where the noun phrase ends: a preposition, a relative pronoun, a verb.
const PHRASE_END = /^(?:for|of|to|with|that|who|which|in|at|on|from|by|whose|living|based)$/i;
const PHRASE_WORDS = 6;

/** Does the predicate after `is a` name a trade within its first words? */
function namesTrade(predicate: string): boolean {
  for (const raw of predicate.split(/\s+/).slice(0, PHRASE_WORDS)) {
    const w = trimEndChars(raw, ',.;:!?)');
    if (TRADE.test(w)) return true;
    if (PHRASE_END.test(w) || w !== raw) return false;
  }
  return false;
}

/**
 * The name a bio line is about ('' for a writer introducing themself),
 * or null when the line is no bio.
 */
function bioName(line: Line, above: Line | undefined): string | null {
  if (line.kind !== 'prose' && line.kind !== 'sentence') return null;
  const t = line.text.trim().replace(BIO_OPENING, '');
  if (I_AM.test(t)) return '';
  const named = NAME_IS.exec(t);
  if (named) return namesTrade(t.slice(named[0].length)) ? named[1] : null;
  const seasoned = experienced(t);
  if (seasoned) {
    // Under the box's name or role line; or, without a box, a full name the next sentence calls he or she
    // (a firm, "Harbour Works has over 20 years of experience", is no person).
    const boxed = !!above && above.words <= BOX_LINE_WORDS && (above.kind === 'heading' || !isText(above));
    const [surname, first] = seasoned;
    if (boxed || (surname && PERSONAL.test(t))) return (surname ?? first)!;
  }
  const first = FIRST_NAME_IS.exec(t);
  if (first && above && above.words <= 4 && above.text.includes(first[1]) && namesTrade(t.slice(first[0].length))) return first[1];
  return underRole(t, above);
}

// An author box's label run into its bio ("About the author: Craig Hull is
// ..."), or a bio set in brackets under a law firm's post ("(Paul Fenaroli is ...").
const BIO_OPENING = /^(?:\(|about the author:\s*)/i;

// A name (an honorific, then two to five words) at the start of a line, the surname captured.
const NAME = /^(?:(?:dr|mr|mrs|ms|prof)\.? )?\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|la|le|da|di|del)){0,3} (\p{Lu}[\p{L}'’-]+)/u;
// After the name: an appositive that says what the person is ("Erik van
// Vulpen, AIHR’s Founder and Dean, has trained ...", "Amanda Furrer,
// Editor, Running Reviews, studied ..."), or a verb of being without an
// article ("Dr Dieter Veldsman is AIHR’s Chief HR Scientist").
const APPOSITIVE = /^, ([^,]{2,90}),/;
const BEING = /^,? (?:is|was|has been|serves as|works as)(?: also)? /;
// One name word over a bio whose box names the role ("Trung is a content writer at ...").
const FIRST_NAME = /^(\p{Lu}[\p{L}'’-]+)(?= (?:is|was|has been|serves as|works as) )/u;

/**
 * A bio under its box's role line ("Founder and Dean", "Editor, Running
 * Reviews", "## Enterprise Sales Executive"): with the role right above,
 * the looser forms are bios too. Without it they are not: "Jones, a
 * professor at MIT, said ..." closes many news stories.
 */
function underRole(t: string, above: Line | undefined): string | null {
  if (!above || above.words > BOX_LINE_WORDS || !namesTrade(headlineText(above))) return null;
  const named = NAME.exec(t) ?? FIRST_NAME.exec(t);
  if (!named) return null;
  const rest = t.slice(named[0].length);
  const appositive = APPOSITIVE.exec(rest);
  if (appositive) return namesTrade(appositive[1]) ? named[1] : null;
  const being = BEING.exec(rest);
  return being && namesTrade(rest.slice(being[0].length)) ? named[1] : null;
}

/**
 * Does the article above name the person? Then the line is about someone
 * the article is about ("Christopher Wray is the director of the FBI"
 * closing a story on Wray), not its writer, whom the body never names.
 */
function namedAbove(lines: Line[], start: number, end: number, name: string): boolean {
  for (let i = start; i < end; i++) if (isText(lines[i]) && lines[i].text.split(/[^\p{L}'’-]+/u).includes(name)) return true;
  return false;
}

// Lines of the box over a bio: the name ("## Jorge Jimenez"), the role
// ("Contributing Writer", "Founder and CEO"), the label ("Written by",
// "About the author").
const BOX_LINE_WORDS = 6;

/** Least article left above the bios for them to be cut (as an end marker needs). */
const ARTICLE_WORDS = 80;

/**
 * The body's end above the author bios it ends with, with their box's
 * short lines; `end` when it ends with none, or when too little article
 * would be left.
 */
export function cutTrailingBios(lines: Line[], start: number, end: number): number {
  let e = end;
  for (;;) {
    const name = e > start ? bioName(lines[e], lines[e - 1]) : null;
    if (name === null) break;
    const above = aboveBox(lines, start, e);
    if (name && namedAbove(lines, start, above + 1, name)) break;
    e = above;
  }
  if (e === end) return bioInTail(lines, start, end);
  let prose = 0;
  for (let i = start; i <= e; i++) if (lines[i].kind === 'prose') prose += lines[i].words;
  return prose >= ARTICLE_WORDS ? e : end;
}

/**
 * A bio that the span runs past: the author box sits between the story and
 * the site's rails ("Sarah Schwartz is a reporter for Education Week ..."
 * over "Related Tags" and "Most Popular Stories"), and the rails' teasers
 * carry the span on. The bio ends the article once the article has had
 * its say and when hardly any prose follows: a tenth of what preceded it.
 * (At a half, as for an end-of-article heading, it cut listicles: a course
 * list's instructor, "Martin Perhiniak is an experienced designer", and a
 * review site's author box set two thirds of the way down.)
 */
const TAIL_SHARE = 0.1;

function bioInTail(lines: Line[], start: number, end: number): number {
  let total = 0;
  for (let i = start; i <= end; i++) if (lines[i].kind === 'prose') total += lines[i].words;
  let prose = lines[start].kind === 'prose' ? lines[start].words : 0;
  for (let i = start + 1; i <= end; i++) {
    const l = lines[i];
    // The prose after this line, its own words aside.
    const after = total - prose - (l.kind === 'prose' ? l.words : 0);
    if (prose >= ARTICLE_WORDS && after < prose * TAIL_SHARE) {
      const name = bioName(l, lines[i - 1]);
      if (name !== null) {
        const above = aboveBox(lines, start, i);
        if (!name || !namedAbove(lines, start, above + 1, name)) return above;
      }
    }
    if (l.kind === 'prose') prose += l.words;
  }
  return end;
}

/** The last line above the bio at `bio` and its box's short lines (name, role, label). */
function aboveBox(lines: Line[], start: number, bio: number): number {
  let above = bio - 1;
  while (above > start && lines[above].words <= BOX_LINE_WORDS && (lines[above].kind === 'heading' || !isText(lines[above]))) above--;
  return above;
}
