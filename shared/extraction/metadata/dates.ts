// Locales one by one: the package root loads all sixteen (about 4x the import
// time and bundle size). Italian's parser alone is 15 KB of the bundle:
// Italian pages name their months in English before the English parser.
import * as chrono from 'chrono-node/en';
import * as de from 'chrono-node/de';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as nl from 'chrono-node/nl';
import * as pt from 'chrono-node/pt';
import { foldForTerms as foldWord } from '../normalise.js';
import { calendarOf } from '../../language/calendar-words.js';
import { afterWriterCredit } from './authors.js';

/**
 * Publication-date helpers. Every date we keep is ISO 8601 and never later
 * than the fetch time: a page that mentions "tomorrow's" horoscope date or an
 * event next month must not move the article into the future.
 */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * How the page writes dates. English pages here are mostly American, and
 * read "04.02.2026" month first; nearly every other language writes the
 * day first ("04.02.2026, 14:32 Uhr", "04/02/2026 à 14h32" are 4 February)
 * and names months in its own words ("4. Februar 2026", "4 février 2026",
 * "4 de febrero de 2026"). A page in another language is read with its
 * language's parser, then with English that puts the day first.
 */
interface DateReading {
  parsers: chrono.Chrono[];
  /** The language's month and weekday names and the words around a date ("am", "Uhr", "le", "à", "de"), folded. */
  words: ReadonlySet<string> | null;
  /** A month name of the language, for the cheap test before the parser. */
  month: RegExp | null;
  /** The text with its month names in English, for a language read by the English parser (the text as it is for the others). */
  inEnglish: (text: string) => string;
}

const asWritten = (text: string) => text;
const ENGLISH: DateReading = { parsers: [chrono.strict], words: null, month: null, inEnglish: asWritten };
const ENGLISH_DAY_FIRST = new chrono.Chrono(chrono.configuration.createConfiguration(true, true));

// Per language: its parser (none: English, after the months are named in
// English), and the words a date line holds there besides month and
// weekday names (`calendar-words.ts`): "am ... um ... Uhr", "le ... à",
// "de ... de", "il ... alle ore", labels.
const LANGUAGES: Record<string, { parser: chrono.Chrono | null; words: string; at?: string }> = {
  de: { parser: de.strict, words: 'am um uhr vom den stand veröffentlicht aktualisiert' },
  fr: { parser: fr.strict, words: 'le à h publié mis jour' },
  es: { parser: es.strict, words: 'de del el a las h publicado actualizado' },
  pt: { parser: pt.strict, words: 'feira de às h publicado atualizado' },
  nl: { parser: nl.strict, words: 'om uur gepubliceerd bijgewerkt' },
  it: { parser: null, words: 'il alle ore pubblicato aggiornato', at: 'alle ore|alle|ore' },
};
const readings = new Map<string, DateReading>();

function readingFor(language: string | null): DateReading {
  if (!language || language === 'en') return ENGLISH;
  let r = readings.get(language);
  if (!r) {
    const own = Object.hasOwn(LANGUAGES, language) ? LANGUAGES[language] : null;
    const calendar = own ? calendarOf(language) : null;
    const months = calendar ? [...calendar.months, ...calendar.shortMonths].map(foldWord) : [];
    r = {
      parsers: own?.parser ? [own.parser, ENGLISH_DAY_FIRST] : [ENGLISH_DAY_FIRST],
      words: own ? new Set([...months, ...[...calendar!.weekdays, ...own.words.split(' ')].map(foldWord)]) : null,
      month: own ? new RegExp(`\\b(?:${months.join('|')})\\b`) : null,
      inEnglish: own && !own.parser && calendar ? inEnglishWords(calendar, own.at ?? null) : asWritten,
    };
    readings.set(language, r);
  }
  return r;
}

/**
 * Name a language's months in English ("4 febbraio 2026" -> "4 February
 * 2026"; short forms by the month they open: "4 giu 2026" -> "4 June
 * 2026"), and its word before a clock time ("alle ore 14:32" -> "at 14:32":
 * the parser joins a date and a time only so).
 */
