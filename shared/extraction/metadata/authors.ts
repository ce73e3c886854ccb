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
