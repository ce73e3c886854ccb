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