function inEnglishWords(calendar: NonNullable<ReturnType<typeof calendarOf>>, at: string | null): (text: string) => string {
  const english = calendarOf('en')!.months.map((m) => m[0].toUpperCase() + m.slice(1));
  const names = new Map<string, string>(calendar.months.map((m, i) => [m, english[i]]));
  for (const short of calendar.shortMonths) {
    const i = calendar.months.findIndex((m) => m.startsWith(short));
    if (i >= 0) names.set(short, english[i]);
  }
  const month = new RegExp(`(?<!\\p{L})(?:${[...names.keys()].join('|')})(?!\\p{L})\\.?`, 'giu');
  const beforeTime = at ? new RegExp(`(?<!\\p{L})(?:${at})\\s+(?=\\d{1,2}[:.]\\d\\d)`, 'giu') : null;
  return (text) => {
    const named = text.replace(month, (m) => names.get(m.replace('.', '').toLowerCase())!);
    return beforeTime ? named.replace(beforeTime, 'at ') : named;
  };
}

let reading: DateReading = ENGLISH;
// What the parser made of each text during one `withPageLanguage` call. A
// page's date line is read up to four times (for its kind, then as its
// headline's, its credit's and its header's date), and the parser is the
// text path's costliest step: a third of its calls on the dev pages were
// repeats. Kept for one page only, so that no page's cost depends on the
// pages read before it; outside a page (a lone call) nothing is kept.
let parsedOnPage: Map<string, chrono.ParsedResult[]> | null = null;

/**
 * Run `read` (an extraction of one page) reading dates as a page in
 * `language` (ISO 639-1; null or "en": English) writes them. Extraction is
 * synchronous: the setting holds for exactly the call.
 */
export function withPageLanguage<T>(language: string | null, read: () => T): T {
  const saved = [reading, parsedOnPage] as const;
  reading = readingFor(language);
  parsedOnPage = new Map();
  try {
    return read();
  } finally {
    [reading, parsedOnPage] = saved;
  }
}

/** Does extraction read dates differently on a page in this language? */
export function readsDatesOwnWay(language: string | null): boolean {
  return readingFor(language) !== ENGLISH;
}

function parseDates(text: string, reference: Date): chrono.ParsedResult[] {
  if (!parsedOnPage || reference.getTime() !== 0) return parseNow(text, reference);
  let results = parsedOnPage.get(text);
  if (!results) parsedOnPage.set(text, (results = parseNow(text, reference)));
  return results;
}

function parseNow(text: string, reference: Date): chrono.ParsedResult[] {
  for (const parser of reading.parsers) {
    const results = parser.parse(text, reference, { forwardDate: false });
    if (results.length) return results;
  }
  return [];
}

/** MAYBE_DATE, or a month named in the page's language. */
function maybeDate(line: string): boolean {
  return MAYBE_DATE.test(line) || (reading.month !== null && reading.month.test(foldWord(line)));
}

/** Parse a machine date (ISO, RFC 2822, epoch seconds) to ISO, or null. */
export function parseMachineDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (!v) return null;
  if (ISO_DAY.test(v)) return v;
  if (/^\d{10}$/.test(v)) return new Date(Number(v) * 1000).toISOString();
  // Compact forms used by some CMSs: 20260204 or 20260204T101500Z.
  const compact = v.match(/^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?Z?)?$/);
  if (compact) {
    const [, y, m, d, hh, mm, ss] = compact;
    return hh ? `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}Z` : `${y}-${m}-${d}`;
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(v)) {
    const withT = v.replace(' ', 'T');
    const t = Date.parse(withT);
    // Keep the page's own offset: converting to UTC would move evening
    // publications to the next day.
    if (!Number.isNaN(t)) return hasZone(withT) ? withT.replace(/\.\d+(?=Z|[+-])/, '') : withT.slice(0, 19);
  }
  if (/[a-z]/i.test(v)) return parseHumanDate(v);
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function hasZone(v: string): boolean {
  return /(?:Z|[+-]\d{2}:?\d{2})$/.test(v);
}

/**
 * Parse a date written for people ("Wednesday, February 4, 2026",
 * "4 Feb 2026 10:30 GMT"). Only strict, complete dates count: a bare weekday
 * or "yesterday" is too weak to be a publication date.
 */
