import type { OutletTemplate, TemplateStore } from '../ports/template-store.js';
import { hash32 } from '../dedupe/hash.js';
import { lineKey } from '../extraction/normalise.js';

/**
 * Learns each outlet's template: a line that recurs in articles of many
 * different stories of one outlet ("Follow us on WhatsApp for the latest
 * news", a newsletter pitch, a standard disclaimer) is boilerplate for that
 * outlet. Counting distinct *stories*, not articles, keeps an outlet's three
 * updates of one story from turning their shared paragraphs into template;
 * a line unique to one article can never qualify.
 *
 * Cost: one write per article (its line hashes) plus a counter; the
 * template is rebuilt from the last 200 articles every REBUILD_EVERY
 * articles (one query).
 */
export const MIN_STORIES = 3;
export const MIN_SHARE = 0.1;
const SAMPLE = 200;
const REBUILD_EVERY = 10;
const CACHE_MS = 5 * 60_000;

export function lineHash(key: string): string {
  return hash32(key).toString(36);
}

export class TemplateService {
  private readonly cache = new Map<string, { at: number; set: Set<string> }>();

  constructor(private readonly store: TemplateStore) {}

  /** Predicate over line keys (lower-cased alphanumeric words joined by spaces). */
  async templateFor(outlet: string): Promise<{ has(key: string): boolean } | null> {
    const hit = this.cache.get(outlet);
    let set = hit && Date.now() - hit.at < CACHE_MS ? hit.set : null;
    if (!set) {
      const t = await this.store.getTemplate(outlet);
      set = new Set(t?.lines ?? []);
      this.cache.set(outlet, { at: Date.now(), set });
    }
    if (set.size === 0) return null;
    const lines = set;
    return { has: (key: string) => lines.has(lineHash(key)) };
  }

  async learn(outlet: string, articleId: string, storyId: string, paragraphs: string[]): Promise<void> {
    const keys = new Set(paragraphs.map(lineKey).filter((k) => k.split(' ').length >= 2).map(lineHash));
    const since = await this.store.recordLines(outlet, articleId, storyId, [...keys]);
    if (since >= REBUILD_EVERY) await this.rebuild(outlet);
  }

  async rebuild(outlet: string): Promise<OutletTemplate> {
    const sets = await this.store.sampleLineSets(outlet, SAMPLE);
    const template = buildTemplate(outlet, sets);
    await this.store.putTemplate(template);
    this.cache.delete(outlet);
    return template;
  }
}

export { lineKey };

export function buildTemplate(outlet: string, sets: Array<{ storyId: string; lines: string[] }>): OutletTemplate {
  const stories = new Map<string, Set<string>>();
  for (const { storyId, lines } of sets)
    for (const l of lines) {
      if (!stories.has(l)) stories.set(l, new Set());
      stories.get(l)!.add(storyId);
    }
  const distinctStories = new Set(sets.map((s) => s.storyId)).size;
  const min = Math.max(MIN_STORIES, Math.ceil(MIN_SHARE * distinctStories));
  const lines = [...stories].filter(([, s]) => s.size >= min).map(([l]) => l).sort();
  return { outlet, lines, builtAt: new Date().toISOString(), sampled: sets.length };
}
