import type { ChildNode, Document, Element } from 'domhandler';
import { BLOCK, attr, classAndId, isElement, isHidden } from './dom.js';

/**
 * Main-content selection for HTML pages.
 *
 * Blocks (paragraph-level runs of text) are collected in document order with
 * their ancestry, link density and tag. Candidate containers are scored the
 * way Readability does (each paragraph gives its parent its weight, its
 * grandparent half and further ancestors less), with stronger priors from
 * the markup: schema.org articleBody, <article>, and class names that CMSs
 * use for story bodies. The best container's blocks, plus sibling blocks that
 * are plainly article prose, are returned for the text-level filters.
 */

export interface Block {
  text: string;
  tag: string; // nearest block-level ancestor tag
  linkChars: number;
  path: Element[]; // ancestors, outermost first
  heading: boolean;
  listItem: boolean;
  quote: boolean;
  boilerplate: boolean; // inside a container whose class/id says sidebar, share bar, ...
  caption: boolean;
  /** The number an ordered list shows before this item (its first block only). */
  ordinal: number | null;
}

// Containers that never hold article text.
const DROP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'select', 'button', 'form', 'input', 'textarea', 'nav', 'head', 'video', 'audio', 'picture', 'img', 'map']);

// Readability's unlikely-candidates list, extended with what news templates
// add: share bars, newsletter boxes, "recommended"/"trending" rails, paywall
// prompts, cookie banners, author bios and tag clouds. Not "widget": BEM
// blocks such as "c-product-widget__content" hold a buying guide's reviews.
// A name's own letters run on as [a-z0-9] (the attribute is lower-cased),
// not \w: \w holds the "_" that also ends a name, and a class attribute
// of "_nav_nav_nav..." was rescanned from every "_" (quadratic; the
// regex-safety test's analyser found such an attack now and then).
const NEGATIVE =
  /(?:^|[\s_-])(?:ad|ads|advert[a-z0-9]*|banner|breadcrumbs?|combx|comments?|comment-[a-z0-9]+|community|cookie[a-z0-9]*|consent|disqus|footer|gdpr|masthead|menu|nav[a-z0-9]*|navbar|newsletter|outbrain|taboola|pagination|pager|popup|modal|promo[a-z0-9]*|recommend[a-z0-9]*|related[a-z0-9]*|remark|replies|rss|share[a-z0-9]*|sharing|social[a-z0-9]*|sponsor[a-z0-9]*|subscri[a-z0-9]*|signup|sidebar|skyscraper|tags?|tag-?list|trending|popular|most-read|read-?next|more-?stories|read-?more|excerpt|paywall|toolbar|tooltip|print|author-?bio|about-?author|author-+bio[a-z0-9]*|author-?box[a-z0-9]*|author-?desc[a-z0-9]*|saboxplugin[a-z0-9]*|jump-?link|skip-?link|sr-only|visually-hidden|screen-reader[a-z0-9]*|breaking-news-bar|newsletter[a-z0-9]*|alert[a-z0-9]*)(?:$|[\s_-])/;
const POSITIVE = /article|body|content|entry|main|post|story|text|prose|blog|news/;
// Readability's "maybe a candidate" list: a wrapper named like this is kept
// even when it also says sidebar or share ("content-sidebar-wrap").
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/;
const BODY_HINT = /(?:articlebody|article-body|article__body|article-content|article__content|story-body|story-content|post-content|post-body|entry-content|content-body|body-text|article-text|rich-text|c-entry-content|post__content|main-content|article_body|story_body|storycontent|articletext|td-post-content|single-content|blog-content)/;

