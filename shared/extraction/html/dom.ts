import type { AnyNode, ChildNode, Element } from 'domhandler';

/** Small DOM helpers over htmlparser2's tree (no CSS engine needed). */

export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

export function textOf(n: AnyNode): string {
  if (n.type === 'text') return (n as unknown as { data: string }).data;
  if (!isElement(n) || n.name === 'script' || n.name === 'style' || n.name === 'noscript') return '';
  let s = '';
  for (const c of n.children) s += textOf(c);
  return s;
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
