import { countWords, trimEndChars, trimStartChars } from '../normalise.js';
import { isDateOnlyLine } from './dates.js';

// A pipe or a bullet joins a headline to what a template adds: a section, a
// site or a tagline ("How meditation rewires brains | Opinion", "Gardenary
// Planting vs. Ordinary Planting • Gardenary", "Best Residential Movers in
// NYC 2025 | Top 19 Companies"). Dashes and colons stay: they are often the
// headline's own punctuation.
const TEMPLATE_SEPARATOR = / [|•] /;

// A breadcrumb trail or a template that puts the site and its sections
// first ends in the headline: "miod > software > OpenBSD > stories > The
// scariest boot loader code", "CottageCare | Blog | Blog | 10 Tips: How to
// Choose ...". Two separators or more, and a last part of a few words.
const TRAIL_SEPARATOR = / [>»›|] /;

/** The headline of a title that a template extended with a pipe or a bullet, or a trail that ends in it. */
export function headlinePart(title: string): string {
  const crumbs = title.split(TRAIL_SEPARATOR);
  if (crumbs.length >= 3) {
    const last = crumbs[crumbs.length - 1];
    if (countWords(last) >= 3 && crumbs.slice(0, -1).every((c) => countWords(c) <= 2)) return last;
  }
  const [head] = title.split(TEMPLATE_SEPARATOR);
  return head !== title && countWords(head) >= 2 ? head : title;
}

// What joins a date to the headline it was printed with: a space, a slash, a dash, a bar.
const AFFIX_JOINERS = ' /|-–—·,:';
// A date after one of these is the headline's own ("Fed meeting on December 10, 2025").
const LINKING_WORD = /^(?:on|at|of|from|to|until|till|through|and|the|since|by|before|after)$/i;

/**
 * The headline without the date a page prints on the same line. Page text
 * runs a blog theme's inline title and date together ("Dec 18 2025
 * Preparing a transition in Debusine", "Advent of Code 2025 week 2 20
 * December 2025"). Only a whole date (day, month and year, as the
 * date-line reader takes it) at either end goes, and only when three words
 * of headline stay: "Jobs report for December 2025" names its month, and
 * "... test suite / Dec 2025" keeps its month too.
 */
export function withoutDateAffix(title: string): string {
  const words = title.split(' ');
  for (let k = Math.min(6, words.length - 3); k >= 2; k--) {
    const tail = words.slice(-k).join(' ');
    if (!LINKING_WORD.test(words[words.length - k]) && !LINKING_WORD.test(words[words.length - k - 1]) && isDateOnlyLine(tail)) return trimEndChars(words.slice(0, -k).join(' '), AFFIX_JOINERS);
    const head = words.slice(0, k).join(' ');
    if (isDateOnlyLine(head)) return trimStartChars(words.slice(k).join(' '), AFFIX_JOINERS);
  }
  return title;
}

// An aggregator's source after the headline, and its comment count: "... No
// Longer Guarantee Jobs (latimes.com) 87" (Slashdot), "... (example.com)" (Hacker News).
const SOURCE_DOMAIN = / \((?:[\w-]+\.)+[a-z]{2,}\)(?: \d+)?$/i;

/** The headline without the linked source's domain an aggregator prints after it. */
export function withoutSourceDomain(title: string): string {
  const cut = title.replace(SOURCE_DOMAIN, '');
  return countWords(cut) >= 3 ? cut : title;
}
