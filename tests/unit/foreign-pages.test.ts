import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extraction/index.js';
import { isDateOnlyLine, parseHumanDate, withPageLanguage } from '../../shared/extraction/metadata/dates.js';
import { FOREIGN_NEWS } from '../helpers/foreign-news.js';

/**
 * Pages in the languages wire services write in besides English: how they
 * write dates (day first, months in their own words), on both paths.
 */
const BODY = Object.fromEntries(FOREIGN_NEWS.map((r) => [r.language, r.text.split('\n\n').slice(0, 2).join('\n')]));

function textPage(language: 'de' | 'fr' | 'es', dateLine: string): string {
  const title = FOREIGN_NEWS.find((r) => r.language === language)!.title;
  return ['Startseite', 'Politik', 'Sport', title, dateLine, BODY[language]].join('\n');
}

describe('dates on pages in other languages', () => {
  it.each([
    ['de', '04.02.2026, 14:32 Uhr', '2026-02-04T14:32:00'],
    ['de', 'Mittwoch, 4. Februar 2026', '2026-02-04'],
    ['de', 'Stand: 05.03.2026 10:15 Uhr', '2026-03-05T10:15:00'],
    ['fr', 'Publié le 4 février 2026 à 14h32', '2026-02-04T14:32:00'],
    ['fr', '04/02/2026', '2026-02-04'],
    ['es', 'Miércoles, 4 de febrero de 2026', '2026-02-04'],
    ['es', 'Publicado el 04/02/2026 a las 14:32', '2026-02-04T14:32:00'],
  ] as const)('a %s text page dated "%s" was published on %s', (language, dateLine, want) => {
    const a = extractArticle({ body: textPage(language, dateLine), format: 'text' });
    expect(a.language).toBe(language);
    expect(a.publishedAt).toBe(want);
  });

  it('reads the date an HTML page in German shows, day first, when its markup states none', () => {
    const html = `<!doctype html><html lang="de"><head><title>Lufthansa meldet Rekordgewinn</title></head><body>
      <nav><a href="/">Startseite</a> <a href="/wirtschaft">Wirtschaft</a></nav>
      <article><h1>Lufthansa meldet Rekordgewinn</h1><p class="date">07.03.2026 09:05 Uhr</p>
      ${BODY.de.split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const a = extractArticle({ body: html, format: 'html' });
    expect(a.language).toBe('de');
    // A date the page shows is kept as its day (7 March; read month first it was 3 July).
    expect(a.publishedAt).toBe('2026-03-07');
  });

  it('reads numbers day first in any language but English, and month names in the languages it has parsers for', () => {
    expect(withPageLanguage('it', () => parseHumanDate('Pubblicato il 04/02/2026 alle 14:32'))).toBe('2026-02-04');
    expect(withPageLanguage('pt', () => parseHumanDate('4 de fevereiro de 2026'))).toBe('2026-02-04');
    expect(withPageLanguage('nl', () => isDateOnlyLine('woensdag 4 februari 2026'))).toBe('2026-02-04');
    expect(withPageLanguage('de', () => isDateOnlyLine('Mittwoch, 4. Februar 2026'))).toBe('2026-02-04');
    // English pages are read as before: month first, and "Mittwoch" is no date word.
    expect(parseHumanDate('04.02.2026')).toBe('2026-04-02');
    expect(isDateOnlyLine('Mittwoch, 4. Februar 2026')).toBeNull();
    // The setting holds for the call only.
    expect(withPageLanguage('de', () => parseHumanDate('04.02.2026'))).toBe('2026-02-04');
    expect(parseHumanDate('04.02.2026')).toBe('2026-04-02');
  });
});
