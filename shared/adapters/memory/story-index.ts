import type { MergeLineage, StoryIndex } from '../../ports/story-index.js';
import type { Fingerprint, StoryState } from '../../schemas/story.js';

/**
 * In-memory StoryIndex for the CLI, evaluation and benchmarks. Buckets keep
 * insertion order and, like the DynamoDB adapter, are capped sets (adding
 * twice is a no-op) that expire `ttlDays` after their last add. The clock is
 * the latest arrival time given: a benchmark replays 50 days of arrivals in
 * minutes, and a store that never forgot would be measuring its own growth.
 */
const DAY_MS = 86_400_000;
const HOT_ENTRIES = 8_192;
const dayOf = (ms: number) => Math.floor(ms / DAY_MS);

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

  delete(id: string): void {
    this.cold.delete(id);
    this.hot.delete(id);
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
  // A million live buckets are the bulk of this store (24 band keys per
  // article, kept for the TTL), so each costs the collector as little as it
  // can: a one-member bucket is its member's id string itself, and expiry is
  // a day number beside it, not an object per bucket.
  private readonly buckets = new Map<string, string | string[]>();
  private readonly expiresOn = new Map<string, number>();
  // Stored serialised, as a database would: a hundred thousand live objects
  // of 64 terms each made the garbage collector, not the engine, the cost
  // that grew with the corpus.
  // One string per fingerprint, its shingles included (one byte a char)
  // after the JSON's length and the JSON: a hundred thousand small typed
  // arrays made every young collection slower as the corpus grew.
  private readonly fps = new ColdStore<Fingerprint, string>(encodeFingerprint, decodeFingerprint);
  private readonly stories = new ColdStore<StoryState, string>(JSON.stringify, (s) => JSON.parse(s) as StoryState);
  private readonly lineage = new Map<string, string[]>();
  private clock = 0;
  private nextSweep = 0;
  readonly counters = { bucketWrites: 0, bucketReads: 0, fpWrites: 0, fpReads: 0, storyWrites: 0, storyReads: 0 };

  async addToBuckets(keys: string[], member: string, opts: { ttlDays: number; cap: number; at: string }): Promise<void> {
    const at = Date.parse(opts.at);
    if (at > this.clock) this.clock = at;
    this.sweep();
    const expiresOn = dayOf(Number.isNaN(at) ? this.clock : at) + opts.ttlDays;
    const today = dayOf(this.clock);
    for (const k of keys) {
      const live = (this.expiresOn.get(k) ?? -1) >= today;
      const b = live ? this.buckets.get(k) : undefined;
      if (b === undefined) {
        this.buckets.set(k, member);
      } else if (b === member || (typeof b !== 'string' && b.includes(member))) {
        // already a member: only the expiry moves
      } else if (typeof b === 'string') {
        if (opts.cap < 2) continue;
        this.buckets.set(k, [b, member]);
      } else if (b.length < opts.cap) {
        b.push(member);
      } else continue; // full: refused, and its expiry is not extended
      this.expiresOn.set(k, Math.max(live ? this.expiresOn.get(k)! : 0, expiresOn));
    }
    this.counters.bucketWrites += keys.length;
  }

  /** Always consistent: one process, one map. */
  async readBuckets(keys: string[]): Promise<Map<string, readonly string[]>> {
    this.counters.bucketReads += keys.length;
    // The stored arrays themselves, read-only by type: a bucket read is the
    // engine's most frequent call, and copying each was a cost of its own.
    const out = new Map<string, readonly string[]>();
    const today = dayOf(this.clock);
    for (const k of keys) {
      const b = this.buckets.get(k);
      if (b !== undefined && this.expiresOn.get(k)! >= today) out.set(k, typeof b === 'string' ? [b] : b);
    }
    return out;
  }

  /** Drop expired buckets, once per day of the clock. */
  private sweep(): void {
    if (this.clock < this.nextSweep) return;
    const today = dayOf(this.clock);
    for (const [k, day] of this.expiresOn) {
      if (day < today) {
        this.expiresOn.delete(k);
        this.buckets.delete(k);
      }
    }
    this.nextSweep = this.clock + DAY_MS;
  }

  async getFingerprints(ids: string[]): Promise<Fingerprint[]> {
    this.counters.fpReads += ids.length;
    return ids.map((id) => this.fps.get(id)).filter((f): f is Fingerprint => !!f);
  }

  async putFingerprint(fp: Fingerprint, opts: { unlessCopy?: boolean } = {}): Promise<boolean> {
    this.counters.fpWrites++;
    if (opts.unlessCopy && this.fps.get(fp.articleId)?.copyOf) return false;
    this.fps.set(fp.articleId, fp);
    return true;
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

  async splitStory(writes: Array<{ story: StoryState; expectedVersion: number | null }>, moved: Array<{ fingerprint: Fingerprint; fromStoryId: string }>): Promise<boolean> {
    if (moved.some((m) => this.fps.get(m.fingerprint.articleId)?.storyId !== m.fromStoryId)) return false;
    if (!(await this.putStories(writes))) return false;
    for (const m of moved) await this.putFingerprint(m.fingerprint);
    return true;
  }

  async removeFingerprint(articleId: string, story?: { story: StoryState; expectedVersion: number }): Promise<boolean> {
    if (story && (!this.fps.get(articleId) || !(await this.putStories([story])))) return false;
    this.fps.delete(articleId);
    return true;
  }

  async mergedInto(storyId: string): Promise<string[]> {
    return [...(this.lineage.get(storyId) ?? [])];
  }

  /** Member counts of every bucket (tests check the cap). */
  bucketSizes(): number[] {
    return [...this.buckets.values()].map((b) => (typeof b === 'string' ? 1 : b.length));
  }

  allStories(): StoryState[] {
    return this.stories.values();
  }
}

function encodeFingerprint({ shingles, ...rest }: Fingerprint): string {
  const json = JSON.stringify(rest);
  return `${json.length.toString(16).padStart(8, '0')}${json}${Buffer.from(shingles.buffer, shingles.byteOffset, shingles.byteLength).toString('latin1')}`;
}

function decodeFingerprint(c: string): Fingerprint {
  const end = 8 + parseInt(c.slice(0, 8), 16);
  const bytes = Buffer.from(c.slice(end), 'latin1');
  const shingles = new Uint32Array(bytes.length / 4);
  new Uint8Array(shingles.buffer).set(bytes);
  return { ...(JSON.parse(c.slice(8, end)) as Omit<Fingerprint, 'shingles'>), shingles };
}
