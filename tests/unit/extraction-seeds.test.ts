import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extraction/index.js';
import { FORBIDDEN, bodyLines, seed } from '../helpers/seeds.js';

const PREFIXES = ['000', '001', '002', '003', '004'];

describe('page-text extraction on the seeds', () => {
  for (const p of PREFIXES) {
    const { name, body } = seed(p);
    const a = extractArticle({ body, format: 'text' });

    it(`${name}: keeps every body paragraph, verbatim and in order`, () => {
      const expected = bodyLines(p, body);
      expect(expected.length).toBeGreaterThanOrEqual(5);
      expect(a.paragraphs).toEqual(expected);
    });

    it(`${name}: removes every boilerplate string`, () => {
      for (const s of FORBIDDEN) expect(a.text).not.toContain(s);
      expect(a.text).not.toMatch(/Go to Source|Picture credit|list of \d+ items|^__$/m);
    });
  }

  it('takes the scraper prefix date, the page header date and the sign-off', () => {
    const ap = extractArticle({ body: seed('001').body, format: 'text' });
    expect(ap.publishedAt).toBe('2026-02-04');
    expect(ap.signOff).toBe('Moritsugu reported from Beijing.');
    expect(ap.authors).toEqual(['Moritsugu']);
    expect(ap.text).not.toContain('reported from Beijing');
    const portal = extractArticle({ body: seed('004').body, format: 'text' });
    expect(portal.publishedAt).toBe('2026-02-04');
    expect(portal.title).toBe('Putin calls Russia–China ties a ‘stabilising force’ in video call with Xi');
    expect(portal.wireAgency).toBe('AP');
  });

  it('keeps in-article subheads', () => {
    expect(extractArticle({ body: seed('001').body, format: 'text' }).paragraphs).toContain('Growing Russia-China relations');
    expect(extractArticle({ body: seed('002').body, format: 'text' }).paragraphs).toContain('US relations');
  });

  it('reads the dateline without cutting it from the body', () => {
    const a = extractArticle({ body: seed('003').body, format: 'text' });
    expect(a.dateline).toBe('BEIJING');
    expect(a.paragraphs[1].startsWith('BEIJING: ')).toBe(true);
  });

  it('reports language, word count and a stable content hash', () => {
    const a = extractArticle({ body: seed('000').body, format: 'text' });
    const b = extractArticle({ body: seed('000').body + '\n\n\n', format: 'text' });
    expect(a.language).toBe('en');
    expect(a.wordCount).toBeGreaterThan(500);
    expect(a.contentHash).toBe(b.contentHash);
  });
});
