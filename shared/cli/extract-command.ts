import { extractArticle } from '../extraction/index.js';
import { readMaybeGzip } from './read-input.js';

/** `extract`: one JSON line per file, in one process (thousands of files are fine). */
export async function extractCommand(files: string[], opts: { format: 'html' | 'text' | 'auto'; url?: string }): Promise<void> {
  for (const file of files) {
    const body = await readMaybeGzip(file);
    const format = opts.format === 'auto' && /\.html?(?:\.gz)?$/i.test(file) ? 'html' : opts.format;
    const a = extractArticle({ body, format, meta: opts.url ? { url: opts.url } : {} });
    const line = {
      file, title: a.title, authors: a.authors, publishedAt: a.publishedAt, outlet: a.outlet, wireAgency: a.wireAgency,
      dateline: a.dateline, language: a.language, canonicalUrl: a.canonicalUrl, text: a.text,
    };
    if (!process.stdout.write(JSON.stringify(line) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
}
