/**
 * Author names from bylines ("By Ken Moritsugu and Dasha Litvinova, AP"),
 * meta tags ("Jane Doe, John Roe") and wire sign-offs ("Moritsugu reported
 * from Beijing." names the reporter).
 */
const ROLE_TAIL = /\s*(?:[,|–—-]\s*|\s+)(?:(?:The\s+)?Associated Press|AP|Reuters|AFP|Staff(?: Writer| Reporter)?|Correspondent|Contributor|Editor|Senior [A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+ Correspondent|For [A-Z][\w ]+)\s*$/;

export function parseBylines(raw: string[]): string[] {
  const out: string[] = [];
  for (const r of raw) {
    let s = r.replace(/\s+/g, ' ').trim().replace(/^(?:by|von|par|por|di)\s+/i, '');
    for (let i = 0; i < 2; i++) s = s.replace(ROLE_TAIL, '');
    for (const part of s.split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|;|\|)\s*/)) {
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
