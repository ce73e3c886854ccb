/**
 * Author names from bylines ("By Ken Moritsugu and Dasha Litvinova, AP"),
 * meta tags ("Jane Doe, John Roe") and wire sign-offs ("Moritsugu reported
 * from Beijing." names the reporter).
 */
// Bylines are folded to single spaces and at most MAX_BYLINE long before these run.
const ROLE_TAIL = /(?: ?[,|–—-] ?| )(?:(?:The\s+)?Associated Press|AP|Reuters|AFP|Staff(?: Writer| Reporter)?|Correspondent|Contributor|Editor|Senior [A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+ Correspondent|For [A-Z][\w ]+)$/;
const NAME_SEPARATOR = / ?(?:,|&|\band\b|\bund\b|\bet\b|;|\|) ?/;
/** Longer than any byline ("By A, B and C, Associated Press"): a paragraph, not a byline. */
const MAX_BYLINE = 300;

export function parseBylines(raw: string[]): string[] {
  const out: string[] = [];
  for (const r of raw) {
    let s = r.replace(/\s+/g, ' ').trim().replace(/^(?:by|von|par|por|di) /i, '');
    if (s.length > MAX_BYLINE) continue;
    for (let i = 0; i < 2; i++) s = s.replace(ROLE_TAIL, '');
    for (const part of s.split(NAME_SEPARATOR)) {
      const name = part.trim();
      if (name.length < 3 || name.length > 60 || /\d|@|https?:/.test(name)) continue;
      if (!/^\p{Lu}/u.test(name)) continue;
      if (!out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  return out;
}

export function namesFromSignOff(line: string): string[] {
  const m = line.match(/^(.+?) (?:reported|wrote|filed) from /);
  if (!m) return [];
  return parseBylines([m[1]]);
}

// "Written by", "By", "Author:", "Article written by:": a label whose name is the next line.
const BYLINE_LABEL = /^(?:(?:article |post )?(?:written|authored|words) by|by|author|authors)\s*:?$/i;
// "Written by: Elise Nass", "By: FlowGuard EMEA on 04-ago-2021", "Author: Nirmita Panchal", "By Dr. Vahid Osman - Mar 27, 2024".
const BYLINE_LEAD = /^(?:(?:article |post )?(?:written|authored|posted|published|words) by|by|author)\s*(?::\s*)?(?=\S)/i;
// "Published August 7, 2023 by Nicole Burke", "September 1st, 2023 By Emily Norwood": a date line that ends in its author.
const DATED_BY = /\d{4}\s*(?:[|·•,-]\s*)?by:?\s+(.+)$/i;
// Where a name ends inside a credit line: a date, a separator, "on <date>" or "on <weekday>"
// (parseBylines then splits names at commas and drops wire roles).
const NAME_END = /\s+(?:on\s+\d|on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|[-–—|·•⋅]\s|\d{1,2}(?:st|nd|rd|th)?[ ,]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)/i;

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
    if (BYLINE_LABEL.test(line)) rest = lines[i + 1]?.trim() ?? null;
    else if (BYLINE_LEAD.test(line)) rest = line.replace(BYLINE_LEAD, '');
    else rest = line.match(DATED_BY)?.[1] ?? null;
    if (!rest || rest.length > MAX_CREDIT) continue;
    const cut = rest.search(NAME_END);
    const names = parseBylines([cut >= 0 ? rest.slice(0, cut) : rest]).filter((n) => n.split(' ').length <= 5);
    if (names.length) return names;
  }
  return [];
}
