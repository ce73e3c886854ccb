/**
 * Wire-agency detection. Agencies are named in credits ("(Picture credit:
 * AP)", "AP Photo/..."), datelines ("BEIJING (AP) —") and attributions
 * ("according to news agency AP", "as per AP", "Reuters reported").
 */

const AGENCIES: Array<[name: string, pattern: RegExp]> = [
  ['AP', /\b(?:AP|(?<!Australian )Associated Press)\b/],
  ['Reuters', /\bReuters\b/],
  ['AFP', /\b(?:AFP|Agence France[- ]Presse)\b/],
  ['dpa', /\b(?:dpa|Deutsche Presse-Agentur)\b/],
  ['ANI', /\bANI\b/],
  ['PTI', /\b(?:PTI|Press Trust of India)\b/],
  ['IANS', /\bIANS\b/],
  ['Xinhua', /\bXinhua\b/],
  ['TASS', /\bTASS\b/],
  ['EFE', /\bEFE\b/],
  ['ANSA', /\bANSA\b/],
  ['Kyodo', /\bKyodo\b/],
  ['Yonhap', /\bYonhap\b/],
  ['Bloomberg', /\bBloomberg News\b/],
  ['UPI', /\bUPI\b/],
  // Europe's national agencies, whose copy the outlets of their languages run.
  ['Lusa', /\bLusa\b/],
  ['ANP', /\b(?:ANP|Algemeen Nederlands Persbureau)\b/],
  ['Belga', /\bBelga\b/],
  ['Europa Press', /\bEuropa Press\b/],
  ['Anadolu', /\bAnadolu(?: Agency| Ajansı)?\b/],
  ['Interfax', /\bInterfax\b/],
  ['NTB', /\b(?:NTB|Norsk Telegrambyrå)\b/],
  ['Ritzau', /\bRitzau\b/],
  // Names other bodies share only in their short form (APA the psychologists', AAP the pediatricians', PA a
  // state, CP a party): these agencies only by their full names.
  ['APA', /\bAustria Presse Agentur\b/],
  ['AAP', /\bAustralian Associated Press\b/],
  ['PA Media', /\b(?:PA Media|Press Association)\b/],
  ['Canadian Press', /\bCanadian Press\b/],
  ['PAP', /\bPolska Agencja Prasowa\b/],
];

// Contexts in which an agency name is a credit for the copy, not a subject.
const ATTRIBUTION = [
  /\((?:[^()]{0,40}\b)?(NAME)\)/, // "(AP)", "(Picture credit: AP)", "BEIJING (Reuters)"
  /\b(?:according to|as per|via|said|told|reported by|reports?|cited by|quoted by)\s+(?:the\s+)?(?:news\s+agency\s+|wire\s+service\s+)?(NAME)\b/i,
  /\b(NAME)\s+(?:reported|said|reports|contributed|Photo|photo|writers?)\b/,
  /\b(NAME)\s+(?:News\s+)?(?:Agency|Information Company)\b/,
  /^[ \t]*(?:[-—–(][ \t]*)?(NAME)[ \t]*(?:\)[ \t]*)?$/m, // a line that is only the agency: a credit
  /\b(?:Copyright|©)\s*(?:\d{4}\s*)?(?:The\s+)?(NAME)\b/i,
  // The same credits in the languages the agencies also write in: "die
  // Nachrichtenagentur dpa", "laut Reuters", "Quelle: dpa", "selon l'AFP",
  // "avec AFP", "según EFE", "con información de Reuters", "segundo a Lusa".
  /\b(?:Nachrichtenagentur|Agentur|agence|agencia|agência|agenzia|persbureau)\s+(NAME)\b/i,
  /\b(?:laut|Quelle:|mit Material von|berichtete|meldete|selon|d['’]après|avec|rapporte|según|informó|con información de|segundo|com informações d[ae]|secondo)\s*(?:der\s+|die\s+|l['’]|le\s+|la\s+|a\s+)?(NAME)\b/i,
  /\b(NAME)\s+(?:berichtete|berichtet|meldete|meldet|rapporte|informó|informa|riferisce|meldt)\b/,
];

const COMPILED = AGENCIES.map(([name, p]) => ({
  name,
  // Most texts name no agency at all: one scan for the name, in any case,
  // spares the attribution patterns.
  mention: new RegExp(p.source, 'i'),
  patterns: ATTRIBUTION.map((a) => new RegExp(a.source.replace('NAME', p.source.replace(/\\b/g, '')), a.flags)),
}));

/**
 * The agency most often credited in the given texts, or null. Credits count
 * double because a credit line is unambiguous where a mention may not be.
 */
export function detectWireAgency(texts: string[], credits: string[] = []): string | null {
  const score = new Map<string, number>();
  const bump = (name: string, n: number) => score.set(name, (score.get(name) ?? 0) + n);
  const all = [...texts, ...credits].join('\n');
  for (const { name, mention, patterns } of COMPILED) {
    if (!mention.test(all)) continue;
    for (const c of credits) if (patterns.some((p) => p.test(c))) bump(name, 2);
    for (const t of texts) for (const p of patterns) if (p.test(t)) bump(name, 1);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [name, s] of score) if (s > bestScore) [best, bestScore] = [name, s];
  return best;
}
