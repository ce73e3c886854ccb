import { describe, expect, it } from 'vitest';
import { compareCopy, paragraphsOf } from '../../shared/dedupe/copy-diff.js';
import { extractArticle } from '../../shared/extraction/index.js';
import { readSeed, seedFiles } from '../helpers/seeds.js';
import type { CopyComparison } from '../../shared/schemas/comparison.js';

const P = [
  'Chinese President Xi Jinping and Russian President Vladimir Putin held a video call on Wednesday.',
  'The call came amid a series of calls between Xi and Western leaders over the conflict in Ukraine.',
  'Putin said the link between Moscow and Beijing has remained a major stabilising factor.',
  'Xi said he would like to work on a new blueprint for China-Russia relations with his counterpart.',
  'Ushakov said Xi invited Putin to visit China in the first half of the year.',
];
const text = (ps: string[]) => ps.join('\n\n');
// Kept words read as the copy has them, with its quotes and the space after them.
const asRead = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
const ops = (c: CopyComparison) => c.paragraphs.map((p) => p.op);

/** Every paragraph of both sides is accounted for once, and the word changes rebuild both edited paragraphs: the copy's verbatim, the original's as read. */
function expectAccounted(original: string, copy: string, c: CopyComparison) {
  const o = paragraphsOf(original);
  const k = paragraphsOf(copy);
  expect(c.paragraphs.filter((p) => p.op !== 'removed').map((p) => p.text)).toEqual(k);
  const fromOriginal = c.paragraphs.filter((p) => p.op !== 'added').map((p) => (p.op === 'edited' ? p.original! : p.text));
  expect(fromOriginal.length).toBe(o.length);
  for (const p of c.paragraphs.filter((x) => x.op === 'edited')) {
    expect(p.words!.filter((w) => w.op !== 'removed').map((w) => w.text).join('')).toBe(p.text);
    expect(asRead(p.words!.filter((w) => w.op !== 'added').map((w) => w.text).join(''))).toBe(asRead(p.original!));
  }
}

describe('comparing a copy with its original', () => {
  it('finds nothing changed in the same text, whatever its quotes and spacing', () => {
    const copy = text(P).replace(/ /g, '  ').replace("Xi's", 'Xi’s');
    const c = compareCopy(text(P), copy);
    expect(ops(c)).toEqual(['same', 'same', 'same', 'same', 'same']);
    expect(c.summary).toMatchObject({ same: 5, edited: 0, added: 0, removed: 0, wordsAdded: 0, wordsRemoved: 0, originalKept: 1 });
  });

  it('names a trimmed end and a local intro', () => {
    const copy = text(['Local residents watched the call on television in Vladivostok.', ...P.slice(0, 3)]);
    const c = compareCopy(text(P), copy);
    expect(ops(c)).toEqual(['added', 'same', 'same', 'same', 'removed', 'removed']);
    expect(c.summary.wordsAdded).toBe(9);
    expect(c.summary.originalKept).toBeGreaterThan(0.5);
    expect(c.summary.originalKept).toBeLessThan(0.7);
    expectAccounted(text(P), copy, c);
  });

  it('tells a paragraph moved up from one dropped and one added', () => {
    const copy = text([P[4], P[0], P[1], P[2], P[3]]);
    const c = compareCopy(text(P), copy);
    expect(c.summary).toMatchObject({ moved: 1, added: 0, removed: 0, originalKept: 1 });
    expect(c.paragraphs.find((p) => p.op === 'moved')!.text).toBe(P[4]);
    expectAccounted(text(P), copy, c);
  });

  it('shows the words an outlet edited, and a typo, inside a kept paragraph', () => {
    const edited = P[3].replace('would like', 'would Iike').replace('with his counterpart', 'with Putin');
    const copy = text([P[0], P[1], P[2], edited, P[4]]);
    const c = compareCopy(text(P), copy);
    // A look-alike letter ("Iike", a spinner's trick) is an edit, shown as the copy wrote it.
    expect(ops(c)).toEqual(['same', 'same', 'same', 'edited', 'same']);
    const words = c.paragraphs[3].words!;
    // Words as `git diff --word-diff` cuts them, punctuation attached.
    expect(words.filter((w) => w.op === 'removed').map((w) => w.text.trim())).toEqual(['like', 'his counterpart.']);
    expect(words.filter((w) => w.op === 'added').map((w) => w.text.trim())).toEqual(['Iike', 'Putin.']);
    expect(c.summary).toMatchObject({ edited: 1, wordsAdded: 2, wordsRemoved: 3 });
    expectAccounted(text(P), copy, c);
  });

  it('keeps the copy\'s own quotes in an edited paragraph and makes no edit of them', () => {
    const original = 'He noted the two countries need to "use a historic opportunity" now, said Ushakov on Wednesday.';
    const copy = 'He noted the two countries need to “use a historic opportunity” today, said Ushakov on Wednesday.';
    const c = compareCopy(original, copy);
    expect(ops(c)).toEqual(['edited']);
    expect(c.paragraphs[0].words!.filter((w) => w.op !== 'same').map((w) => w.text.trim())).toEqual(['now,', 'today,']);
    expectAccounted(original, copy, c);
  });

  it('does not pair a paragraph of the outlet\'s own with one it dropped', () => {
    const copy = text([P[0], 'Markets in Shanghai rose two percent after the announcement on energy exports.', P[2], P[3], P[4]]);
    const c = compareCopy(text(P), copy);
    expect(ops(c).sort()).toEqual(['added', 'removed', 'same', 'same', 'same', 'same']);
  });

  it('accounts for every paragraph of the seeds compared two by two', () => {
    const texts = seedFiles().map((f) => extractArticle({ body: readSeed(f), format: 'text' }).text);
    for (const a of texts)
      for (const b of texts) {
        const c = compareCopy(a, b);
        expectAccounted(a, b, c);
        if (a === b) expect(c.summary.originalKept).toBe(1);
      }
    // The second outlet's edit of the AP copy keeps most paragraphs in some form.
    const ap = compareCopy(texts[0], texts[1]);
    expect(ap.summary.edited + ap.summary.same).toBeGreaterThanOrEqual(10);
  });
});

describe('the CLI comparison view', () => {
  it('marks kept, moved, edited, added and dropped paragraphs, with word changes as git diff --word-diff=plain does', async () => {
    const { formatComparison } = await import('../../shared/cli/compare-command.js');
    const copy = text(['Local residents watched.', P[4], P[0], P[1].replace('Western leaders', 'European leaders'), P[2]]);
    const c = compareCopy(text(P), copy);
    const side = (id: string, title: string | null) => ({ id, title, outlet: 'AP', url: null, publishedAt: null });
    const out = formatComparison({ ...c, article: side('b', 'New headline'), original: side('a', 'Old headline'), isCopyOf: true, sameStory: true, titleChanged: true });
    const lines = out.split('\n');
    expect(lines[0]).toBe('b (AP) compared with a (AP), the article it copies');
    expect(lines[1]).toMatch(/^kept \d+% of the original: 2 kept, 1 moved, 1 edited, 1 added, 1 removed paragraph\(s\); \+\d+ \/ -\d+ words$/);
    expect(lines[2]).toBe('headline: "Old headline" -> "New headline"');
    expect(lines).toContain('+ Local residents watched.');
    expect(lines).toContain(`> ${P[4].slice(0, 80).trimEnd()}`);
    expect(lines).toContain(`- ${P[3]}`);
    expect(lines.find((l) => l.startsWith('~ '))).toContain('between Xi and [-Western-]{+European+} leaders over');
  });
});
