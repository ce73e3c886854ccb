import { MemoryStoryIndex } from '../adapters/memory/story-index.js';
import { StoryEngine } from '../dedupe/engine.js';
import { processUpload } from '../services/pipeline.js';
import { documentMeta, readDocuments } from './documents.js';

/**
 * `cluster DOCS.jsonl`: feeds documents in file order through the service's
 * pipeline (extraction, metadata, dedupe) on an in-memory index and prints
 * `{id, storyId, copyOf}` per document.
 */
export async function clusterCommand(file: string): Promise<void> {
  const engine = new StoryEngine(new MemoryStoryIndex());
  const results: Array<{ id: string; storyId: string | null; copyOf: string | null }> = [];
  const byId = new Map<string, (typeof results)[number]>();
  let n = 0;
  // Arrival order is file order: each document is seen a millisecond after the last.
  const start = Date.now();
  for await (const d of readDocuments(file)) {
    n++;
    const out = await processUpload(engine, {
      id: d.id,
      body: d.html ?? d.text ?? '',
      format: d.html != null ? 'html' : 'text',
      meta: documentMeta(d),
      seenAt: new Date(start + n).toISOString(),
    });
    // A document with no article text belongs to no story.
    const result = { id: d.id, storyId: out.assignment?.storyId ?? null, copyOf: out.assignment?.copyOf ?? null };
    results.push(result);
    if (!byId.has(d.id)) byId.set(d.id, result);
    // Earlier documents this one turned out to be the original of.
    for (const c of out.assignment?.adopted ?? []) {
      const r = byId.get(c.articleId);
      if (r) r.copyOf = c.copyOf;
    }
    // Earlier documents moved to the story split off theirs.
    for (const m of out.assignment?.moved ?? []) {
      const r = byId.get(m.articleId);
      if (r) r.storyId = m.storyId;
    }
  }
  // Stories merged after an article joined them resolve to the survivor.
  for (const r of results) {
    const s = r.storyId ? await engine.resolve(r.storyId) : null;
    process.stdout.write(JSON.stringify({ ...r, storyId: s?.id ?? r.storyId }) + '\n');
  }
}
