import { parseHtml } from './parse.js';
import type { ChildNode, Document, Element } from 'domhandler';
import { BLOCK, isHidden } from './dom.js';

export { BLOCK };

/**
 * Plain html-to-text: the visible text of a page, one block element per
 * line. This is what a scraper without an extractor uploads, and what the
 * evaluation feeds the text path.
 */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas', 'select', 'button']);

export function htmlToText(html: string): string {
  return documentText(parseHtml(html));
}

/** htmlToText of a page already parsed (the HTML path reads its text from the tree it has). */
export function documentText(doc: Document): string {
  const out: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') out.push((n as unknown as { data: string }).data.replace(/\s+/g, ' '));
      else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
        const el = n as Element;
        const block = BLOCK.has(el.name);
        // Left out, but still a boundary: a hidden block ends the line, an icon separates two words.
        if (SKIP.has(el.name) || isHidden(el)) {
          out.push(block ? '\n' : ' ');
          continue;
        }
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
