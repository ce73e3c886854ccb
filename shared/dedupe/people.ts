import { rarity } from '../language/rarity.js';
import { isCalendarWord } from '../language/calendar-words.js';
import { functionWordSet } from '../language/function-words.js';

/**
 * The people an article is about, by surname, with how often it names
 * them. Sibling events often differ by who they happen to (one Chargers
 * player arrested for drunk driving, then another; one actor cast as the
 * Doctor, then the next; one celebrity into rehab, then another) while
 * sharing every other term, so a story holding both splits along its
 * members' leading person (`split.ts`).
 *
 * No name list: a person is a surname the text introduces with a first
 * name ("Vincent Jackson", two capitalised words, neither common English)
 * and then names alone ("Jackson said"). Places introduced so ("San
 * Diego") are seldom named by their last word alone; teams and parties
 * that are ("Indianapolis Colts", then "Colts") are mostly named with an
 * article ("the Colts"), which a person is only now and then ("the Obama
 * administration"); and common words ("The", "President") never open a
 * name.
 *
 * In another language its own function words are the common ones ("Am
 * Dienstag" would introduce a Mr Dienstag: "Am" is rare in English) and
 * its own articles mark teams, parties and institutions ("el Gobierno",
 * "die Bahn": German capitalises every noun, and most take an article).
 * Month and weekday names, capitalised in English and at any sentence's
 * start, are nobody (English ones, and the text's language's).
 */
export type People = Record<string, number>;

// Words at least this common in English (about the 1,500 most frequent) are no name's parts.
const COMMON = 12.5;
// The people kept per article: the lead and who might rival it.
const KEEP = 4;

const TOKEN = /[\p{L}'’-]+|[.!?:;,"“”()]/gu;
// Days and months are capitalised and rare enough to pass for names: "Patch
// Tuesday" then "on Tuesday" made Tuesday an IE story's leading person,
// "Published September" then "in September" a month one; "Mardi, les
// cheminots..." a French one.

// Articles, by language: a name mostly written after one is a team, party or institution.
const ARTICLES: Record<string, ReadonlySet<string>> = {
  en: new Set(['the']),
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des']),
  fr: new Set(['le', 'la', 'les']),
  es: new Set(['el', 'la', 'los', 'las', 'del', 'al']),
  it: new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'del', 'della', 'dei', 'degli', 'delle']),
  pt: new Set(['o', 'a', 'os', 'as', 'do', 'da', 'dos', 'das', 'no', 'na']),
  nl: new Set(['de', 'het']),
};
const CAPITALISED = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** The people `text` (in `language`, ISO 639-1; English when not known) names, by surname, with how often. */
export function leadingPeople(text: string, title?: string | null, language?: string | null): People {
  const own = functionWordSet(language);
  const articles = (language && Object.hasOwn(ARTICLES, language) ? ARTICLES[language] : null) ?? ARTICLES.en;
  const common = (word: string) => {
    const lower = word.toLowerCase();
    return rarity(lower) < COMMON || !!own?.has(lower);
  };
  const toks: string[] = [];
  const cap: boolean[] = [];
  for (const m of `${title ?? ''}. ${text}`.matchAll(TOKEN)) {
    const t = possessiveless(m[0]);
    toks.push(t);
    // Most words open in lower case: refused before the pattern runs. A
    // function word opening a sentence is no name's part ("Selon Jean
    // Castex", "Laut Olaf Scholz" name two-word people).
    cap.push(!!t && t[0] !== t[0].toLowerCase() && CAPITALISED.test(t) && !own?.has(t.toLowerCase()));
  }
  const n = toks.length;
  const surnames = new Set<string>();
  const introduced = new Uint8Array(n);
  for (let i = 0; i + 1 < n; i++) {
    // Exactly two capitalised words: "Vincent Jackson", not "San Diego Chargers".
    if (!cap[i] || !cap[i + 1] || (i > 0 && cap[i - 1]) || (i + 2 < n && cap[i + 2])) continue;
    if (common(toks[i]) || common(toks[i + 1]) || isCalendarWord(toks[i + 1], language)) continue;
    surnames.add(toks[i + 1]);
    introduced[i + 1] = 1;
  }
  if (!surnames.size) return {};
  const counts = new Map<string, number>();
  const alone = new Set<string>();
  const withThe = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!cap[i] || !surnames.has(t)) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
    if (!introduced[i] && !(i > 0 && cap[i - 1])) alone.add(t);
    if (i > 0 && articles.has(toks[i - 1].toLowerCase())) withThe.set(t, (withThe.get(t) ?? 0) + 1);
  }
  const people = [...counts].filter(([name, n]) => alone.has(name) && 2 * (withThe.get(name) ?? 0) < n);
  people.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(people.slice(0, KEEP));
}

/** The person an article names most, twice at least; null when none leads. */
export function leadOf(people: People | undefined): string | null {
  let lead: string | null = null;
  let most = 1;
  for (const name in people ?? {}) if (people![name] > most) [lead, most] = [name, people![name]];
  return lead;
}

function possessiveless(t: string): string {
  return t.endsWith("'s") || t.endsWith('’s') ? t.slice(0, -2) : t;
}
