import type { Element } from 'domhandler';
import { inList, linkDensity, type Block } from './content.js';
import { bestSpan } from '../text/span.js';
import { isProse } from '../text/lines.js';
import { countWords } from '../normalise.js';
import { POINTER_SENTENCE } from '../text/labels.js';

/**
 * The body of an HTML page as a span of blocks, chosen like the text path's
 * (maximum-sum run of block scores) but with what only markup tells:
 *  - blocks inside the container that Readability-style scoring picks (or
 *    schema.org articleBody) count more: that is where CMSs put the story;
 *  - blocks inside nav/aside/footer or sidebar-, share-, related-, comment-
 *    classed containers count against, as do link lists (menus, tag clouds,
 *    "more stories" rails) and captions;
 *  - headings and list items are neutral, so a subhead or a bulleted list
 *    inside the article does not break the span.
 */
export function bodyBlocks(blocks: Block[], container: Element | null): { blocks: Block[]; introduced: Set<Block> } {
  const score = blocks.map((b) => blockScore(b, container));
  const introduced = introducedLists(blocks);
  for (const [i, b] of blocks.entries()) if (introduced.has(b)) score[i] = Math.max(score[i], -0.3);
  const [start, spanEnd] = bestSpan(score);
  if (start < 0) return { blocks: [], introduced };
  const end = structuredTail(blocks, articleEnd(blocks, start, spanEnd, container), container);
  const kept = blocks.slice(start, end + 1).filter((b, i) => score[start + i] > -2.5 || b.heading || (inList(b) && linkDensity(b) < 0.5 && !b.boilerplate));
  return { blocks: kept, introduced };
}

/**
 * Where the span leaves the article's container for good. After the story,
 * a theme lays out more prose outside it: teaser cards of other posts (a
 * linked headline over its excerpt), a newsletter pitch, the company's own
 * FAQ, "Why choose us" blurbs. Each card's excerpt outweighs its link, so
 * the span runs on through them. It stops at the container's last block
 * when less prose lies beyond it than the container held. A card's excerpt
 * is not counted as prose beyond: a short news item followed by a rail of
 * eight cards (Global Traveler's "Read This Next") has less text than its
 * teasers. Page builders
 * (Squarespace, Gutenberg, Drupal fields) cut one story into several
 * copies of the same widget: a block in an element of the container's tag
 * whose classes include all of the container's is still the article's.
 */
function articleEnd(blocks: Block[], start: number, end: number, container: Element | null): number {
  if (!container) return end;
  const inArticle = articleWidget(container);
  let last = -1;
  let inside = 0;
  for (let i = start; i <= end; i++) {
    if (!inArticle(blocks[i])) continue;
    last = i;
    inside += countWords(blocks[i].text);
  }
  if (last < 0 || last === end) return end;
  let beyond = 0;
  for (let i = last + 1; i <= end; i++) if (!teaserExcerpt(blocks, i)) beyond += countWords(blocks[i].text);
  return beyond < inside ? last : end;
}

/** A teaser card's excerpt: the block right under a headline that is all link (a card of another post). */
function teaserExcerpt(blocks: Block[], i: number): boolean {
  const above = blocks[i - 1];
  return !!above && above.heading && !blocks[i].heading && linkDensity(above) > 0.75;
}

function articleWidget(container: Element): (b: Block) => boolean {
  const classes = (container.attribs.class ?? '').split(/\s+/).filter(Boolean);
  // A bare <div> has no copies to recognise: its parent holds the article.
  const parent = container.parent as Element | null;
  if (!classes.length) return (b) => b.path.includes(container) || (!!parent && b.path.includes(parent));
  // Every block asks about each of its ancestors: each is worked out once.
  const known = new Map<Element, boolean>();
  const sameWidget = (e: Element) => {
    let same = known.get(e);
    if (same === undefined) {
      const own = new Set((e.attribs.class ?? '').split(/\s+/));
      same = e.name === container.name && classes.every((c) => own.has(c));
      known.set(e, same);
    }
    return same;
  };
  return (b) => b.path.includes(container) || b.path.some(sameWidget);
}

/**
 * A table or a list that closes the article (a comparison table after the
 * last paragraph, a price list, a list of sources) adds nothing to the
 * span's sum, so the span stops before it; inside the main container it is
 * still the article's, up to the first block that is not such a row or item.
 */
function structuredTail(blocks: Block[], end: number, container: Element | null): number {
  if (!container) return end;
  let j = end;
  while (j + 1 < blocks.length) {
    const b = blocks[j + 1];
    if (b.boilerplate || !b.path.includes(container) || !(b.tag === 'tr' || inList(b)) || linkDensity(b) >= 0.5) break;
    j++;
  }
  return j;
}

/**
 * The items of a list that a sentence of the article introduces ("Many
 * patches were sent for review:", "Here's what has been done during the
 * past months:"): the article's, however many of them are links (a
 * changelog, a list of sources), so they score as a plain list and are not
 * dropped as a link rail. A label ("Related:", "Read more:") is no sentence
 * and introduces nothing.
 */
function introducedLists(blocks: Block[]): Set<Block> {
  const out = new Set<Block>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const intro = blocks[i];
    if (inList(intro) || intro.heading || intro.boilerplate || !intro.text.trimEnd().endsWith(':') || countWords(intro.text) < 5) continue;
    for (let j = i + 1; j < blocks.length && inList(blocks[j]) && !blocks[j].boilerplate; j++) out.add(blocks[j]);
  }
  return out;
}

// Three separators make a line of links, however it reads ("Sie suchen: Werbeagentur Düsseldorf / Werbeagentur Berlin / ...").
const LINK_SEPARATOR = /\s[/|·•]\s/g;

/**
 * A sentence of the article that links most of its words, asked of a
 * block inside the article's container: a review naming the companies that
 * use each product, each name a link ("Companies using Amazon Lex are
 * Nokia, Vonage, Replicon, ..."), is a sentence, not a link list. Up to
 * four fifths links, eight words or more, no list item or table row (their
 * own rules keep them), not a pointer to other pages, no run of separators.
 */
export function isLinkedSentence(b: Block, text: string, words = countWords(text)): boolean {
  const ld = linkDensity(b);
  return ld <= 0.8 && words >= 8 && !b.heading && !b.boilerplate && b.tag !== 'tr' && !inList(b) && !POINTER_SENTENCE.test(text) && (text.match(LINK_SEPARATOR)?.length ?? 0) < 3 && isProse(text, words);
}

function blockScore(b: Block, container: Element | null): number {
  const words = countWords(b.text);
  const ld = linkDensity(b);
  const inMain = container ? b.path.includes(container) : false;
  if (b.caption) return -Math.max(2, words / 2);
  if (ld > 0.5 && !(inMain && isLinkedSentence(b, b.text.trim(), words))) return -Math.max(2, words * ld);
  let s: number;
  if (b.heading) s = -0.5;
  else if (inList(b)) s = isProse(b.text, words) ? words * 0.5 : -0.3;
  else if (isProse(b.text, words)) s = words * (1 - ld);
  else s = -Math.min(2, 1 + words / 3);
  // Even a sentence counts against inside a sidebar, comment or share box:
  // a comment thread or a teaser rail after the story is prose too (Slashdot,
  // a blog's "Leave a reply"), and must not extend the span.
  if (b.boilerplate) s = s > 0 ? -1 - s * 0.1 : s * 2 - 1;
  if (inMain) s = s > 0 ? s * 2 : s * 0.5;
  return s;
}
