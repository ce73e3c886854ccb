import type { StoryIndex } from '../../ports/story-index.js';
import type { Fingerprint, StoryState } from '../../schemas/story.js';

/**
 * In-memory StoryIndex for the CLI, evaluation and benchmarks. Buckets keep
 * insertion order and, like the DynamoDB adapter, are sets (adding twice is
 * a no-op). Expiry is not simulated: runs are short.
 */
export class MemoryStoryIndex implements StoryIndex {
  private readonly buckets = new Map<string, Set<string>>();
  private readonly fps = new Map<string, Fingerprint>();
  private readonly stories = new Map<string, StoryState>();
  readonly counters = { bucketWrites: 0, bucketReads: 0, fpWrites: 0, fpReads: 0, storyWrites: 0, storyReads: 0 };

  async addToBuckets(keys: string[], member: string): Promise<void> {
    for (const k of keys) {
      let b = this.buckets.get(k);
      if (!b) this.buckets.set(k, (b = new Set()));
      b.add(member);
    }
    this.counters.bucketWrites += keys.length;
  }

  async readBuckets(keys: string[]): Promise<Map<string, string[]>> {
    this.counters.bucketReads += keys.length;
    const out = new Map<string, string[]>();
    for (const k of keys) {
      const b = this.buckets.get(k);
      if (b) out.set(k, [...b]);
    }
    return out;
  }

  async getFingerprints(ids: string[]): Promise<Fingerprint[]> {
    this.counters.fpReads += ids.length;
    return ids.map((id) => this.fps.get(id)).filter((f): f is Fingerprint => !!f);
  }

  async putFingerprint(fp: Fingerprint): Promise<void> {
    this.counters.fpWrites++;
    this.fps.set(fp.articleId, fp);
  }

  async getStories(ids: string[]): Promise<Map<string, StoryState>> {
    this.counters.storyReads += ids.length;
    const out = new Map<string, StoryState>();
    for (const id of ids) {
      const s = this.stories.get(id);
      if (s) out.set(id, s);
    }
    return out;
  }

  async putStory(story: StoryState, expectedVersion: number | null): Promise<boolean> {
    return this.putStories([{ story, expectedVersion }]);
  }

  async putStories(writes: Array<{ story: StoryState; expectedVersion: number | null }>, fingerprint?: Fingerprint): Promise<boolean> {
    for (const { story, expectedVersion } of writes) {
      const current = this.stories.get(story.id);
      if (expectedVersion === null ? !!current : current?.version !== expectedVersion) return false;
    }
    for (const { story } of writes) this.stories.set(story.id, structuredClone(story));
    this.counters.storyWrites += writes.length;
    if (fingerprint) await this.putFingerprint(fingerprint);
    return true;
  }

  allStories(): StoryState[] {
    return [...this.stories.values()];
  }
}
