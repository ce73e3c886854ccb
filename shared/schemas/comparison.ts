import { z } from 'zod';

/** A copy compared with its original, paragraph by paragraph (dedupe/copy-diff.ts). */
export const WordChangeSchema = z.object({
  op: z.enum(['same', 'added', 'removed']),
  text: z.string(),
});

export const ParagraphChangeSchema = z.object({
  op: z.enum(['same', 'moved', 'edited', 'added', 'removed']).describe(
    'same: kept in place; moved: kept verbatim elsewhere; edited: rewritten (most of its words kept); added: the copy\'s own; removed: dropped from the original',
  ),
  text: z.string().describe('the paragraph as the copy has it (as the original had it, for removed)'),
  original: z.string().optional().describe('edited: the original paragraph'),
  words: z.array(WordChangeSchema).optional().describe('edited: the copy\'s words in order, with the original\'s words it dropped'),
  moved: z.boolean().optional().describe('edited: the original paragraph sat elsewhere'),
});

export const CopyComparisonSchema = z.object({
  paragraphs: z.array(ParagraphChangeSchema),
  summary: z.object({
    same: z.number().int(),
    moved: z.number().int(),
    edited: z.number().int(),
    added: z.number().int(),
    removed: z.number().int(),
    wordsAdded: z.number().int(),
    wordsRemoved: z.number().int(),
    originalKept: z.number().describe('share of the original\'s words the copy kept, 0-1'),
  }),
});

export type WordChange = z.infer<typeof WordChangeSchema>;
export type ParagraphChange = z.infer<typeof ParagraphChangeSchema>;
export type CopyComparison = z.infer<typeof CopyComparisonSchema>;
