import { countWords } from '../normalise.js';

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

