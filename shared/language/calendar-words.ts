/**
 * Month and weekday names in the languages we read, lower case: what a
 * date line is made of (`extraction/metadata/dates.ts`), and words that
 * are capitalised like names without being anyone's ("Patch Tuesday",
 * "Am Dienstag", "Mardi, les cheminots": `dedupe/people.ts`).
 */
interface Calendar {
  months: string;
  /** Abbreviated months as dates write them ("4. Okt. 2026", "4 janv. 2026"). */
  shortMonths: string;
  weekdays: string;
}

const CALENDARS: Record<string, Calendar> = {
  en: {
    months: 'january february march april may june july august september october november december',
    shortMonths: 'jan feb mar apr jun jul aug sep sept oct nov dec',
    weekdays: 'monday tuesday wednesday thursday friday saturday sunday',
  },
  de: {
    months: 'januar februar märz april mai juni juli august september oktober november dezember',
    shortMonths: 'jan jän feb mär apr jun jul aug sep sept okt nov dez',
    weekdays: 'montag dienstag mittwoch donnerstag freitag samstag sonntag',
  },
  fr: {
    months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    shortMonths: 'janv févr avr juil sept oct nov déc',
    weekdays: 'lundi mardi mercredi jeudi vendredi samedi dimanche',
  },
  es: {
    months: 'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    shortMonths: 'ene feb mar abr may jun jul ago sep oct nov dic',
    weekdays: 'lunes martes miércoles jueves viernes sábado domingo',
  },
  it: {
    months: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    shortMonths: 'gen feb mar apr mag giu lug ago set ott nov dic',
    weekdays: 'lunedì martedì mercoledì giovedì venerdì sabato domenica',
  },
  pt: {
    months: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    shortMonths: 'jan fev mar abr mai jun jul ago set out nov dez',
    // Weekdays are "segunda-feira" ... "sexta-feira": the first word names the day.
    weekdays: 'segunda terça quarta quinta sexta sábado domingo',
  },
  nl: {
    months: 'januari februari maart april mei juni juli augustus september oktober november december',
    shortMonths: 'jan feb mrt apr jun jul aug sep okt nov dec',
    weekdays: 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
  },
};

const words = (s: string) => s.split(' ');

/** A language's calendar (ISO 639-1), or null when we have none for it. */
export function calendarOf(language: string): { months: string[]; shortMonths: string[]; weekdays: string[] } | null {
  const c = Object.hasOwn(CALENDARS, language) ? CALENDARS[language] : null;
  return c && { months: words(c.months), shortMonths: words(c.shortMonths), weekdays: words(c.weekdays) };
}

// Full names only: short ones ("Mar", "Mai", "Set") are also names and words.
const NAMED_DAYS = new Map(Object.entries(CALENDARS).map(([language, c]) => [language, new Set([...words(c.months), ...words(c.weekdays)])]));

/**
 * Is `word` (any case) the full name of a month or weekday in English or
 * in `language`? Only those two: one language's days are another's
 * surnames (Plácido Domingo, Larry Sabato).
 */
export function isCalendarWord(word: string, language?: string | null): boolean {
  const lower = word.toLowerCase();
  return NAMED_DAYS.get('en')!.has(lower) || (!!language && !!NAMED_DAYS.get(language)?.has(lower));
}