export function collectBlocks(doc: Document): Block[] {
  const blocks: Block[] = [];
  // The boilerplate containers above each block (aside, footer, a nested
  // header; sidebar-, share-, comment-named boxes), judged once the page's
  // text has been counted: see below.
  const boilerplateAbove: Element[][] = [];
  const above: Element[] = [];
  const path: Element[] = [];
  let buf = '';
  let links = 0;
  let flags = { caption: 0, quote: 0 };
  const blockStack: string[] = ['body'];
  let inCell = false;
  let ordinal: number | null = null;

  const flush = () => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) {
      const tag = blockStack[blockStack.length - 1];
      blocks.push({
        text,
        tag,
        linkChars: Math.min(links, text.length),
        path: [...path],
        heading: /^h[1-6]$/.test(tag),
        listItem: tag === 'li' || tag === 'dd' || tag === 'dt',
        quote: flags.quote > 0,
        boilerplate: false,
        caption: flags.caption > 0,
        ordinal,
      });
      ordinal = null;
      boilerplateAbove.push([...above]);
    }
    buf = '';
    links = 0;
  };

  const walk = (nodes: ChildNode[], inLink: boolean) => {
    for (const n of nodes) {
      if (n.type === 'text') {
        const d = (n as unknown as { data: string }).data;
        buf += d;
        if (inLink) links += d.replace(/\s+/g, '').length;
        continue;
      }
      if (!isElement(n)) continue;
      const el = n;
      const name = el.name;
      // What is left out still separates: a dropped <nav> between two
      // inline runs ("Read More", then a link) ends a line, as it does on
      // screen, and an icon or a hidden label between two words is a gap.
      if (DROP_TAGS.has(name) || isHidden(el)) {
        if (BLOCK.has(name) && !inCell) flush();
        else buf += ' ';
        continue;
      }
      if (name === 'br' || name === 'hr') {
        if (inCell) buf += ' ';
        else flush();
        continue;
      }
      const ci = classAndId(el);
      const negative = NEGATIVE.test(ci) && !MAYBE.test(ci) && !BODY_HINT.test(ci) && name !== 'body' && name !== 'article' && name !== 'main';
      const isCaption = name === 'figcaption' || /caption|credit/.test(ci);
      const isQuote = name === 'blockquote';
      // Table cells join their row ("| cell | cell |"): a row is one line of text.
      const cell = name === 'td' || name === 'th';
      // A data cell's paragraphs (<td><p>) stay in its row; a layout table's
      // cell that holds a whole page (long text, tables of its own) does not.
      const flatCell = cell && !inCell && isDataCell(el);
      const block = ((BLOCK.has(name) && !cell) || name === 'figcaption') && !inCell;
      if (!block && inCell && BLOCK.has(name)) buf += ' ';
      if (cell) buf += ' | ';
      if (flatCell) inCell = true;
      if (block) flush();
      // After the flush: text pending before the item is not the item.
      if (name === 'li') ordinal = ordinalOf(el);
      path.push(el);
      if (block) blockStack.push(name);
      const boilerplate = negative || name === 'aside' || name === 'footer' || (name === 'header' && path.length > 3);
      if (boilerplate) above.push(el);
      if (isCaption) flags.caption++;
      if (isQuote) flags.quote++;
      walk(el.children, inLink || name === 'a');
      // A cell's text ends at its cell: what follows it never runs into it.
      if (cell) buf += ' ';
      if (flatCell) inCell = false;
      else if (inCell && BLOCK.has(name)) buf += ' ';
      if (block) flush();
      if (name === 'li') ordinal = null;
      if (boilerplate) above.pop();
      if (isCaption) flags.caption--;
      if (isQuote) flags.quote--;
      if (block) blockStack.pop();
      path.pop();
    }
  };
  walk(doc.children, false);
  flush();
  // Containers of one kind (tag and class) that together hold most of the
  // page's text are the article, whatever they are called: a layout named
  // "sidebar-layout" or "has-sidebar", a CMS that wraps each section of a
  // story in a "related"- or "promo"-named box, a Webflow template that puts
  // the whole post in a <header class="section_blog-post">. A real sidebar,
  // share bar or comment thread never holds the majority. An <aside> or a
  // <footer> stays boilerplate even then: on a short page a legal footer can
  // outweigh the story.
  // Each container's kind is worked out once: every block below it asks.
  const kinds = new Map<Element, string>();
  const kind = (el: Element) => kinds.get(el) ?? kinds.set(el, `${el.name} ${classAndId(el)}`).get(el)!;
  const always = (el: Element) => el.name === 'aside' || el.name === 'footer';
  const total = blocks.reduce((s, b) => s + b.text.length, 0);
  const held = new Map<string, number>();
  blocks.forEach((b, i) => {
    for (const k of new Set(boilerplateAbove[i].map(kind))) held.set(k, (held.get(k) ?? 0) + b.text.length);
  });
  blocks.forEach((b, i) => {
    b.boilerplate = boilerplateAbove[i].some((el) => always(el) || held.get(kind(el))! * 2 < total);
  });
  return blocks;
}

// Each list's items, numbered once (a list of thousands must not be counted again for every item).
const itemIndex = new WeakMap<Element, Map<Element, number>>();

/** The number an <ol> shows before the item (its start, reversed, value), or null in a <ul>. */
function ordinalOf(li: Element): number | null {
  const list = li.parent as Element | null;
  if (!list || !isElement(list) || list.name !== 'ol') return null;
  const own = Number.parseInt(attr(li, 'value') ?? '', 10);
  if (Number.isFinite(own)) return own;
  let index = itemIndex.get(list);
  if (!index) {
    index = new Map();
    for (const c of list.children) if (isElement(c) && c.name === 'li') index.set(c, index.size);
    itemIndex.set(list, index);
  }
  const reversed = attr(list, 'reversed') !== undefined;
  const start = Number.parseInt(attr(list, 'start') ?? '', 10);
  const first = Number.isFinite(start) ? start : reversed ? index.size : 1;
  const at = index.get(li) ?? 0;
  return reversed ? first - at : first + at;
}

const DATA_CELL_TEXT = 400;

/**
 * A cell of a data table: short text and no table inside (not a layout
 * table's page-sized cell). The walk stops at the first table or once the
 * text is too long, so nested layout tables are not read again at every level.
 */
