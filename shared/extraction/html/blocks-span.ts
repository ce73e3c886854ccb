import type { Element } from 'domhandler';
import { inList, linkDensity, type Block } from './content.js';
import { bestSpan } from '../text/segment.js';
import { isProse } from '../text/lines.js';
import { countWords } from '../normalise.js';

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
  const end = structuredTail(blocks, spanEnd, container);
  const kept = blocks.slice(start, end + 1).filter((b, i) => score[start + i] > -2.5 || b.heading || (inList(b) && linkDensity(b) < 0.5 && !b.boilerplate));
  return { blocks: kept, introduced };
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

function blockScore(b: Block, container: Element | null): number {
  const words = countWords(b.text);
  const ld = linkDensity(b);
  const inMain = container ? b.path.includes(container) : false;
  if (b.caption) return -Math.max(2, words / 2);
  if (ld > 0.5) return -Math.max(2, words * ld);
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
