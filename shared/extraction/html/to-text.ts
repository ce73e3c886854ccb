import { parseHtml } from './parse.js';
import type { ChildNode, Element } from 'domhandler';

/**
 * Plain html-to-text: the visible text of a page, one block element per
 * line. This is what a scraper without an extractor uploads, and what the
 * evaluation feeds the text path.
 */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas', 'select', 'button']);
export const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'blockquote', 'pre',
  'figure', 'figcaption', 'form', 'fieldset', 'address', 'hr', 'br', 'title', 'caption', 'details', 'summary', 'body', 'html',
]);

export function htmlToText(html: string): string {
  const doc = parseHtml(html);
  const out: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') out.push((n as unknown as { data: string }).data.replace(/\s+/g, ' '));
      else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
        const el = n as Element;
        if (SKIP.has(el.name) || el.attribs?.hidden !== undefined || el.attribs?.['aria-hidden'] === 'true') continue;
        const block = BLOCK.has(el.name);
        if (block) out.push('\n');
        walk(el.children);
        if (block) out.push('\n');
      }
    }
  };
  walk(doc.children);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
