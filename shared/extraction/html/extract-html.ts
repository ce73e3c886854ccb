import { parseHtml } from './parse.js';
import { collectBlocks, inList, linkDensity, mainContainer, type Block } from './content.js';
import { bodyBlocks, isLinkedSentence } from './blocks-span.js';
import { authorBoxes, readPageMeta, type PageMeta } from './metadata.js';
import { BULLET, classifyLine, isProse } from '../text/lines.js';
import { countWords, lineKey, normaliseText, trimEndChars } from '../normalise.js';
import { documentText } from './to-text.js';
import { segmentLines } from '../text/segment.js';
import { END_MARKER, PROMO } from '../text/labels.js';
import { namesFromCredits } from '../metadata/authors.js';

export interface HtmlSegments {
  meta: PageMeta;
  paragraphs: string[];
  bylines: string[];
  signOffs: string[];
  credits: string[];
  headerDate: string | null;
  /** Texts of the page's author elements, read only when nothing else names an author (a walk of the whole page). */
  readAuthorBoxes: () => string[];
  /** The page's visible text (htmlToText), read once from the parsed tree when asked for. */
  visibleText: () => string;
}

/** Main text and metadata of an HTML page. */
export function segmentHtml(html: string, isTemplateLine?: (key: string) => boolean): HtmlSegments {
  const doc = parseHtml(html);
  let text: string | null = null;
  const visibleText = () => (text ??= documentText(doc));
  const meta = readPageMeta(doc);
  const all = collectBlocks(doc);
  const main = mainContainer(all);
  const { blocks, introduced } = bodyBlocks(all, main);
  const bylines: string[] = [];
  const signOffs: string[] = [];
  const credits: string[] = [];
  const titleKey = keyOf(meta.h1 ?? meta.titleCandidates[0] ?? '');
  const kept: Block[] = [];
  const texts: string[] = [];
  const seen = new Set<string>();
  const inMain = (b: Block) => !!main && b.path.includes(main);
  // Words of the article's own prose after a block (asked only of the rare promo heading).
  const storyProseAfter = (i: number) =>
    blocks.slice(i + 1).reduce((n, b) => n + (!b.boilerplate && !b.heading && inMain(b) && isProse(b.text) ? countWords(b.text) : 0), 0);
  // A list inside the container with the article's prose before and after
  // it is the article's, however much of it is links: a packing list or a
  // buying guide links each item to a shop ("Guylines", "Tent poles or
  // trekking poles"). Not a table of contents: its items are the article's
  // own headings. (A list of other stories' headlines, each wholly a link of
  // several words, never reaches here: the span drops such blocks.) The
  // sides are worked out on the first link list met: most pages have none.
  let proseSides: { before: boolean[]; after: boolean[]; headings: Set<string> } | null = null;
  const midList = (i: number) => {
    const b = blocks[i];
    if (!inList(b) || !inMain(b) || b.boilerplate) return false;
    proseSides ??= sidesOfProse(blocks, inMain);
    return proseSides.before[i] && proseSides.after[i] && !proseSides.headings.has(itemKey(b.text));
  };
  for (const [i, b] of blocks.entries()) {
    const text = normaliseText(b.text).trim();
    // A promo box set inside the story ("Related Articles" over three links,
    // MIT Sloan's article_promo) or a share bar between the story and its
    // FAQ ("Share this", then "Performance Tuning: FAQs") heads no end of
    // the article when the story's own paragraphs go on after it: the text
    // rules would end the article at its label.
    if (b.boilerplate && END_MARKER.test(text) && storyProseAfter(i) >= IN_STORY_PROSE) continue;
    if (b.caption) {
      credits.push(text);
      continue;
    }
    const ld = linkDensity(b);
    // Link lists (tags, "more on this", pagination) are navigation. Not a
    // heading inside the article's container: a listicle links each item's
    // name to its product or place ("## [Pastaria](...)"), unless the
    // heading is a labelled promo ("Related: Three Tips for ...").
    // A short line that is partly links is a menu ("Home | About | Blog"),
    // but not a sentence of the article with a link in it ("Use our Moving
    // Day Checklist so you don't miss anything.").
    // (Asked only of the blocks the link rules would drop.)
    const articleHeading = () => b.heading && inMain(b) && !isLabelledPromo(text);
    const articleSentence = () => !b.heading && inMain(b) && isProse(text) && !isLabelledPromo(text);
    const linkList = ld > 0.5 ? !(articleSentence() && isLinkedSentence(b, text)) : ld > 0.3 && countWords(text) < 15 && !b.heading && !articleSentence();
    if (linkList && !introduced.has(b) && !articleHeading() && !midList(i)) continue;
    // Structure survives as light markup the text path understands: list
    // items as "• item", table rows as "| a | b |", headings as "## heading".
    const marked = b.tag === 'tr' ? `| ${trimEndChars(text.replace(/^\|\s*/, ''), ' |')} |` : inList(b) && !BULLET.test(text) ? `${b.ordinal !== null ? `${b.ordinal}.` : '•'} ${text}` : b.heading && !b.listItem ? `## ${text}` : text;
    const line = classifyLine(marked, kept.length);
    if (line.kind === 'byline') bylines.push(text);
    if (line.kind === 'signoff') signOffs.push(text);
    if (line.kind === 'caption') credits.push(text);
    if (['byline', 'signoff', 'caption', 'teaser', 'widget', 'separator', 'date', 'weather'].includes(line.kind)) continue;
    const key = keyOf(line.text);
    if (!key || seen.has(key)) continue;
    if (b.heading && key === titleKey) continue; // the headline is metadata, not body
    if (isTemplateLine?.(key)) continue;
    seen.add(key);
    kept.push(b);
    texts.push(line.text);
  }
  // The text path's rules have the last word, so that extracting our own
  // output again changes nothing.
  const finalSeg = segmentLines(trimEdges(kept, texts), isTemplateLine);
  let paragraphs = finalSeg.paragraphs;
  let headerDate: string | null = finalSeg.prefixDate;
  // Pages whose body is not in the DOM (rendered by script) often still
  // carry it in JSON-LD.
  const words = paragraphs.reduce((s, p) => s + countWords(p), 0);
  if (meta.articleBody && countWords(meta.articleBody) > Math.max(words * 1.5, 50)) {
    paragraphs = normaliseText(meta.articleBody).split(/\n+/).map((p) => p.trim()).filter(Boolean);
  } else if (words < 30) {
    // Last resort: treat the page as text.
    const seg = segmentLines(normaliseText(visibleText()).split('\n'), isTemplateLine);
    if (seg.paragraphs.length) paragraphs = seg.paragraphs;
    headerDate = seg.prefixDate ?? seg.headerDate;
  }
  // No byline in the body: the credit lines around the headline (the
  // blocks above the body, and its first few) may name the author.
  if (!bylines.length && !meta.authors.length && blocks.length) {
    const at = all.indexOf(blocks[0]);
    bylines.push(...namesFromCredits(all.slice(Math.max(0, at - 25), at + 3).map((b) => b.text)));
  }
  return { meta, paragraphs, bylines, signOffs, credits, headerDate, readAuthorBoxes: () => authorBoxes(doc), visibleText };
}

