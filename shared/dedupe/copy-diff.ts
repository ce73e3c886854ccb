import { diffArrays } from 'diff';
import { foldTypography } from '../extraction/normalise.js';
import type { CopyComparison, ParagraphChange, WordChange } from '../schemas/comparison.js';

export type { CopyComparison } from '../schemas/comparison.js';

// An edited paragraph shares at least this share of its words with the original's (Dice over word multisets):
// below it, an outlet wrote a paragraph of its own and dropped one of the wire's.
const EDITED_MIN_SIMILARITY = 0.5;
// Leftover pairs scored at most; past it (a page of a thousand new paragraphs) edits are paired only within their hunk.
const MAX_PAIRS = 40_000;
// A word diff over paragraphs this different is noise, and jsdiff's cost grows with the edit length.
const MAX_WORD_EDITS = 2_000;

const WORD = /[\p{L}\p{N}]+/gu;

export function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function fold(p: string): string {
  return foldTypography(p).replace(/\s+/g, ' ');
}

function wordsOfFolded(folded: string): string[] {
  return folded.toLowerCase().match(WORD) ?? [];
}

/** Dice coefficient of two word multisets. */
function similarity(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

interface Leftover {
  /** Index in the original (removed) or the copy (added). */
  at: number;
  /** Which change hunk of the alignment it belongs to: pairs across hunks moved. */
  hunk: number;
  folded: string;
  words: string[];
  partner: number | null;
}

/**
 * What an outlet did to the wire copy it ran: a copy compared with its
 * original paragraph by paragraph. Outlets trim the end, cut paragraphs,
 * add a local intro, move paragraphs up, and edit words (a new verb, a
 * fixed typo, house style, a spinner's synonyms); a newsroom asks which
 * paragraphs were kept, dropped, moved or rewritten, and how.
 *
 * Paragraphs are aligned on their text with typographic quotes and dashes
 * folded (a curly quote is no edit; a look-alike letter, a spinner's
 * trick, is), so the alignment is the longest run of paragraphs both keep
 * in order.
 * Among the paragraphs left over, one the other side has verbatim elsewhere
 * was moved; one that shares most of its words with a leftover of the other
 * side was edited, and its words are compared.
 */
export function compareCopy(originalText: string, copyText: string): CopyComparison {
  const original = paragraphsOf(originalText);
  const copy = paragraphsOf(copyText);
  // Each paragraph folded and cut into words once: the alignment, the pairing and the counts all read them.
  const originalFolded = original.map(fold);
  const copyFolded = copy.map(fold);
  const originalWords = originalFolded.map(wordsOfFolded);
  const copyWords = copyFolded.map(wordsOfFolded);
  const alignment = diffArrays(originalFolded, copyFolded);

  // Walk the alignment once: kept paragraphs, and the leftovers of each side with their hunk.
  type Step = { kind: 'same'; o: number; c: number } | { kind: 'removed'; o: number } | { kind: 'added'; c: number };
  const steps: Step[] = [];
  const removed: Leftover[] = [];
  const added: Leftover[] = [];
  let o = 0;
  let c = 0;
  let hunk = 0;
  for (const part of alignment) {
    if (!part.added && !part.removed) hunk++;
    for (let k = 0; k < part.value.length; k++) {
      if (part.removed) {
        removed.push({ at: o, hunk, folded: originalFolded[o], words: originalWords[o], partner: null });
        steps.push({ kind: 'removed', o: o++ });
      } else if (part.added) {
        added.push({ at: c, hunk, folded: copyFolded[c], words: copyWords[c], partner: null });
        steps.push({ kind: 'added', c: c++ });
      } else steps.push({ kind: 'same', o: o++, c: c++ });
    }
  }

  // Moved: the same paragraph on both sides, out of the kept order.
  const byFold = new Map<string, Leftover[]>();
  for (const r of removed) byFold.set(r.folded, [...(byFold.get(r.folded) ?? []), r]);
  for (const a of added) {
    const r = byFold.get(a.folded)?.find((x) => x.partner === null);
    if (r) [a.partner, r.partner] = [r.at, a.at];
  }
  // Edited: the most similar leftovers first, each paragraph in one pair at most.
  const free = (xs: Leftover[]) => xs.filter((x) => x.partner === null);
  const [freeRemoved, freeAdded] = [free(removed), free(added)];
  const pairs: Array<{ r: Leftover; a: Leftover; sim: number }> = [];
  const crossHunks = freeRemoved.length * freeAdded.length <= MAX_PAIRS;
  for (const a of freeAdded)
    for (const r of freeRemoved) {
      if (!crossHunks && r.hunk !== a.hunk) continue;
      const sim = similarity(r.words, a.words);
      if (sim >= EDITED_MIN_SIMILARITY) pairs.push({ r, a, sim });
    }
  pairs.sort((x, y) => y.sim - x.sim || x.a.at - y.a.at || x.r.at - y.r.at);
  for (const { r, a } of pairs) if (r.partner === null && a.partner === null) [a.partner, r.partner] = [r.at, a.at];

  const addedAt = new Map(added.map((a) => [a.at, a]));
  const removedAt = new Map(removed.map((r) => [r.at, r]));
  const paragraphs: ParagraphChange[] = [];
  const summary = { same: 0, moved: 0, edited: 0, added: 0, removed: 0, wordsAdded: 0, wordsRemoved: 0, originalKept: 0 };
  let keptWords = 0;
  for (const step of steps) {
    if (step.kind === 'same') {
      paragraphs.push({ op: 'same', text: copy[step.c] });
      summary.same++;
      keptWords += originalWords[step.o].length;
    } else if (step.kind === 'removed') {
      const r = removedAt.get(step.o)!;
      // A paired paragraph is listed where the copy has it.
      if (r.partner !== null) continue;
      paragraphs.push({ op: 'removed', text: original[step.o] });
      summary.removed++;
      summary.wordsRemoved += r.words.length;
    } else {
      const a = addedAt.get(step.c)!;
      if (a.partner === null) {
        paragraphs.push({ op: 'added', text: copy[step.c] });
        summary.added++;
        summary.wordsAdded += a.words.length;
        continue;
      }
      const r = removedAt.get(a.partner)!;
      if (r.folded === a.folded) {
        paragraphs.push({ op: 'moved', text: copy[step.c] });
        summary.moved++;
        keptWords += r.words.length;
        continue;
      }
      const change = editedParagraph(original[r.at], copy[step.c], r.hunk !== a.hunk);
      paragraphs.push(change);
      summary.edited++;
      for (const w of change.words ?? []) {
        const n = w.text.match(WORD)?.length ?? 0;
        if (w.op === 'added') summary.wordsAdded += n;
        else if (w.op === 'removed') summary.wordsRemoved += n;
        else keptWords += n;
      }
    }
  }
  const originalCount = originalWords.reduce((n, ws) => n + ws.length, 0);
  summary.originalKept = originalCount ? Math.round((1000 * Math.min(keptWords, originalCount)) / originalCount) / 1000 : 0;
  return { paragraphs, summary };
}

function editedParagraph(original: string, copy: string, moved: boolean): ParagraphChange {
  // Words as `git diff --word-diff` cuts them: runs of non-space with the
  // spaces after them, compared as the reader sees them (case and punctuation
  // included, typographic quotes and dashes folded). Kept and added words are
  // cut from the copy, dropped ones from the original, so each side comes
  // back whole from its own changes.
  const from = original.match(/\S+\s*/g) ?? [];
  const to = copy.match(/\S+\s*/g) ?? [];
  const changes = diffArrays(from, to, { maxEditLength: MAX_WORD_EDITS, comparator: (a, b) => foldTypography(a.trimEnd()) === foldTypography(b.trimEnd()) });
  const base = { op: 'edited' as const, text: copy, original, ...(moved ? { moved: true } : {}) };
  if (!changes) return { ...base, words: [{ op: 'removed', text: original }, { op: 'added', text: copy }] };
  const words: WordChange[] = [];
  let i = 0;
  let j = 0;
  for (const ch of changes) {
    const n = ch.count ?? ch.value.length;
    if (ch.removed) {
      // The space before a dropped run is the original's, also after a word the copy ends its paragraph on ("remarks.").
      const spaced = i > 0 && /\s$/.test(from[i - 1]) && words.length > 0 && !/\s$/.test(words[words.length - 1].text);
      words.push({ op: 'removed', text: (spaced ? ' ' : '') + from.slice(i, (i += n)).join('') });
      continue;
    }
    const text = to.slice(j, (j += n)).join('');
    if (!ch.added) i += n;
    words.push({ op: ch.added ? 'added' : 'same', text });
  }
  return { ...base, words };
}
