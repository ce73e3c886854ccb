import { MAX_RARITY, rarity } from '../../language/rarity.js';
import { calendarOf } from '../../language/calendar-words.js';
import { trimEndChars } from '../normalise.js';
/**
 * Author names from bylines ("By Ken Moritsugu and Dasha Litvinova, AP"),
 * meta tags ("Jane Doe, John Roe") and wire sign-offs ("Moritsugu reported
 * from Beijing." names the reporter).
 */
// A byline that names its kind of piece before its writer: "Text by Hunter Dukes", "Guide by Will Judd",
// "A commentary by ...", "Analysis by ...", and in German "Ein Kommentar von ...", "Eine Analyse von ...".
const PIECE =
  '(?:(?:Text|Words|Story|Guide|Reporting|Article|(?:An? )?(?:[Cc]ommentary|[Aa]nalysis|[Oo]pinion|[Cc]olumn|[Ee]ssay|[Ii]nterview)) by|(?:Ein |Eine )?(?:Kommentar|Analyse|Gastbeitrag|Essay|Kolumne|Interview) von)';
/** A line opening so, as the line rules read it (capitalised). */
export const PIECE_BY = new RegExp(`^${PIECE} `);
/** A name's lower-case particles ("Ursula von der Leyen", "Jan van der Berg", "María de la Cruz", "Ibn al Haytham"), as a pattern. */
export const NAME_PARTICLES = '(?:van|von|der|den|de|del|della|dei|di|da|du|do|dos|das|la|le|ten|ter|zu|bin|ibn|al|el)';
// What shows a "Door" byline Dutch: a Dutch particle or "en" joining two
// names ("Door Jan de Vries"). An English menu opens with the word too
// ("Door Locks & Smart Locks"); the line rules read Dutch bylines by it as well.
export const DUTCH_NAME_SIGN = '(?:van|de|der|den|ten|ter|en)';
/** The word "by" before a byline's names, in the languages wire services write in (Dutch "Door" apart: see DUTCH_NAME_SIGN). */
export const BY_WORDS = ['by', 'von', 'par', 'por', 'di'];
// What a byline opens with before its names, in any case; Dutch "Door" only before its sign.
const BYLINE_OPENING = new RegExp(`^(?:${PIECE}|${BY_WORDS.join('|')}|door(?= .* ${DUTCH_NAME_SIGN} )) `, 'i');