function isDataCell(cell: Element): boolean {
  let length = 0;
  const short = (nodes: ChildNode[]): boolean => {
    for (const n of nodes) {
      if (n.type === 'text') {
        length += (n as unknown as { data: string }).data.length;
        if (length > DATA_CELL_TEXT) return false;
      } else if (isElement(n)) {
        if (n.name === 'table' || !short(n.children)) return false;
      }
    }
    return true;
  };
  return short(cell.children);
}

export function linkDensity(b: Block): number {
  return b.text.length ? b.linkChars / b.text.length : 0;
}

function weightOf(b: Block): number {
  if (b.boilerplate || b.caption || b.heading) return 0;
  const len = b.text.length;
  if (len < 25 || linkDensity(b) > 0.5) return 0;
  const commas = (b.text.match(/[,，、]/g) ?? []).length;
  return (1 + commas + Math.min(Math.floor(len / 100), 3)) * (1 - linkDensity(b));
}

/**
 * A body class on a card elsewhere on the page names no body: themes reuse
 * the post template's class for the excerpts of other posts (Breakdance's
 * "ee-post-content" on each related-post card under an article whose
 * paragraphs sit straight in <main>). A hinted element scoring under half
 * the prose score of the page's richest element, and neither inside it nor
 * around it, loses the hint's bonus. (A body cut into several hinted
 * blocks lies inside the element that gathers them.)
 */
function discountHintedTeasers(score: Map<Element, number>, prior: Map<Element, number>): void {
  let richest: Element | null = null;
  let most = 0;
  for (const [el, s] of score) if (s - prior.get(el)! > most) [richest, most] = [el, s - prior.get(el)!];
  if (!richest) return;
  for (const [el, s] of score) {
    // Only an element the hint could have raised is asked the rest: its prior is at least the hint's less a negative class's.
    if (prior.get(el)! >= BODY_HINT_BONUS - NEGATIVE_CLASS_PENALTY && bodyHinted(el) && s - prior.get(el)! < most / 2 && !contains(el, richest) && !contains(richest, el)) score.set(el, s - BODY_HINT_BONUS);
  }
}

function contains(outer: Element, inner: Element): boolean {
  for (let p: Element | null = inner; p; p = p.parent as Element | null) if (p === outer) return true;
  return false;
}

/** Does the element say it holds the story's body (schema.org's `articleBody`, a story-body class)? `ci`: its class and id. */
function bodyHinted(el: Element, ci = classAndId(el)): boolean {
  return attr(el, 'itemprop') === 'articleBody' || BODY_HINT.test(ci);
}

const BODY_HINT_BONUS = 40;
const NEGATIVE_CLASS_PENALTY = 25;

function classPrior(el: Element): number {
  const ci = classAndId(el);
  let w = 0;
  if (bodyHinted(el, ci)) w += BODY_HINT_BONUS;
  if (el.name === 'article') w += 15;
  if (el.name === 'main') w += 5;
  if (POSITIVE.test(ci)) w += 10;
  if (NEGATIVE.test(ci)) w -= NEGATIVE_CLASS_PENALTY;
  return w;
}

/** A list item, or a paragraph that is one (`<li><p>`, as Asciidoc and Markdown renderers write them). */
export function inList(b: Block): boolean {
  return b.listItem || b.path[b.path.length - 2]?.name === 'li';
}

/** The container Readability-style scoring picks (null when nothing scores). */
export function mainContainer(blocks: Block[]): Element | null {
  const score = new Map<Element, number>();
  const prior = new Map<Element, number>();
  for (const b of blocks) {
    const w = weightOf(b);
    if (!w) continue;
    const n = b.path.length;
    for (let level = 1; level <= 4 && n - level >= 0; level++) {
      const el = b.path[n - level];
      const div = level === 1 ? 1 : level === 2 ? 2 : level * 3;
      if (!score.has(el)) {
        const p = classPrior(el);
        prior.set(el, p);
        score.set(el, p);
      }
      score.set(el, score.get(el)! + w / div);
    }
  }
  let top: Element | null = null;
  let topScore = -Infinity;
  discountHintedTeasers(score, prior);
  for (const [el, s] of score) {
    if (s > topScore) [top, topScore] = [el, s];
  }
  if (!top) return null;

  // Articles split across sibling containers (a lead block, then the body
  // after an ad slot) share the top candidate's parent: climb while the
  // parent holds clearly more prose than the candidate alone.
  const proseIn = (el: Element) => blocks.filter((b) => b.path.includes(el) && weightOf(b) > 0).reduce((s, b) => s + b.text.length, 0);
  let container = top;
  for (let i = 0; i < 3; i++) {
    const parent = container.parent as Element | null;
    if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html') break;
    const mine = proseIn(container);
    const theirs = proseIn(parent);
    const parentScore = score.get(parent) ?? 0;
    if (theirs > mine * 1.5 && parentScore > topScore * 0.33 && !NEGATIVE.test(classAndId(parent))) container = parent;
    else break;
  }
  return container;
}
