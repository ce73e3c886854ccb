import { extractArticle } from '../extraction/index.js';
import type { ExtractedArticle, UploadMeta } from '../schemas/article.js';
import { documentMeta, isDocumentDump, readDocuments } from './documents.js';
import { readMaybeGzip } from './read-input.js';

/**
 * `extract`: one JSON line per page, in one process (thousands of files are
 * fine). A `.jsonl` file is a dump of documents in `cluster`'s format
 * (`{id, text|html, title?, url?, publishedAt?, source?}`), one line out per
 * document: each brings its own URL, which a single `--url` cannot.
 */
export async function extractCommand(files: string[], opts: { format: 'html' | 'text' | 'auto'; url?: string }): Promise<void> {
  for (const file of files) {
    if (isDocumentDump(file)) {
      for await (const d of readDocuments(file)) {
        const meta = documentMeta(d);
        const a = extractArticle({ body: d.html ?? d.text ?? '', format: d.html != null ? 'html' : 'text', meta: { ...meta, url: meta.url ?? opts.url } });
        await print({ file, id: d.id, ...fields(a) });
      }
      continue;
    }
    const body = await readMaybeGzip(file);
    const format = opts.format === 'auto' && /\.html?(?:\.gz)?$/i.test(file) ? 'html' : opts.format;
    const meta: UploadMeta = opts.url ? { url: opts.url } : {};
    await print({ file, ...fields(extractArticle({ body, format, meta })) });
  }
}

function fields(a: ExtractedArticle) {
  return {
    title: a.title, authors: a.authors, publishedAt: a.publishedAt, modifiedAt: a.modifiedAt, outlet: a.outlet, wireAgency: a.wireAgency,
    dateline: a.dateline, language: a.language, canonicalUrl: a.canonicalUrl, text: a.text,
  };
}

async function print(line: object): Promise<void> {
  if (!process.stdout.write(JSON.stringify(line) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
}
