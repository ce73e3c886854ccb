import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';

/**
 * A document of a JSONL dump, as `cluster` and `extract` read them: a page
 * (text or HTML) with what the scraper knew about it.
 */
export const DocumentSchema = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String),
    text: z.string().nullish(),
    html: z.string().nullish(),
    title: z.string().nullish(),
    url: z.string().nullish(),
    publishedAt: z.string().nullish(),
    source: z.string().nullish(),
  })
  .refine((d) => d.text != null || d.html != null, { message: 'each document needs text or html' });
export type Document = z.infer<typeof DocumentSchema>;

/** A JSONL dump of documents (`.jsonl`, gzipped or not), as opposed to one page per file. */
export function isDocumentDump(file: string): boolean {
  return /\.jsonl(?:\.gz)?$/i.test(file);
}

/** The documents of a JSONL file (`-` for stdin), in file order; a bad line stops the read with its line number. */
export async function* readDocuments(file: string): AsyncGenerator<Document> {
  const raw = file === '-' ? process.stdin : createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${file} line ${n}: not JSON`);
    }
    const parsed = DocumentSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${file} line ${n}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'document'}: ${i.message}`).join('; ')}`);
    yield parsed.data;
  }
}

/** The upload metadata a document carries. */
export function documentMeta(d: Document) {
  return { title: d.title ?? undefined, url: d.url ?? undefined, publishedAt: d.publishedAt ?? undefined, source: d.source ?? undefined };
}
