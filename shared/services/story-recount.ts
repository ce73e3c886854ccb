import type { ArticleStore } from '../ports/stores.js';
import type { StoryIndex } from '../ports/story-index.js';
import type { StoryState } from '../schemas/story.js';
import type { RemainingMembers } from '../dedupe/story-state.js';
import { mergedLineage } from '../dedupe/resolve.js';
import { withdrawArticle } from '../dedupe/removal.js';

// Members read per page while recounting a story (the members index's largest page).
const MEMBER_PAGE = 500;

interface Known {
  id: string;
  receivedAt: string;
  publishedAt: string | null;
  outlet: string | null;
  title: string | null;
}

/**
 * What a story's members other than `leaving` say of it: the canonical
 * article, title, outlets and date ranges a story has once an article leaves
 * it (taken down, or replaced by a newer version of its page). Read from the
 * members' records (the story and every story merged into it), and from the
 * fingerprints of its sampled members: an article that joined a moment ago
 * and is still being processed has no record in the listing yet, but has a
 * fingerprint, and the sample holds the latest members. Null when no
 * remaining member is known. The leaving article's own record may still be
 * listed (the members index lags its table by a moment), so it is left out by id.
 */
async function remainingMembers(articles: ArticleStore, index: StoryIndex, story: StoryState, leaving: string): Promise<RemainingMembers | null> {
  const stories = [story.id, ...(await mergedLineage(index, story.id))];
  const known = new Map<string, Known>();
  let cursor: string | null = null;
  do {
    const page = await articles.members(stories, { limit: MEMBER_PAGE, cursor });
    for (const m of page.records) if (m.id !== leaving) known.set(m.id, m);
    cursor = page.nextCursor;
  } while (cursor);
  const unlisted = story.sample.filter((id) => id !== leaving && !known.has(id));
  for (const fp of await index.getFingerprints(unlisted, { consistent: true })) {
    // Fingerprints from before they held titles: the story's own is the canonical article's.
    const title = fp.title ?? (fp.articleId === story.canonicalId ? story.title : null);
    known.set(fp.articleId, { id: fp.articleId, receivedAt: fp.seenAt, publishedAt: fp.publishedAt, outlet: fp.outlet, title });
  }
  const members = [...known.values()];
  if (members.length === 0) return null;
  // The canonical article is the earliest published (else received); ties go to the first received, as when the story grew.
  const at = (m: Known) => m.publishedAt ?? m.receivedAt;
  const byArrival = members.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  const canonical = byArrival.reduce((best, m) => (at(m) < at(best) ? m : best));
  const published = members.map((m) => m.publishedAt).filter((p): p is string => !!p).sort();
  return {
    canonical: { id: canonical.id, at: at(canonical), title: canonical.title ?? byArrival.find((m) => m.title)?.title ?? null },
    firstSeen: byArrival[0].receivedAt,
    lastSeen: byArrival[byArrival.length - 1].receivedAt,
    publishedFrom: published[0] ?? null,
    publishedTo: published[published.length - 1] ?? null,
    outlets: [...new Set(byArrival.map((m) => m.outlet).filter((o): o is string => !!o))],
  };
}

/** Take an article out of its story and the copy index, the story recounted from the members that remain; the story it left, or null. */
export function withdrawFromStory(articles: ArticleStore, index: StoryIndex, articleId: string): Promise<string | null> {
  return withdrawArticle(index, articleId, (story) => remainingMembers(articles, index, story, articleId));
}
