import type { StoryIndex } from '../ports/story-index.js';
import type { StoryState } from '../schemas/story.js';
import { resolveStory } from './resolve.js';
import { withoutMember, type RemainingMembers } from './story-state.js';

const MAX_RETRIES = 12;

/**
 * Take a removed article out of the dedupe index: its fingerprint goes (no
 * later upload can match it as its copy) and its story loses it, in one
 * transaction. `remaining` recounts the story from the members that stay; it
 * is asked again when a concurrent join or merge moved the story on.
 * Returns the story the article left (null when it was in none). Running it
 * again after it succeeded finds no fingerprint and does nothing.
 *
 * Kept apart from the engine so the API, which removes articles, carries no
 * shingling, hashing or term weighting.
 */
export async function withdrawArticle(
  index: StoryIndex,
  articleId: string,
  remaining: (story: StoryState) => Promise<RemainingMembers | null>,
): Promise<string | null> {
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    // Read again on every attempt: a refused write may mean another worker withdrew it first.
    const [fp] = await index.getFingerprints([articleId], { consistent: true });
    if (!fp) return null;
    const story = await resolveStory(index, fp.storyId);
    if (!story) {
      await index.removeFingerprint(articleId);
      return null;
    }
    const next = withoutMember(story, story.version + 1, fp, await remaining(story));
    if (await index.removeFingerprint(articleId, { story: next, expectedVersion: story.version })) return story.id;
  }
  throw new Error(`could not withdraw ${articleId} from its story: too much contention`);
}
