import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extraction/index.js';
import { isDateOnlyLine, parseHumanDate, withPageLanguage } from '../../shared/extraction/metadata/dates.js';
import { detectWireAgency } from '../../shared/extraction/metadata/wire.js';
import { FOREIGN_NEWS } from '../helpers/foreign-news.js';

/**
 * Pages in the languages wire services write in besides English: how they
 * write dates (day first, months in their own words), on both paths.
 */
const report = (id: string) => FOREIGN_NEWS.find((r) => r.id === id)!;
// A report's headline and its first two paragraphs, one per line.
const opening = (id: string) => report(id).text.split('\n\n').slice(0, 2).join('\n');
const FIRST = { de: 'de-heizung-1', fr: 'fr-budget-1', es: 'es-elecciones-1' } as const;

function textPage(language: keyof typeof FIRST, dateLine: string): string {
  return ['Startseite', 'Politik', 'Sport', report(FIRST[language]).title, dateLine, opening(FIRST[language])].join('\n');
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
      ${opening('de-lufthansa').split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const a = extractArticle({ body: html, format: 'html' });
    expect(a.language).toBe('de');
    // A date the page shows is kept as its day (7 March; read month first it was 3 July).
    expect(a.publishedAt).toBe('2026-03-07');
  });

  // An Italian report (ANSA-style), for the language read by the English parser once its months are named in English.
  const italian = {
    title: 'Maltempo, allerta rossa in Emilia-Romagna',
    text: "La Protezione civile ha diramato l'allerta rossa per gran parte dell'Emilia-Romagna dopo le piogge intense delle ultime ore. Numerosi fiumi hanno superato il livello di guardia e in diversi comuni le scuole resteranno chiuse anche domani.\nIl presidente della Regione ha chiesto ai cittadini di evitare gli spostamenti non necessari e di seguire le indicazioni dei sindaci. Secondo i tecnici, il picco della piena è atteso nella notte tra mercoledì e giovedì.",
  };
  it.each([
    ['mercoledì 4 febbraio 2026, ore 14:32', '2026-02-04T14:32:00'],
    ['Pubblicato il 4 feb 2026', '2026-02-04'],
    ['Aggiornato il 5 marzo 2026 alle 09:15', '2026-03-05T09:15:00'],
    ['12 giu. 2025', '2025-06-12'],
  ])('an Italian text page dated "%s" was published on %s', (dateLine, want) => {
    const a = extractArticle({ body: ['Home', 'Cronaca', 'Politica', italian.title, dateLine, italian.text].join('\n'), format: 'text' });
    expect(a.language).toBe('it');
    expect(a.title).toBe(italian.title);
    expect(a.publishedAt).toBe(want);
  });

  it('reads numbers day first in any language but English, and month names in its own words', () => {
    expect(withPageLanguage('it', () => parseHumanDate('Pubblicato il 04/02/2026 alle 14:32'))).toBe('2026-02-04T14:32:00');
    // Italian months in English words are no Italian's: only an Italian page's are read so.
    expect(parseHumanDate('4 febbraio 2026')).toBeNull();
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

describe('end-of-article headings on pages in other languages', () => {
  // Teasers written as sentences, and a reader's comment: prose the line rules keep, which only the heading ends.
  it.each([
    ['de', 'Mehr zum Thema', 'Was Mieter jetzt über das neue Heizungsgesetz wissen müssen und welche Kosten auf sie zukommen.', 'Kommentare', 'Ich finde es richtig, dass der Staat den Einbau so stark fördert, auch wenn es teuer wird.'],
    ['fr', 'À lire aussi', 'Ce que le budget change pour les retraités et les familles modestes dès le mois de janvier.', 'Commentaires', "Je trouve que ce budget demande encore une fois des efforts aux mêmes personnes, comme toujours."],
    ['es', 'Te puede interesar', 'Así se vota por correo en verano y estos son los plazos que debes tener en cuenta este año.', 'Comentarios', 'Me parece una decisión valiente, aunque hacer campaña en pleno mes de julio será muy difícil.'],
  ] as const)('a %s page ends its article at "%s"', (language, heading, teaser, comments, comment) => {
    const report = FOREIGN_NEWS.find((r) => r.language === language)!;
    const paragraphs = report.text.split('\n\n');
    const page = ['Startseite', report.title, ...paragraphs, heading, teaser, comments, comment].join('\n');
    const a = extractArticle({ body: page, format: 'text' });
    for (const p of paragraphs) expect(a.text).toContain(p.slice(0, 60));
    for (const t of [heading, teaser, comments, comment]) expect(a.text).not.toContain(t);
  });
});

describe('bylines on pages in other languages', () => {
  it.each([
    ['de', 'Von Anna Schmidt und Peter Müller', ['Anna Schmidt', 'Peter Müller']],
    ['de', 'Autorin: Anna Schmidt', ['Anna Schmidt']],
    ['de', 'Ein Kommentar von Anna Schmidt', ['Anna Schmidt']],
    ['fr', 'Par Claire Dubois et Marc Petit', ['Claire Dubois', 'Marc Petit']],
    ['es', 'Por Lucía Fernández y Carlos Ruiz', ['Lucía Fernández', 'Carlos Ruiz']],
    ['es', 'Por María de la Cruz', ['María de la Cruz']],
    ['de', 'Von Anna von Hammerstein', ['Anna von Hammerstein']],
  ] as const)('a %s page signed "%s" is by %j', (language, byline, authors) => {
    const r = FOREIGN_NEWS.find((x) => x.language === language)!;
    const a = extractArticle({ body: ['Startseite', r.title, byline, ...r.text.split('\n\n')].join('\n'), format: 'text' });
    expect(a.authors).toEqual(authors);
    expect(a.text).not.toContain(byline);
  });

  it('reads a Dutch "Door" byline by its particle or its "en"', () => {
    const paragraphs = ['De gemeenteraad heeft dinsdag besloten de oude brug over de rivier twee jaar te sluiten, terwijl ingenieurs het brugdek en de pijlers vernieuwen.', 'Forenzen worden omgeleid over de noordelijke brug, die volgens de gemeente het extra verkeer aankan als de verkeerslichten worden aangepast.'];
    for (const [by, names] of [['Door Jan de Vries', ['Jan de Vries']], ['Door Piet Jansen en Kees Bakker', ['Piet Jansen', 'Kees Bakker']]] as const) {
      const a = extractArticle({ body: ['Home', 'Brug twee jaar dicht', by, ...paragraphs].join('\n'), format: 'text' });
      expect(a.authors, by).toEqual(names);
      expect(a.text).not.toContain(by);
    }
  });

  it('reads a piece named before its writer in English too ("A commentary by"), and no menu entry for a Dutch "Door" byline', () => {
    const paragraphs = ['The city council voted on Tuesday to close the old bridge over the river for two years while engineers rebuild its deck and supports.', 'Commuters will be sent over the northern crossing, which the council says can carry the extra traffic if the lights are retimed.'];
    for (const by of ['A commentary by Jane Doe', 'Analysis by Jane Doe']) expect(extractArticle({ body: ['Home', 'Bridge to close for two years', by, ...paragraphs].join('\n'), format: 'text' }).authors, by).toEqual(['Jane Doe']);
    for (const menu of ['Door Locks & Smart Locks', 'Door Knobs', 'Door Hardware']) expect(extractArticle({ body: [menu, 'Bridge to close for two years', ...paragraphs].join('\n'), format: 'text' }).authors, menu).toEqual([]);
    // A name's particles keep the line a byline: it leaves the text.
    const a = extractArticle({ body: ['Home', 'Bridge to close for two years', 'By Jan van der Berg and Piet de Vries', ...paragraphs].join('\n'), format: 'text' });
    expect(a.authors).toEqual(['Jan van der Berg', 'Piet de Vries']);
    expect(a.text).not.toContain('Piet de Vries');
  });
});

describe('wire agencies credited in other languages', () => {
  it.each([
    ['Das teilte das Ministerium mit, wie die Nachrichtenagentur dpa berichtete.', 'dpa'],
    ['Der Kanzler sagte laut Reuters, man werde das prüfen.', 'Reuters'],
    ["Le ministre l'a annoncé mercredi, selon l'AFP.", 'AFP'],
    ['Le texte sera examiné le mois prochain, avec AFP.', 'AFP'],
    ['El presidente lo anunció este lunes, según EFE.', 'EFE'],
    ['Con información de Reuters', 'Reuters'],
    // Europe's national agencies.
    ['O Governo anunciou hoje o novo orçamento, segundo a Lusa.', 'Lusa'],
    ['Het kabinet maakte het dinsdag bekend, meldt persbureau ANP.', 'ANP'],
    ['Le gouvernement fédéral a annoncé mardi, selon Belga, un accord sur le budget.', 'Belga'],
    ['El Gobierno aprobó este martes el decreto, según Europa Press.', 'Europa Press'],
    ['Wien (APA) - Die Regierung hat am Dienstag, wie die Austria Presse Agentur berichtete, das Budget beschlossen.', 'APA'],
    ['SYDNEY, Feb 4 (Australian Associated Press) - The government said on Tuesday it would act.', 'AAP'],
  ])('"%s" credits %s', (line, agency) => {
    expect(detectWireAgency([line])).toBe(agency);
  });

  it('reads no agency into ordinary words', () => {
    for (const line of ['Le gouvernement a présenté son budget avec des économies.', 'Die Apotheke liegt neben der Post.', 'Ani sagte, sie komme morgen.']) expect(detectWireAgency([line]), line).toBeNull();
    // Bodies that share an agency's short name: the American Psychological Association, the American Academy of Pediatrics.
    for (const line of ['Cite your sources in the style of the American Psychological Association (APA).', 'The American Academy of Pediatrics (AAP) said on Tuesday that screens harm sleep.']) expect(detectWireAgency([line]), line).toBeNull();
  });
});

describe('consent banners on pages in other languages', () => {
  const banners = {
    de: 'Wir verwenden Cookies und ähnliche Technologien, um Ihnen das beste Nutzererlebnis zu bieten. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung von Cookies zu.',
    fr: "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. En poursuivant votre navigation, vous acceptez l'utilisation de cookies.",
    es: 'Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.',
  } as const;
  it.each(Object.entries(banners))('a %s cookie banner, above the headline or under the article, is neither body nor a reason to lose the headline', (language, banner) => {
    const report = FOREIGN_NEWS.find((r) => r.language === language)!;
    for (const page of [[banner, report.title, report.text], [report.title, report.text, banner]]) {
      const a = extractArticle({ body: page.join('\n'), format: 'text' });
      expect(a.text).not.toContain(banner.slice(0, 30));
      expect(a.title).toBe(report.title);
    }
  });
});
