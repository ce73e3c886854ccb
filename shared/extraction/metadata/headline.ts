import { countWords } from '../normalise.js';

// A pipe or a bullet joins a headline to what a template adds: a section, a
// site or a tagline ("How meditation rewires brains | Opinion", "Gardenary
// Planting vs. Ordinary Planting • Gardenary", "Best Residential Movers in
// NYC 2025 | Top 19 Companies"). Dashes and colons stay: they are often the
// headline's own punctuation.
const TEMPLATE_SEPARATOR = / [|•] /;

/** The headline of a title that a template extended with a pipe or a bullet. */
export function headlinePart(title: string): string {
  const [head] = title.split(TEMPLATE_SEPARATOR);
  return head !== title && countWords(head) >= 2 ? head : title;
}