export function parseHumanDate(written: string, reference?: Date): string | null {
  const text = reading.inEnglish(written);
  // Inline elements run together in a page's text ("July 30, 2019January
  // 18, 2023", "DECEMBER 22, 2022Updated: ..."): a year glued to the next
  // word would hide the first date, and so would one glued to a clock time
  // or a reading time ("October 17, 20236:01 PM ET", "Mar 27, 20255 mins"),
  // or a month glued to the name before it ("By Kathryn GiuffridaMar 5, 2025").
  // Two dates run together are set apart as two fields: with a mere space
  // between them the parser reads only the second. They are a post's
  // publication and its update, in either order ("May 21, 2025April 24,
  // 2025 by The Ritualist"): the earlier is the publication.
  const unglued = readableDots(text).replace(/\b((?:19|20)\d\d)(?=\p{Lu})/gu, '$1 | ');
  const spaced = unglued.replace(/\b((?:19|20)\d\d)(?=\d{1,2}(?::\d\d|\s?min))/g, '$1 ').replace(GLUED_MONTH, '$1 $2');
  return firstCompleteDate(parseDates(spaced, reference ?? new Date(0)), spaced, unglued !== text);
}

const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// The day's ordinal dot of German-speaking and Central European pages in
// English ("19. December 2025", "December 19. 2025"), which the parser does
// not read: the dot goes, or becomes the comma before the year.
const DOT_BEFORE_MONTH = new RegExp(`\\b(\\d{1,2})\\.(?=\\s${MONTH_NAME}\\b)`, 'gi');
const DOT_BEFORE_YEAR = new RegExp(`\\b(${MONTH_NAME}\\.?\\s\\d{1,2})\\.(?=\\s(?:19|20)\\d\\d\\b)`, 'gi');

// "May" is no abbreviation, but templates that abbreviate the other months
// print it with their dot too ("Fri., May. 3, 2013 11:45 AM PDT"), and the
// parser then reads only the time.
const MAY_DOT = /\bMay\.(?= \d)/g;

/** The date without the dots the parser does not read: a day's ordinal dot, and May's borrowed one. */
function readableDots(text: string): string {
  return text.includes('. ') ? text.replace(DOT_BEFORE_MONTH, '$1').replace(DOT_BEFORE_YEAR, '$1,').replace(MAY_DOT, 'May') : text;
}

// Text from a tokenised corpus, or a template that spaces its fields,
// prints a date's punctuation apart ("05 / 02 / 2013", "2013 - 09 - 26",
// "1: 35 p. m."), which the parser reads as no date, or as an hour without
// its minutes; and a blog theme's "Jan 17, 2025 @ 01:39 PM" says "at",
// without which the parser reads a date and a time of no day.
const SPACED_TIME = /\b(\d{1,2}) ?: (?=\d\d(?!\d))/g;
const SPACED_NUMERIC_DATE = /\b(\d{1,4}) ([/-]) (\d{1,2}) \2 (\d{1,4})\b/g;
const SPACED_MERIDIEM = /\b([ap])\. m\./gi;
const AT_SIGN = / @ (?=\d)/g;

function closedUp(text: string): string {
  if (!/\d [:/@-] ?\d|\d: \d|\. m\./.test(text)) return text;
  return text.replace(SPACED_TIME, '$1:').replace(SPACED_NUMERIC_DATE, '$1$2$3$2$4').replace(SPACED_MERIDIEM, '$1.m.').replace(AT_SIGN, ' at ');
}

