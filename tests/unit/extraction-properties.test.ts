import { describe, expect, it } from 'vitest';
import { extractArticle, htmlToText } from '../../shared/extraction/index.js';
import { foldForFingerprint, words } from '../../shared/extraction/normalise.js';
import { readSeed, seedFiles } from '../helpers/seeds.js';
import { pick, rng, shuffle } from '../helpers/random.js';

/** Inputs a scraper might send: seed lines shuffled and mangled, HTML fragments, junk. */
function randomInputs(count: number): Array<{ body: string; format: 'text' | 'html' }> {
  const r = rng(20260204);
  const lines = seedFiles().flatMap((f) => readSeed(f).split('\n'));
  const junk = ['', '   ', '\u200b', '<<<>>>', '</p><p>', '&amp;&lt;', '\u0000', 'Read More', '__', '18 C', '<script>alert(1)</script>', 'é'.normalize('NFD')];
  const tags = ['p', 'div', 'article', 'aside', 'nav', 'h1', 'h2', 'li', 'span', 'a', 'figure', 'figcaption', 'footer'];
  const out: Array<{ body: string; format: 'text' | 'html' }> = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(r() * 40);
    const chosen = shuffle(r, lines).slice(0, n).map((l) => (r() < 0.15 ? pick(r, junk) : l));
    if (r() < 0.5) out.push({ body: chosen.join(r() < 0.5 ? '\n' : '\n\n'), format: 'text' });
    else {
      const html = chosen.map((l) => {
        const t = pick(r, tags);
        return r() < 0.1 ? `<${t} class="${pick(r, ['related', 'content', 'share', 'story-body'])}">${l}` : `<${t}>${l}</${t}>`;
      });
      out.push({ body: `<html><head><title>${pick(r, lines)}</title></head><body>${html.join('')}</body></html>`, format: 'html' });
    }
  }
  return out;
}

const INPUTS = randomInputs(300);

describe('extraction properties (300 generated inputs)', () => {
  it('never throws', () => {
    for (const input of INPUTS) expect(() => extractArticle(input)).not.toThrow();
  });

  it('never invents text: every output word occurs in the input', () => {
    for (const input of INPUTS) {
      // HTML renders adjacent inline elements glued together: compare with the rendered text.
      const rendered = input.format === 'html' ? `${htmlToText(input.body)} ${input.body}` : input.body;
      const inputWords = new Set(words(foldForFingerprint(rendered)));
      const a = extractArticle(input);
      for (const w of words(foldForFingerprint(a.text))) expect(inputWords.has(w), `"${w}" not in input`).toBe(true);
    }
  });

  it('is idempotent on its own output (text path)', () => {
    for (const input of INPUTS) {
      const once = extractArticle(input);
      if (!once.text) continue;
      const twice = extractArticle({ body: once.text, format: 'text' });
      expect(twice.paragraphs).toEqual(once.paragraphs);
    }
  });

  it('returns NFC text', () => {
    for (const input of INPUTS) {
      const a = extractArticle(input);
      expect(a.text).toBe(a.text.normalize('NFC'));
    }
  });
});