/**
 * Before the first sentence and after the last one, only headings next to
 * prose survive: breadcrumbs, kickers, "Share this", "Related" headings and
 * tag lists sit at the edges of the container.
 */
function trimEdges(blocks: Block[], texts: string[]): string[] {
  const prose = texts.map((t) => isProse(t));
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  // No sentence at all: a gallery, a listing or a login page, not an article.
  if (first < 0) return [];
  const out: string[] = [];
  let headingAfterBody = false;
  for (let i = 0; i < texts.length; i++) {
    if (i < first) {
      if (blocks[i].heading && i === first - 1) out.push(texts[i]);
      continue;
    }
    if (i > last) {
      // A list right after the last sentence is content (steps, sources); after a new heading it is not.
      headingAfterBody ||= blocks[i].heading;
      if ((inList(blocks[i]) || blocks[i].tag === 'tr') && i - last < 20 && !headingAfterBody) out.push(texts[i]);
      continue;
    }
    out.push(texts[i]);
  }
  return out;
}

const keyOf = lineKey;

/** A list item's or heading's key without its number ("3. Guylines"). */
const itemKey = (text: string) => keyOf(text.replace(/^\d+[.)]\s*/, ''));

/** For each block, is there article prose in the container before it, and after it; and the page's headings. */
function sidesOfProse(blocks: Block[], inMain: (b: Block) => boolean): { before: boolean[]; after: boolean[]; headings: Set<string> } {
  const prose = blocks.map((b) => !b.heading && !inList(b) && inMain(b) && linkDensity(b) < 0.3 && isProse(b.text));
  const before: boolean[] = [];
  const after: boolean[] = [];
  prose.reduce((seen, p, i) => (before[i] = seen) || p, false);
  prose.reduceRight((seen, p, i) => (after[i] = seen) || p, false);
  return { before, after, headings: new Set(blocks.filter((b) => b.heading).map((b) => itemKey(b.text))) };
}

// Prose words of the story after a promo box's heading that show the box sits inside the story.
const IN_STORY_PROSE = 150;

// A linked clip's label: "Watch: ...", "Listen: ...".
const MEDIA_LABEL = /^(?:watch|listen)\b[^:]{0,20}:/i;

/** "Related: ...", "Read more: ...", "Lesen Sie auch: ...", "Watch: ...": a link to another story or a clip, labelled. */
function isLabelledPromo(text: string): boolean {
  return PROMO.test(text) || MEDIA_LABEL.test(text);
}