// A month in capitals too, as a theme's kicker prints it ("Mental HealthDECEMBER 22, 2022").
const GLUED_MONTH = /(\p{Ll})((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\s\d)/gu;

/**
 * The first complete date of a parse. A line that gives both ("Updated
 * November 11, 2022 8:23 PM ET Originally published November 9, 2022"):
 * the publication, named so or at least not named an update; of dates run
 * together (`earliest`), the earliest such. A time with a zone keeps its
 * offset, so the day stays the one the page shows.
 */
function firstCompleteDate(results: chrono.ParsedResult[], text = '', earliest = false): string | null {
  const complete = results.filter((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day') && r.start.get('year')! >= 1990 && r.start.get('year')! <= 2100);
  if (!complete.length) return null;
  // A date's label: the words before it, back to the date before it.
  const label = (r: chrono.ParsedResult) => {
    const before = results.filter((x) => x.index < r.index).pop();
    return text.slice(Math.max(before ? before.index + before.text.length : 0, r.index - 24), r.index);
  };
  const unlabelled = complete.filter((x) => !UPDATED_LABEL.test(label(x)));
  const r =
    (complete.length > 1 &&
      (complete.find((x) => PUBLISHED_LABEL.test(label(x))) ??
        (earliest ? unlabelled.reduce<chrono.ParsedResult | undefined>((a, x) => (!a || x.start.date() < a.start.date() ? x : a), undefined) : unlabelled[0]))) ||
    complete[0];
  const st = r.start;
  const day = `${st.get('year')}-${pad(st.get('month')!)}-${pad(st.get('day')!)}`;
  if (!st.isCertain('hour')) return day;
  const time = `${day}T${pad(st.get('hour')!)}:${pad(st.get('minute') ?? 0)}:00`;
  if (!st.isCertain('timezoneOffset')) return time;
  const offset = st.get('timezoneOffset')!;
  return `${time}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

const PUBLISHED_LABEL = /publish|posted|originally/i;
/** The label of a date given as a revision ("Updated on June 18, 2025"); themes glue it to the date ("UpdatedJanuary 25, 2026"). */
export const UPDATED_LABEL = /updated|modified|revised/i;

/** Is the whole line just a date (a page header, not a sentence)? */
const MAYBE_DATE = /\d.*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d[./-]\d)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*\d/i;
// What a date line may hold besides the date: labels and zones.
const DATE_LINE_FILLER = /[\s,.|:-]|updated|published|posted|last|on|at|hrs|IST|GMT|UTC|ET|EST|EDT|PST/gi;
// A bar between the date and its time ("Aug. 05, 2013 | 2:47 p.m."): the
// parser reads the two apart, as a date and a time of no day.
const BAR_BEFORE_TIME = / \| (?=\d{1,2}[:.]\d\d)/g;
// Words a written date is made of ("Tuesday, 10th of December 2025 at 6:26 pm
// CET"). A line with any other word ("3 min | May 10, 2024", "Menu Drops
// for December 16th") is not just a date, whatever the parser finds in it;
// most lines that name a month are such lines, and the parser is the
// costliest step of the text path.
const DATE_WORD =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*$|^(?:st|nd|rd|th|of|the|at|on|from|to|until|till|through|and|am|pm|a|p|m|t|z|noon|midnight|hrs)$/i;
const ZONE = /^[A-Z]{2,5}$/;
// A four-digit year, or a numeric date's two-digit one ("12/10/25").
const HAS_YEAR = /(?:19|20)\d\d|\d[./-]\d{1,2}[./-]\d\d/;

export function isDateOnlyLine(text: string): string | null {
  const line = closedUp(reading.inEnglish(text));
  // Most lines hold no date at all; only those with a digit and a month (or a
  // numeric date) are worth the full parser.
  if (line.length > 60 || !maybeDate(line)) return null;
  for (const w of line.matchAll(/\p{L}+/gu)) if (!DATE_WORD.test(w[0]) && !ZONE.test(w[0]) && w[0].replace(DATE_LINE_FILLER, '') !== '' && !reading.words?.has(foldWord(w[0]))) return null;
  // A complete date has a year: an archive's "May (31)", a price or a phone
  // number is not worth the parser.
  if (!HAS_YEAR.test(line)) return null;
  const read = readableDots(line).replace(BAR_BEFORE_TIME, ' ');
  const results = parseDates(read, new Date(0));
  if (results.length !== 1) return null;
  const r = results[0];
  let rest = read.slice(0, r.index) + read.slice(r.index + r.text.length);
  const words = reading.words;
  if (words) rest = rest.replace(/\p{L}+/gu, (w) => (words.has(foldWord(w)) ? '' : w));
  if (rest.replace(DATE_LINE_FILLER, '').length > 0) return null;
  return firstCompleteDate(results);
}

/**
 * The date a short line holds beside other words: a name, a reading time,
 * a section ("Tom Talbot October 14, 2025", "Nov 08, 2025 7 min read").
 */
export function dateInShortLine(line: string): string | null {
  const read = closedUp(line);
  return maybeDate(read) ? parseHumanDate(read) : null;
}

/**
 * A numeric date that reads both ways ("02-12-2025" under a headline: 12
 * February, read month first as English is, or 2 December) takes the
 * reading the page writes out with the month's name elsewhere ("December
 * 02, 2025" beside the same post in its "Recent Posts"). Only when the page
 * writes this date so, month first, and only in English-reading pages: a
 * page in another language reads numbers day first already. (The page's
 * text is asked for only then.)
 */
export function dayAsWrittenOut(iso: string | null, pageText: () => string): string | null {
  if (!iso || reading !== ENGLISH) return iso;
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  if (+day > 12 || month === day) return iso;
  const page = pageText();
  const num = (n: string) => `0?${+n}`;
  if (!new RegExp(`(?<!\\d)${num(month)}(?<sep>[-/.])${num(day)}\\k<sep>${year}(?!\\d)`).test(page)) return iso;
  const name = calendarOf('en')!.months[+day - 1];
  const d = `${num(month)}(?:st|nd|rd|th)?`;
  const written = new RegExp(`\\b${name.slice(0, 3)}[a-z]*\\.? ${d},? ${year}\\b|(?<!\\d)${d} ${name.slice(0, 3)}[a-z]*\\.?,? ${year}\\b`, 'i');
  return written.test(page) ? `${year}-${day}-${month}${iso.slice(10)}` : iso;
}

/** Dates in URLs: /2026/02/04/, /2026-02-04/, /20260204/. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    path.match(/\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/_.+-]|$)/) ??
    path.match(/[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  // A month by name: "/blog/2023/october/03/how-many-wine-types/".
  const named = path.toLowerCase().match(URL_NAMED_MONTH);
  return named ? `${named[1]}-${pad(MONTHS.indexOf(named[2].slice(0, 3)) + 1)}-${pad(Number(named[3]))}` : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const URL_NAMED_MONTH = new RegExp(`/((?:19|20)\\d{2})/(${MONTH_NAME})/(0?[1-9]|[12]\\d|3[01])(?:/|$)`);

/** Drop a date that lies after the fetch time (plus a day of time-zone slack). */
export function notInFuture(iso: string | null, fetchedAt: string | null | undefined): string | null {
  if (!iso) return null;
  const limit = fetchedAt ? Date.parse(fetchedAt) : Date.now();
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) return null;
  return t > limit + 36 * 3600 * 1000 ? null : iso;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// A credit line that carries a date: "By Jane Doe | Apr 21, 2025", "Last
// updated: April 21, 2025", "Published August 7, 2023 by Nicole Burke".
const CREDIT_WORDS = /\b(?:by|published|updated|posted|written|on)\b|[|·•⋅]/i;
const OPENS_WITH_CREDIT = /^(?:(?:first |originally )?(?:published|posted)(?: on)?|on)\b/i;

/** The first complete date in the short credit lines among `lines` (a headline's surroundings). */
export function dateFromCredits(lines: string[]): string | null {
  for (const raw of lines) {
    // A long line that opens with a dated credit runs on into its byline,
    // categories or comment count ("Posted on December 20, 2025 by Jean-Luc
    // Aufranc (CNXSoft) - 5 Comments on ..."): its opening is the credit.
    const line = raw.length > 100 && OPENS_WITH_CREDIT.test(raw) ? raw.slice(0, 60) : raw;
    if (line.length > 100 || !CREDIT_WORDS.test(line)) continue;
    const d = dateInShortLine(line);
    if (d) return d;
  }
  return null;
}

// A credit that names the publication itself, wherever it sits on a page:
// a line of its own, or a field of a line of fields ("Essay - Published:
// 2025.12.17 | artificial-intelligence | programming").
const PUBLICATION_CREDIT = /^(?:(?:first |originally )?published|posted)\b/i;
const PUBLICATION_FIELD = /\s[-–—|·•]\s(?:(?:first |originally )?published|posted)\b/i;
// The field is looked for only on a line that holds the word: the line rules ask of every line.
const isPublicationCredit = (line: string) => PUBLICATION_CREDIT.test(line) || (/ublished|osted|UBLISHED|OSTED/.test(line) && PUBLICATION_FIELD.test(line));

/**
 * The date of the first line that opens with a publication credit ("Posted
 * on April 13, 2023"), or of a date line right under or over a line that
 * credits the writer: themes that set the byline at the foot of the post
 * put the date on its own line beside it ("Written by Moses Kim" over
 * "April 8, 2024", after the tags).
 */
export function dateFromPublicationCredit(lines: string[]): string | null {
  for (const [i, line] of lines.entries()) {
    if (isPublicationCredit(line)) {
      const d = dateFromCredits([line]);
      if (d) return d;
    } else if (line.length <= 80 && afterWriterCredit(line) !== null) {
      const d = isDateOnlyLine(lines[i + 1]?.trim() ?? '') ?? isDateOnlyLine(lines[i - 1]?.trim() ?? '');
      if (d) return d;
    }
  }
  return null;
}
