import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseGroups, phraseMatcher, spelled } from '../../shared/extraction/phrases.js';
import { classifyLine } from '../../shared/extraction/text/lines.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/** The regex the matcher stands in for: an alternation of the phrases, case-insensitive without `u`. */
const reference = (phrases: string[]) => new RegExp(phrases.map(escape).join('|'), 'i');

describe('phrase matcher', () => {
  it('spells every combination of optional parts', () => {
    expect(spelled('without ', ['the ', ''], ['permission', 'consent'])).toEqual(['without the permission', 'without the consent', 'without permission', 'without consent']);
  });

  it('finds a phrase that starts inside a longer partial match (failure links)', () => {
    const m = phraseMatcher(['hers', 'she', 'his', 'he']);
    expect(m('ushers')).toBe(true);
    expect(m('ahis')).toBe(true);
    const n = phraseMatcher(['abcd', 'bce']);
    expect(n('xabce')).toBe(true);
    expect(n('xabcx')).toBe(false);
  });

  it('folds ASCII case only, as a regex without the u flag does', () => {
    const m = phraseMatcher(['cookie', 'link', '©']);
    expect(m('Our COOKIE Policy')).toBe(true);
    expect(m('© 2025')).toBe(true);
    // The Kelvin sign and dotted capital I are not "k" and "i" to /cookie/i.
    expect(m('coo\u212Aie')).toBe(/cookie/i.test('coo\u212Aie'));
    expect(m('l\u0130nk')).toBe(/link/i.test('l\u0130nk'));
    expect(m('')).toBe(false);
  });

  it('tells which groups of phrases a text holds, in one pass, each group as the regex of its phrases would', () => {
    const groups = [['cookie', 'javascript'], ['subscribers', 'abonn', 'javascript'], ['he']];
    const m = phraseGroups(groups);
    expect(m('Accept our cookies')).toBe(0b001);
    expect(m('Nur für Abonnenten')).toBe(0b010);
    // A phrase of two groups counts for both; a phrase inside another's partial match is found (failure links).
    expect(m('Enable JavaScript')).toBe(0b011);
    expect(m('ushers keep the cookie for subscribers')).toBe(0b111);
    expect(m('')).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('cookie', 'javas', 'cript', 'Abonn', 'subscri', 'bers', 'h', 'e', ' ', 'x'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const want = groups.reduce((mask, g, i) => (reference(g).test(text) ? mask | (1 << i) : mask), 0);
        expect(m(text)).toBe(want);
      }),
    );
  });

  it('refuses phrases it would never match', () => {
    expect(() => phraseMatcher(['Cookie'])).toThrow();
    expect(() => phraseMatcher([''])).toThrow();
  });

  it('agrees with the regex alternation on any text made of its phrases pieces', () => {
    const phrases = ['cookie', 'hidden when viewing', 're using', 'are using', 'keep going', 'keep ', 'rights reserved', '©', ...spelled('through ', ['our', 'my'], ' ', ['affiliate ', ''], 'link')];
    const re = reference(phrases);
    const match = phraseMatcher(phrases);
    const pieces = ['coo', 'kie', 'COOK', 'IE', 're ', 'using', 'a', 'keep', ' ', 'go', 'ing', 'through ', 'our ', 'my', 'affiliate ', 'link', '©', 'rights', ' reserved', 'hidden', ' when ', 'viewing', '\u212A', '\u0130', 'x', '\u{1F600}'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const s = parts.join('');
        expect(match(s)).toBe(re.test(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('gates the notice rules without losing a notice', () => {
    for (const s of [
      'This site uses cookies. By continuing to browse this site you are agreeing to our use of cookies.',
      'You need to enable JavaScript to run this app.',
      '© 2025 PSA. All rights reserved. No reproduction in whole or in part without written consent.',
      'If you buy through our affiliate links, we may earn a commission.',
      'Enjoyed this piece? We need your help to keep publishing.',
    ])
      expect(classifyLine(s, 0).kind).toBe('notice');
    expect(classifyLine('The council voted to keep the library open through the winter, officials said on Tuesday.', 0).kind).toBe('prose');
  });
});
