import type { AnyNode, ChildNode, Element } from 'domhandler';

/** Small DOM helpers over htmlparser2's tree (no CSS engine needed). */

export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** Block-level elements: their text never runs into the text beside them. */
export const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'blockquote', 'pre',
  'figure', 'figcaption', 'form', 'fieldset', 'address', 'hr', 'br', 'title', 'caption', 'details', 'summary', 'body', 'html',
]);

/** Not rendered: the hidden attribute, aria-hidden, or an inline style that hides it. */
export function isHidden(el: Element): boolean {
  const a = el.attribs ?? {};
  // React's streaming server rendering sends each suspended segment as
  // `<div hidden id="S:0">` and an inline script moves it into the page at
  // once: in a browser it is the article, so it is shown here too.
  // A collapsed accordion panel (WAI-ARIA's pattern: role="region" labelled
  // by the button that opens it) holds the article's own sections, shown on
  // a click: "1. Understand your electric bill" and the steps under it.
  if (isAccordionPanel(a)) return false;
  const hidden = (a.hidden !== undefined && !STREAMED_SEGMENT.test(a.id ?? '')) || a['aria-hidden'] === 'true' || /display:\s*none|visibility:\s*hidden/i.test(a.style ?? '');
  return hidden && !followsToggle(el);
}

/**
 * A collapsed section right after the button that opens it (WAI-ARIA's
 * disclosure pattern: a button with aria-expanded, alone or in the heading
 * or header over the panel): a buying guide's "What to Consider" sections,
 * an FAQ's answers. They are the article's, shown on a click.
 */
function followsToggle(el: Element): boolean {
  let prev = el.prev;
  while (prev && prev.type === 'text' && !(prev as unknown as { data: string }).data.trim()) prev = prev.prev;
  if (!prev || !isElement(prev)) return false;
  const isToggle = (e: Element) => e.name === 'button' && e.attribs['aria-expanded'] !== undefined;
  if (isToggle(prev)) return true;
  const holds = (e: Element, depth: number): boolean => e.children.some((c) => isElement(c) && (isToggle(c) || (depth > 1 && holds(c, depth - 1))));
  return holds(prev, 2);
}
const STREAMED_SEGMENT = /^S:\d+$/;

function isAccordionPanel(a: Record<string, string>): boolean {
  return a.role === 'region' && a['aria-labelledby'] !== undefined;
}

/** Neither it nor an ancestor is hidden (a menu's hidden <h1> is not the page's headline). */
export function isRendered(el: Element): boolean {
  for (let e: Element | null = el; e && isElement(e); e = e.parent as Element | null) if (isHidden(e)) return false;
  return true;
}

/** The text a reader sees in `n` (like innerText): hidden parts left out, blocks separated by a space. */
export function textOf(n: AnyNode): string {
  if (n.type === 'text') return (n as unknown as { data: string }).data;
  if (!isElement(n)) return '';
  // Left out, but a boundary still: the words on either side stay apart.
  if (n.name === 'script' || n.name === 'style' || n.name === 'noscript' || isHidden(n)) return ' ';
  let s = '';
  for (const c of n.children) s += textOf(c);
  return BLOCK.has(n.name) ? ` ${s} ` : s;
}

export function findAll(root: AnyNode, pred: (el: Element) => boolean, out: Element[] = []): Element[] {
  if (isElement(root)) {
    if (pred(root)) out.push(root);
    for (const c of root.children) findAll(c, pred, out);
  } else if ('children' in root) {
    for (const c of (root as unknown as { children: ChildNode[] }).children) findAll(c, pred, out);
  }
  return out;
}

export function findFirst(root: AnyNode, pred: (el: Element) => boolean): Element | null {
  if (isElement(root) && pred(root)) return root;
  const kids = (root as unknown as { children?: ChildNode[] }).children;
  if (kids) for (const c of kids) {
    const hit = findFirst(c, pred);
    if (hit) return hit;
  }
  return null;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs?.[name];
}

/** class and id joined, lower-cased: what the boilerplate patterns match on. */
export function classAndId(el: Element): string {
  const a = el.attribs ?? {};
  return `${a.class ?? ''} ${a.id ?? ''} ${a.role ?? ''} ${a['data-component'] ?? ''}`.toLowerCase();
}