// Bylines are folded to single spaces and at most MAX_BYLINE long before these run.
const ROLE_TAIL = /(?: ?[,|–—-] ?| )(?:(?:The\s+)?Associated Press|AP|Reuters|AFP|Staff(?: Writer| Reporter)?|Correspondent|Contributor|Editor|Senior [A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+ Correspondent|For [A-Z][\w ]+|(?:Former|Deputy|Contributing|Associate|Managing|Executive|Lead|Chief) (?:[A-Z][a-z]+ ){0,3}(?:Editor|Writer|Reporter))$/;
// One name, then its staff: "Resy Staff", "Podium Staff" (a person's role follows two words or a comma: "Jane Doe, Staff Writer").
const HOUSE_STAFF = /^\p{Lu}[\p{L}\d.&'’-]* Staff$/u;
/** A house's team credited as one ("the Lavazza Team", "The Upwork Team", "The Currency editors"), the article "the" and all. */
export const HOUSE_TEAM = /^[Tt]he \p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,3} (?:[Tt]eam|[Ss]taff|[Ee]ditors|[Dd]esk)$/u;
// "and" in the languages bylines are written in: "und", "et", "y", "e", "en".
const NAME_SEPARATOR = / ?(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|;|\|) ?/;
/** Longer than any byline ("By A, B and C, Associated Press"): a paragraph, not a byline. */
const MAX_BYLINE = 300;

export function parseBylines(raw: string[]): string[] {
  const out: string[] = [];
  for (const r of raw) {
    let s = withoutRunInField(r.replace(/\s+/g, ' ').trim().replace(BYLINE_OPENING, ''));
    if (s.length > MAX_BYLINE) continue;
    // "By Resy Staff", "Podium Staff": a house's staff is the credit, and
    // the house's name alone would credit the outlet, not its writers.
    if (!HOUSE_STAFF.test(s)) for (let i = 0; i < 2; i++) s = s.replace(ROLE_TAIL, '');
    for (const part of withoutRoles(s.split(NAME_SEPARATOR_KEPT))) {
      const name = cleanName(part.trim());
      if (name.length < 3 || name.length > 60 || /\d|@|\[|https?:/.test(name)) continue;
      if (!/^\p{Lu}/u.test(name) && !HOUSE_TEAM.test(name)) continue;
      // Words glued by a converter ("Wedding ChecklistsJust EngagedWedding
      // Planning", a breadcrumb's links): a name's inner capital follows a
      // short prefix ("McNally", "LeBron"), and a brand's one word
      // ("ServiceTitan", "IndustrySelect"), not word after word.
      if ((name.match(/\p{Ll}{5}\p{Lu}/gu)?.length ?? 0) >= 2) continue;
      if (!out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  return out;
}

/**
 * A name as a credit's field holds it, without what came with it: a
 * label's opening ("View all posts by Craig Randall", "Author: Michael
 * Ansaldo"), a picture's ("Matt Eland avatar", "Brett Cruz Headshot",
 * "Derek Seaman Photo"), a photo credit's "via" ("Laura via One Fab Day"),
 * a category's "in" ("Gabriel Gonzalez in Uncategorized"), a reading time's
 * label, the writer's job run on after the name ("Emma Ryan Writer",
 * "Meghan Neville Content Marketing Coordinator", "Will Judd Former Deputy
 * Tech"), and converter marks. Empty when nothing of a name is left: a
 * job alone ("Master Gardener"), a field's label ("Name", "Author"), a
 * month ("Feb" of a date's field), a script's "undefined".
 */
function cleanName(raw: string): string {
  let name = withoutTrailingMarks(raw.replace(NAME_LABEL, '').replace(NAME_TAIL, ''));
  if (PICTURE_TAIL.test(name)) {
    name = name.replace(PICTURE_TAIL, '');
    if (!name.includes(' ')) return '';
  }
  const words = name.split(' ');
  // A job's opening word, not any job's noun ("The Luxury Travel Expert" is
  // a site's name), and only after a person's first name ("AAA Travel
  // Editor" is a house's credit).
  const job = /^\p{Lu}\p{Ll}/u.test(name) ? words.findIndex((w, i) => i >= 2 && RUN_ON_JOB.test(w)) : -1;
  if (job >= 2) name = words.slice(0, job).join(' ');
  // A degree run on after a person's name ("Kim Rose-Francis RDN", "Jeffrey A. Slotnick CPP").
  // Not one word of an outlet in capitals ("Brian Truitt USA TODAY").
  else if (words.length >= 3 && /^\p{Lu}\p{Ll}/u.test(name) && CREDENTIAL.test(words[words.length - 1]) && /\p{Ll}/u.test(words[words.length - 2])) name = words.slice(0, -1).join(' ');
  else if (words.every((w) => RUN_ON_JOB.test(w) || BYLINE_ROLE.test(w))) return '';
  // A label alone names no one; a house's "Staff" does.
  if ((ROLE_ONLY.test(name) && name.toLowerCase() !== 'staff') || PLACEHOLDER.test(name)) return '';
  // A month's or a weekday's name alone ("Feb"; not the months that are first names, "May").
  return !name.includes(' ') && NOT_A_NAME_START.test(name) ? '' : name;
}
const NAME_LABEL = /^(?:view all posts by|(?:more )?posts by|author:|authors:)\s*/i;
// (Names come folded to single spaces.)
const NAME_TAIL = / (?:via [\s\S]*|in \p{Lu}\S*|(?:average )?reading time:?)$/u;
const PICTURE_TAIL = / (?:photo|avatar|headshot|logo|image|picture|profile picture)$/i;
// Words that open a job run on after a name, or are one ("Content Marketing Coordinator", "Former Deputy Tech Editor").
const RUN_ON_JOB =
  /^(?:former|senior|sr\.?|junior|deputy|chief|head|lead|contributing|associate|managing|executive|master|content|writer|reporter|editor|coordinator|correspondent|columnist|contributor|journalist|gardener)$/i;
// A script's placeholder, a pager's links ("Previous Next").
const PLACEHOLDER = /^(?:undefined|null|(?:previous|next|prev|older|newer)(?: (?:previous|next|prev|older|newer))?)$/i;

/**
 * A name without the marks a converter left after it: a separator's bullet
 * or dot ("Workzone Team•", "Meaghan Weeden ●", "Emily Baron Cadloff·"),
 * bold's asterisks ("Jacob Trussell**"), a sentence's full stop ("Kendall
 * Breitman.") or a possessive's apostrophe ("Pete Ohs’"). An initial's or
 * a suffix's full stop stays ("A. J.", "Jr.", "Sr.").
 */
function withoutTrailingMarks(name: string): string {
  const t = trimEndChars(name, ' •●·*|’\'');
  return /\p{Ll}{3}\.$/u.test(t) && !/\b(?:Jr|Sr|St)\.$/.test(t) ? t.slice(0, -1) : t;
}

// A writer's job beside the name, one of a byline's fields: "Senior Director", "Home Security Expert", "Co-Founder", "COO".
const BYLINE_ROLE =
  /\b(?:expert|specialist|manager|director|officer|consultant|president|founder|co-founder|ceo|coo|cto|cfo|cmo|vp|analyst|journalist|columnist|editor|writer|reporter|contributor|correspondent|coordinator|educator|strategist|engineer|researcher|scientist|professor|attorney|lawyer|nutritionist|dietitian|therapist|horticulturalist|reviewer|marketer)\b/i;
// The separators between a byline's names, kept by the split (at odd indexes) so a role's own "and" can be told.
const NAME_SEPARATOR_KEPT = new RegExp(`(${NAME_SEPARATOR.source})`);
const JOINING = /^ ?(?:&|and) ?$/;
const CREDENTIAL = /^(?:[A-Z]{2,6}|Ph\.? ?D\.?|M\.D\.|D\.O\.|R\.N\.)®?$/;

/**
 * A byline's names without the jobs written beside them: "Paul Frew, Home
 * and Digital Security Expert & Gene Petrino, Home Security Expert" names
 * two people, "Daniel Burstein, Senior Director, Content & Marketing,
 * MarketingSherpa" one. A field after the first that holds a job's noun is
 * a role; so is the one word its own "and" split from it ("Home" of "Home
 * and Digital Security Expert"), and so is what follows a role (its
 * department, its company: "Sr. Director of Operations, Atlas Van Lines")
 * up to the next writer, a name-shaped field joined on by "&" or "and".
 * `split` is the byline split at its separators, kept at the odd indexes.
 */
function withoutRoles(split: string[]): string[] {
  if (split.length === 1) return split;
  const parts = split.filter((_, i) => i % 2 === 0).map((p) => p.trim());
  const seps = split.filter((_, i) => i % 2 === 1);
  const keep = parts.map(() => true);
  let afterRole = false;
  for (let i = 1; i < parts.length; i++) {
    // A degree or a certification after the name ("Dylan Bailey, MS, RD, FAND", "Matthew Frankel, CFP").
    if (CREDENTIAL.test(parts[i])) keep[i] = false;
    else if (BYLINE_ROLE.test(parts[i])) {
      keep[i] = false;
      afterRole = true;
      if (i >= 2 && JOINING.test(seps[i - 1]) && seps[i - 2].trim() === ',' && !parts[i - 1].includes(' ')) keep[i - 1] = false;
    } else if (afterRole) {
      // The next writer is joined on ("& Gene Petrino"); a comma after a role brings the employer ("Atlas Van Lines").
      if (JOINING.test(seps[i - 1]) && isNameShaped(parts[i])) afterRole = false;
      else keep[i] = false;
    }
  }
  return parts.filter((_, i) => keep[i]);
}

// A credit line's next field run into the name, as converters print
// adjacent spans: "Korin MillerPublished:", "Kathryn GiuffridaMar 5",
// "Gabby BoucherIn Budget Travel", "Richard Garner Updated", "Bhaval Patel
// Last Updated:", "Jeff Cobb. Last Updated", "A. J. Neal View In Digital
// Edition". Glued: a label or a month's name right after a lower-case
// letter (not May, June or July: "LeMay" is a name). Spaced: a label after
// the name, to the end.
const GLUED_FIELD = /(?<=\p{Ll})(?:Published|Updated|Posted|Reviewed|Last|In|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|August|September|October|November|December)\b/u;
// (Matched on a credit with its white space folded: everything from the label on goes.)
const SPACED_FIELD = /(?:\. ?| )(?:Last Updated|Updated|Published|Posted|Reviewed|View In|In)\b/u;
// A credit that opens with its label: the writer's ("Posted by Soliant")
// is read on; a reviser's or a checker's ("Updated by Jon Linkov") is not
// the author's, and nor is a label alone ("Updated").
const WRITER_LABEL = /^(?:Posted|Published|Written) by /;
// A label that ends in "by" with no one after it ("Researched by", "Illustrated by") credits no one.
const OTHER_CREDIT = /^(?:(?:Last )?(?:Updated|Published|Posted|Reviewed|Edited|Fact[- ]checked)(?: on)?:?$|(?:Updated|Reviewed|Edited|Fact[- ]checked) by\b|\p{L}+ by:?$)/u;

function withoutRunInField(credit: string): string {
  const name = credit.replace(WRITER_LABEL, '');
  if (OTHER_CREDIT.test(name)) return '';
  const glued = name.search(GLUED_FIELD);
  const cut = glued >= 0 ? name.slice(0, glued) : name;
  const spaced = cut.search(SPACED_FIELD);
  return (spaced > 0 ? cut.slice(0, spaced) : cut).trim();
}

export function namesFromSignOff(line: string): string[] {
  const m = line.match(/^(.+?) (?:reported|wrote|filed) from /);
  if (!m) return [];
  return parseBylines([m[1]]);
}

/**
 * A label alone on its line whose name is the next line: "Written by",
 * "Article by:", "Posted by", "Author", "About the author", "Meet the
 * Writer", "Autorin:". "Authors" alone is a menu's link to the site's
 * author pages; with a colon it heads the names.
 */
export const AUTHOR_LABEL =
  /^(?:(?:(?:article |post )?(?:written|authored|posted|words)|article|post) by|by|author|autor|autorin|auteur|auteure|autora|autore|about the author|meet the (?:author|writer))\s*:?$|^(?:authors|autoren|auteurs|autores)\s*:$/i;
// "Written by: Elise Nass", "By: FlowGuard EMEA on 04-ago-2021", "Article written by Jane Doe", "Words by Kate Shokurova":
// the one opening of a line that credits its writer, read by the byline, date and text-path credit rules alike.
const WRITER_CREDIT = /^(?:(?:article |post )?(?:written|authored|posted|published|words) by|by)(?:\s*:\s*|\s+)?/i;
// "Author: Nirmita Panchal", "Author Jane Doe", "Authors:Aniruddha Roy, Jyoti Patel", "Autorin: Eva Müller"
// ("Authorities Governing Board Actions" credits no one).
const AUTHOR_LEAD = /^(?:authors?(?:\s*:\s*|\s+)|(?:autor|autorin|autoren|auteur|auteure|auteurs|autora|autore|autores)\s*:\s*)(?=\S)/i;

/**
 * The name a writer's credit opening a line gives, with what follows it
 * ("Jane Doe" of "By: Jane Doe", "Moses Kim | April 8, 2024" of "Written by
 * Moses Kim | April 8, 2024"), or null when the line opens with none.
 */
export function afterWriterCredit(line: string): string | null {
  const m = WRITER_CREDIT.exec(line);
  if (!m) return null;
  // The name opens in capitals, even where inline markup glued the credit
  // to it ("ByDaryl Austin", "Written byAAA Travel Editor"): "By using this
  // site", "Byzantine" and "bypass" credit no one.
  const rest = line.slice(m[0].length);
  return /^\p{Lu}/u.test(rest) ? rest : null;
}

/** The names after an author's label on its line ("Nirmita Panchal" of "Author: Nirmita Panchal"), or null. */
function afterAuthorLabel(line: string): string | null {
  const m = AUTHOR_LEAD.exec(line);
  return m ? line.slice(m[0].length) : null;
}

// "Published August 7, 2023 by Nicole Burke", "September 1st, 2023 By Emily Norwood": a date line that ends in its author.
const DATED_BY = /\d{4}\s*(?:[|·•,-]\s*)?by:?\s+(.+)$/i;
// Where a name ends inside a credit line: a date, a separator, "on <date>" or "on <weekday>"
// (parseBylines then splits names at commas and drops wire roles).
// An en or em dash ends a name wherever it sits ("by Jacob Trussell—10 min read"): names are hyphenated, not dashed.
const NAME_END = /[–—]|\s+(?:on\s+\d|on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|[-–—|·•⋅]\s|\d{1,2}(?:st|nd|rd|th)?[ ,]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)/i;

// Credit lines are short: longer lines are prose, and are skipped before
// DATED_BY and NAME_END (not linear in general) run.
const MAX_CREDIT = 120;

/**
 * Names from the credit lines around a headline, when the page declares no
 * author: "By Scott Pletcher", "Written by" over "Edzel Tabing", "Published
 * August 7, 2023 by Nicole Burke", "By Dr. Vahid Osman - Mar 27, 2024".
 * The first credit found wins; a reviewer ("Reviewed by") is not the author.
 */
export function namesFromCredits(lines: string[]): string[] {
  // The lines come from normalised text (runs of spaces folded already), so
  // the length test can come first: most lines near a headline are prose.
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > MAX_CREDIT + 2) continue;
    const line = lines[i].trim();
    if (!line) continue;
    let rest: string | null = null;
    if (AUTHOR_LABEL.test(line)) rest = lines[i + 1]?.trim() ?? null;
    else rest = afterWriterCredit(line) ?? afterAuthorLabel(line) ?? line.match(DATED_BY)?.[1] ?? writerField(line);
    if (!rest || rest.length > MAX_CREDIT) continue;
    const cut = rest.search(NAME_END);
    const names = parseBylines([cut >= 0 ? rest.slice(0, cut) : rest]).filter((n) => n.split(' ').length <= 5);
    if (names.length) return names;
  }
  return [];
}

/**
 * What sets a credit line's fields apart: a dash, a bar or a dot between
 * spaces. "Medically reviewed by Kim Rose-Francis RDN — Written by Jillian
 * Kubala, MS, RD — Updated on March 7, 2025", "Dec 26, 2025 • Mahua Das in
 * Project Management", "December 15, 2025 · 30 min · Ash Vardanian".
 */
export const CREDIT_FIELD = / [—|·•⋅] /;

/** The writer's field of a credit line of fields ("Jillian Kubala, MS, RD" of the line above), or null. */
function writerField(line: string): string | null {
  if (!CREDIT_FIELD.test(line)) return null;
  for (const field of line.split(CREDIT_FIELD).slice(1)) {
    const rest = afterWriterCredit(field.trim());
    if (rest) return rest;
  }
  return null;
}

// "About the author Paramita Ghosh", "Recipe by PJ Hamel", "Guide by Will Judd".
const BOX_LEAD = /^(?:about the author|meet the author|(?:\p{L}+ )?by)\s*:?\s+/iu;
// A "by" inside the box, unless it credits a reviewer, an editor or a photographer.
const BOX_BY = /(?<!\b(?:reviewed|edited|checked|photos?|photographs?|illustrations?|images?) )\bby:? (\p{Lu}.*)$/su;
// What an author box adds to the name: "Writer", "Founder at Oakywood", "7 min read"
// (box texts are folded to single spaces).
const BOX_TAIL = / (?:writer|author|editor|contributor|founder|co-founder|head|senior|staff|reporter|columnist|\d+ min)\b.*$/is;
const ROLE_ONLY = /^(?:author|authors|writer|editor|contributor|staff|admin|administrator|guest|name|reporter|columnist)$/i;
// A title beside the name: "Cort Honey, Home- and Digital-Security Expert", "Jane Roe, Senior Director".
const ROLE_WORD = /\b(?:expert|specialist|manager|director|officer|consultant|president|ceo|cto|coach|nutritionist|dietitian|journalism|grader)\b/i;
// A box that opens with its date or a label ("Dec. 19, 2025 · Niko Matsakis",
// "Updated January 08, 2026 Written by Meghan Neville") names no one first
// (but the months that are first names open one: "Jan de Vries", "April
// Fulton", "May Wong", "June Carter", "August Wilson");
// nor does a menu entry or a heading that opens with a preposition, an
// article, a question word or a possessive ("About Physical Activity",
// "How It Works", "Our Team"), however rare its other words.
const NOT_A_NAME_START = notANameStart();

/** English month and weekday names (`calendar-words.ts`, with the weekdays' short forms), and those opening words. */
function notANameStart(): RegExp {
  const en = calendarOf('en')!;
  const abbreviated = [...en.shortMonths, 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun'];
  const firstNames = new Set(['jan', 'april', 'may', 'june', 'august']);
  const calendar = [...en.months, ...en.weekdays, ...abbreviated].filter((w) => !firstNames.has(w));
  const words = 'updated|published|posted|written|last|share|follow|more|view|read|see|about|the|a|an|how|what|why|when|where|who|for|with|from|to|in|on|at|of|and|or|your|our|my|all|this|these';
  return new RegExp(`^(?:(?:${abbreviated.join('|')})\\.|${calendar.join('|')}|${words})$`, 'i');
}

// Each word of a name is capitalised, but for particles ("Nick van Mead", "Ana de la Cruz").
const NAME_WORD = new RegExp(`^(?:\\p{Lu}|${NAME_PARTICLES}$)`, 'u');

/**
 * Names from the elements a theme names for the author ("author-name",
 * "c-byline__author"), when nothing else names one: "Dakota Hebert July 3,
 * 2025", "Matteo Laratta | Author", "Rachel Macdonald Writer", "Updated
 * January 08, 2026 Written by Meghan Neville". The first element that
 * yields a name wins.
 */
export function namesFromAuthorBoxes(texts: string[]): string[] {
  for (const t of texts) {
    if (t.length > MAX_CREDIT) continue;
    const credited = namesFromCredits([t]);
    if (credited.length) return credited;
    // "Updated January 08, 2026 Written by Meghan Neville": the name follows its "by".
    const by = t.match(BOX_BY);
    let rest = by ? by[1] : t.replace(BOX_LEAD, '');
    const cut = rest.search(NAME_END);
    if (cut >= 0) rest = rest.slice(0, cut);
    rest = rest.replace(BOX_TAIL, '');
    const names = parseBylines([rest]).filter((n) => isNameShaped(n));
    if (names.length) return names;
  }
  return [];
}

function isNameShaped(n: string): boolean {
  const words = n.split(' ');
  return words.length >= 2 && words.length <= 5 && !ROLE_WORD.test(n) && !ROLE_ONLY.test(n) && !NOT_A_NAME_START.test(words[0]) && words.every((w) => NAME_WORD.test(w));
}

// Below this rarity (bits: "find" 10.1, "team" 12.6; "smith" 14.6, and "gralberg"
// not in the list at all) a word is everyday English.
const COMMON_WORD = 14;

/**
 * A line that is only a name ("Julia Gralberg", "Christopher S. Penn",
 * "EDB Team"): two to four capitalised words, no punctuation beyond a
 * name's, and at most one of them an everyday English word, where a menu
 * or a heading ("Find A Location", "Healthy Eating Tips") is made of them.
 */
export function isNameLine(line: string): boolean {
  let answer = nameLineAnswers.get(line);
  if (answer === undefined) {
    if (nameLineAnswers.size >= NAME_LINE_MEMO) nameLineAnswers.clear();
    nameLineAnswers.set(line, (answer = readsAsNameLine(line)));
  }
  return answer;
}

// The title and credit searches ask about the same lines again and again
// (the line under each headline candidate, and under its neighbours): half
// of the calls on the dev pages were repeats. The answer depends on the line
// alone; a page's lines fit many times over.
const NAME_LINE_MEMO = 4096;
const nameLineAnswers = new Map<string, boolean>();

function readsAsNameLine(line: string): boolean {
  const t = line.trim();
  if (!/^[\p{L}.'’ -]+$/u.test(t) || !isNameShaped(t)) return false;
  const words = t.split(' ');
  if (words.length > 4) return false;
  return words.filter(isCommonWord).length <= 1;
}

/**
 * A one-word name: a blogger's first name or handle ("Kev", "Wyndo",
 * "Stefan"), capitalised, and a word the English word list does not hold
 * at all, where a section's label is an English word ("Technology",
 * "Opinion", "Business").
 */
export function isOneWordName(line: string): boolean {
  const t = line.trim();
  return /^\p{Lu}\p{Ll}{2,}$/u.test(t) && !TOPIC_SUFFIX.test(t) && rarity(t.toLowerCase()) >= MAX_RARITY;
}

// The endings of a topic's name the word list may lack ("Nutrition",
// "Wellness", "Homesteading", "Sustainability", "Parenting").
const TOPIC_SUFFIX = /(?:tion|sion|ness|ment|ity|ing|ogy|ics|ism|ship|ance|ence)$/;

/** A name line none of whose words is common English: "Andrei Zakhareuski", not "Key Takeaways" or "Podium Staff". */
export function isUncommonNameLine(line: string): boolean {
  return isNameLine(line) && !line.trim().split(' ').some(isCommonWord);
}

function isCommonWord(w: string): boolean {
  return rarity(w.toLowerCase().replace(/[.'’-]/g, '')) < COMMON_WORD;
}
