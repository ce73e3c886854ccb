import type { z } from 'zod';
import { apiFetch, type ApiOptions } from './http-client.js';
import type { StorySummarySchema, StoryViewSchema } from '../http/schemas.js';
import type { SplitReason } from '../schemas/story.js';

// The API's own response schemas are the types the listing reads.
type StorySummary = z.infer<typeof StorySummarySchema>;
type StoryView = z.infer<typeof StoryViewSchema>;

/** `stories`: the deduplicated stories, newest first, with their member articles. */
export async function storiesCommand(o: ApiOptions & { limit: number; json: boolean; since?: string; outlet?: string; minSize?: number }): Promise<void> {
  const items: StorySummary[] = [];
  let cursor: string | null = null;
  do {
    const q = new URLSearchParams({ limit: String(Math.min(100, o.limit - items.length)) });
    if (cursor) q.set('cursor', cursor);
    if (o.since) q.set('since', o.since);
    if (o.outlet) q.set('outlet', o.outlet);
    if (o.minSize) q.set('minSize', String(o.minSize));
    const { body } = await apiFetch<{ items: StorySummary[]; nextCursor: string | null }>(o, `/stories?${q}`);
    items.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor && items.length < o.limit);
  if (items.length === 0) {
    process.stdout.write(o.outlet || o.minSize ? 'no stories match\n' : 'no stories yet: ingest some articles first (npm run --silent cli -- ingest seeds/)\n');
    return;
  }
  for (const s of items) {
    const { body: story } = await apiFetch<StoryView>(o, `/stories/${encodeURIComponent(s.id)}`);
    if (o.json) {
      process.stdout.write(JSON.stringify(story) + '\n');
      continue;
    }
    process.stdout.write(`\n${story.id}  ${story.size} article(s)  ${story.title ?? '(untitled)'}\n`);
    // A story that grew to hold two events and was cut: which stories it was told apart from, and by what.
    // A story split off lists the story it left first; later splits of its own follow.
    const [left, ...cut] = story.splitOn ? story.apart : [null, ...story.apart];
    if (left) process.stdout.write(`  split off ${left}: ${splitSignal(story.splitOn!)}\n`);
    if (cut.length) process.stdout.write(`  split from it: ${cut.join(', ')}\n`);
    for (const m of story.members) {
      // An article that started a story later merged into this one came in by the merge, not as "new".
      const merged = m.joinedStory && m.joinedStory !== story.id;
      const why = m.copyOf ? `copy of ${m.copyOf.slice(0, 8)}` : merged && m.signal === 'new' ? 'merged in' : m.signal ?? '';
      const mark = m.id === story.canonicalArticleId ? `* ${why}` : why;
      // The whole id: it is what `compare` and `remove` take.
      process.stdout.write(`  ${m.id}  ${(m.outlet ?? '-').padEnd(20).slice(0, 20)}  ${(m.publishedAt ?? '').slice(0, 10).padEnd(10)}  ${mark.padEnd(18)} ${(m.title ?? '').slice(0, 50)}\n`);
    }
  }
  process.stdout.write(`\n${items.length} stor${items.length === 1 ? 'y' : 'ies'} (* = canonical article; \`compare <id>\` shows what a copy changed in its original)\n`);
}

/** What told a split story from the one it left, in words. */
function splitSignal(on: SplitReason): string {
  if (on.signal === 'people') return `different people (${on.people.join(' / ')})`;
  if (on.signal === 'months') return `different months (${on.months.join(' / ')})`;
  return 'different terms';
}
