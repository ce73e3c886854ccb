import type { ArticleStore } from '../ports/stores.js';
import type { StoryIndex } from '../ports/story-index.js';
import type { MemberRecord } from '../schemas/record.js';
import type { StoryState } from '../schemas/story.js';
import type { RemainingMembers } from '../dedupe/story-state.js';
import { mergedLineage } from '../dedupe/resolve.js';

// Members read per page while recounting a story (the members index's largest page).
const MEMBER_PAGE = 500;

/**
 * What a story's members other than `leaving` say of it, from their records
 * (the story and every story merged into it): the canonical article, title,
 * outlets and date ranges a story has once an article leaves it (taken down,
 * or replaced by a newer version of its page). Null when none remain. The
 * leaving article's own record may still be listed by the members index (it
 * lags its table by a moment), so it is left out by id.
 */
export async function remainingMembers(articles: ArticleStore, index: StoryIndex, story: StoryState, leaving: string): Promise<RemainingMembers | null> {
  const stories = [story.id, ...(await mergedLineage(index, story.id))];
  const members: MemberRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await articles.members(stories, { limit: MEMBER_PAGE, cursor });
    members.push(...page.records.filter((m) => m.id !== leaving));
    cursor = page.nextCursor;
  } while (cursor);
  if (members.length === 0) return null;
  // The canonical article is the earliest published (else received); ties go to the first received, as when the story grew.
  const at = (m: MemberRecord) => m.publishedAt ?? m.receivedAt;
  const byArrival = [...members].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
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
