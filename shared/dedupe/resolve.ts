import type { StoryIndex } from '../ports/story-index.js';
import type { StoryState } from '../schemas/story.js';

/** Follow merges to the surviving story (a merged story's id keeps resolving to the survivor). */
export async function resolveStory(index: Pick<StoryIndex, 'getStories'>, id: string): Promise<StoryState | null> {
  let current = id;
  for (let hop = 0; hop < 16; hop++) {
    const s = (await index.getStories([current])).get(current);
    if (!s) return null;
    if (!s.mergedInto) return s;
    current = s.mergedInto;
  }
  return null;
}
