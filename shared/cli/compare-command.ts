import type { z } from 'zod';
import type { ComparisonViewSchema } from '../http/schemas.js';
import { apiFetch, type ApiOptions } from './http-client.js';

type Comparison = z.infer<typeof ComparisonViewSchema>;

// Paragraphs the copy kept as they were are shown by their opening words; `--full` prints them whole.
const KEPT_PREVIEW = 80;

/**
 * What a copy changed in its original, as a word diff in the style of
 * `git diff --word-diff=plain`: `=` kept, `>` moved, `~` edited with
 * [-dropped-]{+added+} words, `+` the copy's own paragraph, `-` a dropped one.
 */
export async function compareCommand(id: string, opts: ApiOptions & { with?: string; json: boolean; full: boolean }): Promise<void> {
  const query = opts.with ? `?with=${encodeURIComponent(opts.with)}` : '';
  const { body } = await apiFetch<Comparison>(opts, `/articles/${encodeURIComponent(id)}/compare${query}`);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(body)}\n`);
    return;
  }
  process.stdout.write(formatComparison(body, opts.full));
}

export function formatComparison(c: Comparison, full = false): string {
  const name = (a: Comparison['article']) => `${a.id}${a.outlet ? ` (${a.outlet})` : ''}`;
  const s = c.summary;
  const out = [
    `${name(c.article)} compared with ${name(c.original)}${c.isCopyOf ? ', the article it copies' : ''}${c.sameStory ? '' : ' (another story)'}`,
    `kept ${Math.round(s.originalKept * 100)}% of the original: ${s.same} kept, ${s.moved} moved, ${s.edited} edited, ${s.added} added, ${s.removed} removed paragraph(s); +${s.wordsAdded} / -${s.wordsRemoved} words`,
  ];
  if (c.titleChanged) out.push(`headline: "${c.original.title ?? '(none)'}" -> "${c.article.title ?? '(none)'}"`);
  else if (c.article.title) out.push(`headline: unchanged`);
  out.push('');
  const preview = (t: string) => (full || t.length <= KEPT_PREVIEW ? t : `${t.slice(0, KEPT_PREVIEW).trimEnd()}…`);
  for (const p of c.paragraphs) {
    if (p.op === 'same') out.push(`= ${preview(p.text)}`);
    else if (p.op === 'moved') out.push(`> ${preview(p.text)}`);
    else if (p.op === 'added') out.push(`+ ${p.text}`);
    else if (p.op === 'removed') out.push(`- ${p.text}`);
    else out.push(`~ ${wordDiff(p.words ?? [])}${p.moved ? '   (moved)' : ''}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * Word changes inline, their spaces outside the markers as git prints them:
 * "[-stabilising-]{+stabilizing+} factor", not "[-stabilising -]{+stabilizing +}factor".
 */
function wordDiff(words: Array<{ op: string; text: string }>): string {
  return words
    .map((w, k) => {
      if (w.op === 'same') return w.text;
      const core = w.text.trimEnd();
      const space = w.text.slice(core.length);
      // A dropped run right before the words that replace it: one space, after the replacement.
      if (w.op === 'removed') return `[-${core}-]${words[k + 1]?.op === 'added' ? '' : space}`;
      return `{+${core}+}${space}`;
    })
    .join('');
}
