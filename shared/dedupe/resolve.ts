import type { StoryIndex } from '../ports/story-index.js';
import type { StoryState } from '../schemas/story.js';

/** Follow merges to the surviving story (a merged story's id keeps resolving to the survivor). */
export async function resolveStory(index: Pick<StoryIndex, 'getStories'>, id: string): Promise<StoryState | null> {
  // Merges always keep the story seen first, so the chain runs back in time
  // and ends; the visited set only guards against a corrupted record.
  const visited = new Set<string>();
  for (let current = id; !visited.has(current); ) {
    visited.add(current);
    const s = (await index.getStories([current])).get(current);
    if (!s) return null;
    if (!s.mergedInto) return s;
    current = s.mergedInto;
  }
  throw new Error(`story ${id}: merge chain loops`);
}

/**
 * Every story merged into `id`, directly or through stories it absorbed.
 * One query per merged story, but one round trip per generation: the
 * stories of a generation are asked at once.
 */
export async function mergedLineage(index: Pick<StoryIndex, 'mergedInto'>, id: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set([id]);
  for (let frontier = [id]; frontier.length; ) {
    const next: string[] = [];
    for (const losers of await Promise.all(frontier.map((sid) => index.mergedInto(sid)))) {
      for (const loser of losers) {
        if (seen.has(loser)) continue;
        seen.add(loser);
        next.push(loser);
      }
    }
    out.push(...next);
    frontier = next;
  }
  return out;
}
