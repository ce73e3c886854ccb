import type { MergeLineage, StoryIndex } from '../../ports/story-index.js';
import type { Fingerprint, StoryState } from '../../schemas/story.js';

/**
 * In-memory StoryIndex for the CLI, evaluation and benchmarks. Buckets keep
 * insertion order and, like the DynamoDB adapter, are capped sets (adding
 * twice is a no-op) that expire `ttlDays` after their last add. The clock is
 * the latest arrival time given: a benchmark replays 50 days of arrivals in
 * minutes, and a store that never forgot would be measuring its own growth.
 */
interface Bucket {
  members: string[];
  expiresAt: number;
}

const DAY_MS = 86_400_000;
const HOT_ENTRIES = 8_192;

/**
 * Records kept encoded, with the most recently used ones decoded (a
 * database's page cache): candidates are mostly recent articles and stories.
 */
class ColdStore<T, C> {
  private readonly cold = new Map<string, C>();
  private readonly hot = new Map<string, T>();
  constructor(
    private readonly encode: (v: T) => C,
    private readonly decode: (c: C) => T,
  ) {}

  get(id: string): T | undefined {
    let v = this.hot.get(id);
    if (v) this.hot.delete(id);
    else {
      const c = this.cold.get(id);
      if (c === undefined) return undefined;
      v = this.decode(c);
    }
    this.remember(id, v);
    return v;
  }

  set(id: string, v: T): void {
    this.cold.set(id, this.encode(v));
    this.hot.delete(id);
    this.remember(id, v);
  }

  values(): T[] {
    return [...this.cold.keys()].map((id) => this.get(id)!);
  }

  private remember(id: string, v: T): void {
    this.hot.set(id, v);
    if (this.hot.size > HOT_ENTRIES) this.hot.delete(this.hot.keys().next().value!);
  }
}

export class MemoryStoryIndex implements StoryIndex {
  private readonly buckets = new Map<string, Bucket>();
  // Stored serialised, as a database would: a hundred thousand live objects
  // of 64 terms each made the garbage collector, not the engine, the cost
  // that grew with the corpus.
  private readonly fps = new ColdStore<Fingerprint, { json: string; shingles: Uint32Array }>(
    ({ shingles, ...rest }) => ({ json: JSON.stringify(rest), shingles }),
    ({ json, shingles }) => ({ ...(JSON.parse(json) as Omit<Fingerprint, 'shingles'>), shingles }),
  );
  private readonly stories = new ColdStore<StoryState, string>(JSON.stringify, (s) => JSON.parse(s) as StoryState);
  private readonly lineage = new Map<string, string[]>();
  private clock = 0;
  private nextSweep = 0;
  readonly counters = { bucketWrites: 0, bucketReads: 0, fpWrites: 0, fpReads: 0, storyWrites: 0, storyReads: 0 };

  async addToBuckets(keys: string[], member: string, opts: { ttlDays: number; cap: number; at: string }): Promise<void> {
    const at = Date.parse(opts.at);
    if (at > this.clock) this.clock = at;
    this.sweep();
    const expiresAt = (Number.isNaN(at) ? this.clock : at) + opts.ttlDays * DAY_MS;
    for (const k of keys) {
      let b = this.buckets.get(k);
      if (!b || b.expiresAt < this.clock) this.buckets.set(k, (b = { members: [], expiresAt }));
      if (b.members.includes(member)) b.expiresAt = Math.max(b.expiresAt, expiresAt);
      else if (b.members.length < opts.cap) {
        b.members.push(member);
        b.expiresAt = Math.max(b.expiresAt, expiresAt);
      }
    }
    this.counters.bucketWrites += keys.length;
  }

  async readBuckets(keys: string[]): Promise<Map<string, string[]>> {
    this.counters.bucketReads += keys.length;
    const out = new Map<string, string[]>();
    for (const k of keys) {
      const b = this.buckets.get(k);
      if (b && b.expiresAt >= this.clock) out.set(k, [...b.members]);
    }
    return out;
  }

  /** Drop expired buckets, once per day of the clock. */
  private sweep(): void {
    if (this.clock < this.nextSweep) return;
    for (const [k, b] of this.buckets) if (b.expiresAt < this.clock) this.buckets.delete(k);
    this.nextSweep = this.clock + DAY_MS;
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

  async putStories(writes: Array<{ story: StoryState; expectedVersion: number | null }>, fingerprint?: Fingerprint, lineage?: MergeLineage): Promise<boolean> {
    for (const { story, expectedVersion } of writes) {
      const current = this.stories.get(story.id);
      if (expectedVersion === null ? !!current : current?.version !== expectedVersion) return false;
    }
    for (const { story } of writes) this.stories.set(story.id, story);
    this.counters.storyWrites += writes.length;
    if (fingerprint) await this.putFingerprint(fingerprint);
    if (lineage) this.lineage.set(lineage.survivor, [...(this.lineage.get(lineage.survivor) ?? []), lineage.loser]);
    return true;
  }

  async mergedInto(storyId: string): Promise<string[]> {
    return [...(this.lineage.get(storyId) ?? [])];
  }

  /** Member counts of every bucket (tests check the cap). */
  bucketSizes(): number[] {
    return [...this.buckets.values()].map((b) => b.members.length);
  }

  allStories(): StoryState[] {
    return this.stories.values();
  }
}
