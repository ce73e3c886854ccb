import type { Element } from 'domhandler';
import { linkDensity, type Block } from './content.js';
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
export function bodyBlocks(blocks: Block[], container: Element | null): Block[] {
  const score = blocks.map((b) => blockScore(b, container));
  const [start, end] = bestSpan(score);
  if (start < 0) return [];
  return blocks.slice(start, end + 1).filter((b, i) => score[start + i] > -2.5 || b.heading || (b.listItem && linkDensity(b) < 0.5 && !b.boilerplate));
}

function blockScore(b: Block, container: Element | null): number {
  const words = countWords(b.text);
  const ld = linkDensity(b);
  const inMain = container ? b.path.includes(container) : false;
  if (b.caption) return -Math.max(2, words / 2);
  if (ld > 0.5) return -Math.max(2, words * ld);
  let s: number;
  if (b.heading) s = -0.5;
  else if (b.listItem) s = isProse(b.text, words) ? words * 0.5 : -0.3;
  else if (isProse(b.text, words)) s = words * (1 - ld);
  else s = -Math.min(2, 1 + words / 3);
  // Even a sentence counts against inside a sidebar, comment or share box:
  // a comment thread or a teaser rail after the story is prose too (Slashdot,
  // a blog's "Leave a reply"), and must not extend the span.
  if (b.boilerplate) s = s > 0 ? -1 - s * 0.1 : s * 2 - 1;
  if (inMain) s = s > 0 ? s * 2 : s * 0.5;
  return s;
}
