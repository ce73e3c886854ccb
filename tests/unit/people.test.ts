import { describe, expect, it } from 'vitest';
import { leadingPeople, leadOf } from '../../shared/dedupe/people.js';

describe('leadingPeople: who an article is about, by surname', () => {
  it('counts a surname the text introduces with a first name and then names alone', () => {
    const text = 'San Diego Chargers receiver Vincent Jackson was arrested on Tuesday. Jackson failed a sobriety test, police said. The Chargers said Jackson would play on Sunday.';
    expect(leadingPeople(text, "Chargers' Jackson arrested on suspicion of DUI")).toEqual({ Jackson: 4 });
  });

  it('takes no place or team for a person: their last word is not named alone, or is named with an article', () => {
    expect(leadingPeople('The San Diego Chargers won in San Diego on Sunday, and the Indianapolis Colts lost.')).toEqual({});
    expect(leadingPeople('Andrew Luck led the Indianapolis Colts to a win. The Colts scored early, Luck threw for 300 yards, and the Colts held on. Colts fans cheered.')).toEqual({ Luck: 2 });
    // A person named with an article now and then is still a person.
    expect(leadingPeople('Barack Obama signed the order. Obama said the Obama administration would act, and Obama left.')).toEqual({ Obama: 4 });
  });

  it('takes no name the text never names alone, and no common word for a first name', () => {
    expect(leadingPeople('Interior Secretary Ken Salazar announced the rule. The President said so. President Obama agreed.')).toEqual({});
  });

  it('takes no day or month for a surname', () => {
    expect(leadingPeople('Microsoft skipped Patch Tuesday. On Tuesday it shipped a fix, and by Tuesday night Wolfgang Kandek said Kandek had tested it.')).toEqual({ Kandek: 2 });
    expect(leadingPeople('Updated Published September 18. In September the flaw spread; since September users waited.')).toEqual({});
  });

  it('keeps the four people named most, most named first', () => {
    const text = 'Jamal Williams was arrested. Williams was stopped. Williams was released. Vincent Jackson was arrested last month, and Jackson played. Norv Turner said Turner knew. A. J. Smith, Smith said. Ray Lewis, Lewis said.';
    expect(Object.keys(leadingPeople(text))).toHaveLength(4);
    expect(Object.keys(leadingPeople(text))[0]).toBe('Williams');
  });
});

describe('leadingPeople in other languages: their own function words, articles and calendars', () => {
  const de = 'Die Lokführer legten am Dienstag die Arbeit nieder. Am Dienstag fielen tausende Züge aus. Bis Dienstag Abend blieb der Verkehr gestört, Dienstag war der schwerste Tag.';
  const fr = 'Ce Mardi, les cheminots ont cessé le travail. Mardi, les trains sont restés en gare. Selon Jean Castex, la grève coûte cher; Castex a appelé au dialogue, et Castex attend mardi.';
  const es = 'El Gobierno de Pedro Sánchez aprobó el presupuesto. El Gobierno dijo que Sánchez lo defenderá. Según el Gobierno, Sánchez viaja el martes.';

  it('takes no weekday for a person, whatever word opens its sentence', () => {
    // "Am" and "Ce" are rare in English: read as English, each introduced a Mr Dienstag, a Mr Mardi.
    expect(leadingPeople(de, null, 'de')).toEqual({});
    expect(leadingPeople(fr, null, 'fr')).toEqual({ Castex: 3 });
    // Only the text's own language's days: elsewhere they are surnames.
    expect(leadingPeople('Plácido Domingo sang. Domingo bowed, and Domingo left.')).toEqual({ Domingo: 3 });
    expect(leadingPeople('Plácido Domingo cantó el domingo. Domingo saludó.', null, 'es')).toEqual({});
  });

  it('names a person introduced after a sentence\'s opening function word ("Selon Jean Castex")', () => {
    expect(leadingPeople('Selon Jean Castex, rien ne change. Castex a parlé hier, Castex part demain.', null, 'fr')).toEqual({ Castex: 3 });
    expect(leadingPeople('Laut Olaf Scholz ändert sich nichts. Scholz sprach gestern, Scholz reist morgen.', null, 'de')).toEqual({ Scholz: 3 });
  });

  it('takes an institution its language writes with an article for no person ("el Gobierno")', () => {
    expect(leadingPeople(es, null, 'es')).toEqual({ Sánchez: 3 });
    // Read as English, "el" is no article.
    expect(leadingPeople(es)).toMatchObject({ Gobierno: 3 });
  });
});

describe('leadOf: the person an article names most', () => {
  it('needs two mentions at least', () => {
    expect(leadOf({ Williams: 6, Jackson: 2 })).toBe('Williams');
    expect(leadOf({ Williams: 1 })).toBeNull();
    expect(leadOf({})).toBeNull();
    expect(leadOf(undefined)).toBeNull();
  });
});
