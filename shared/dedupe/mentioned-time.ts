import { calendarOf } from '../language/calendar-words.js';

/**
 * When an article says its event happened, as coarse as it can be read
 * without parsing dates: the years and the months it mentions. Sibling
 * events recur (another patch for the same browser, another earthquake in
 * the same region) and share nearly every term; what they do not share is
 * when they happened.
 */

/** Years (1980-2039) the text mentions, plus the stated publication year. */
export function mentionedYears(text: string, publishedAt: string | null): string[] {
  const ys = new Set(text.match(/\b(?:19[89]\d|20[0-3]\d)\b/g) ?? []);
  if (publishedAt) ys.add(publishedAt.slice(0, 4));
  return [...ys].sort();
}

interface MonthNames {
  /** Full and short names, lower case, to the month's number ("01"-"12"). */
  number: Map<string, string>;
  full: Set<string>;
}
const MONTHS = new Map<string, MonthNames | null>();
function monthsOf(language: string): MonthNames | null {
  if (!MONTHS.has(language)) {
    const c = calendarOf(language);
    if (!c) {
      MONTHS.set(language, null);
      return null;
    }
    const m = new Map<string, string>();
    c.months.forEach((name, i) => m.set(name, String(i + 1).padStart(2, '0')));
    // Short forms in calendar order, "sept" beside "sep": matched by their first three letters' month.
    for (const s of c.shortMonths) {
      const full = c.months.find((name) => name.startsWith(s.slice(0, 3)));
      if (full && !m.has(s)) m.set(s, m.get(full)!);
    }
    MONTHS.set(language, { number: m, full: new Set(c.months) });
  }
  return MONTHS.get(language)!;
}

// A month name with a day or year beside it ("December 17", "17 December",
// "Sept. 18", "September 2013", "18th September"), or a full name alone.
const WORD = /\p{L}+/gu;
// Month names that are also words or first names: "May" (a verb), "March" (a walk), "April", "June" and "August"
// (first names), "Mars" (a planet), "Mai" (a name). They count only beside a day or a year.
const AMBIGUOUS = new Set(['may', 'march', 'august', 'mars', 'mai', 'april', 'june']);
const DAY_OR_YEAR_AFTER = /^\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|\d{4}\b)/;
const DAY_BEFORE = /\b\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?$/;

/**
 * Months (01-12) the text mentions, plus the stated publication month.
 * A full month name counts alone when it is capitalised (English, German)
 * or in a language that writes months in lower case; a short form ("Dec",
 * "Sept") and the names that are also words or first names ("May",
 * "March", "August", "Mars") count only beside a day or a year ("May 4",
 * "4 March 2025"). English names count in a text of any language.
 */
export function mentionedMonths(text: string, publishedAt: string | null, language?: string | null): string[] {
  const out = new Set<string>();
  const calendars = [...new Set(['en', language ?? 'en'])].flatMap((l) => {
    const names = monthsOf(l);
    return names ? [{ lang: l, ...names }] : [];
  });
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    // Whether a day or a year stands beside it: asked once, of a word some calendar names.
    let dated: boolean | undefined;
    for (const { lang, number, full: fullNames } of calendars) {
      const n = number.get(lower);
      if (!n) continue;
      dated ??= DAY_OR_YEAR_AFTER.test(text.slice(m.index + word.length, m.index + word.length + 8)) || DAY_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index));
      const capitalised = word[0] !== lower[0];
      const alone = fullNames.has(lower) && !AMBIGUOUS.has(lower) && (capitalised || (lang !== 'en' && lang !== 'de'));
      if (dated || alone) out.add(n);
    }
  }
  if (publishedAt && /^\d{4}-\d{2}/.test(publishedAt)) out.add(publishedAt.slice(5, 7));
  return [...out].sort();
}

/**
 * A story's own years or months, from its members' counts: those mentioned
 * by at least half as many members as the most mentioned. A wire story on
 * a browser patch looks back at last year's in one member or two; its own
 * year is in most of them.
 */
export function mainTimes(counts: Record<string, number>): string[] {
  const top = Math.max(0, ...Object.values(counts));
  return Object.keys(counts).filter((k) => counts[k] >= top / 2).sort();
}
