import { describe, expect, it } from 'vitest';
import { buildTemplate, lineHash, lineKey, TemplateService } from '../../shared/services/templates.js';
import type { OutletTemplate, TemplateStore } from '../../shared/ports/template-store.js';
import { extractArticle } from '../../shared/extraction/index.js';

/** An in-memory TemplateStore: the service logic is what is under test here. */
class MemoryTemplates implements TemplateStore {
  sets = new Map<string, Map<string, { storyId: string; lines: string[] }>>();
  templates = new Map<string, OutletTemplate>();
  since = new Map<string, number>();
  async recordLines(outlet: string, articleId: string, storyId: string, lines: string[]) {
    if (!this.sets.has(outlet)) this.sets.set(outlet, new Map());
    this.sets.get(outlet)!.set(articleId, { storyId, lines });
    this.since.set(outlet, (this.since.get(outlet) ?? 0) + 1);
    return this.since.get(outlet)!;
  }
  async sampleLineSets(outlet: string, limit: number) {
    return [...(this.sets.get(outlet)?.values() ?? [])].slice(0, limit);
  }
  async getTemplate(outlet: string) {
    return this.templates.get(outlet) ?? null;
  }
  async putTemplate(t: OutletTemplate) {
    this.templates.set(t.outlet, t);
    this.since.set(t.outlet, 0);
  }
}

const PITCH = 'Follow The Daily Planet on WhatsApp for the latest news and updates from around the world.';
const article = (n: number) =>
  [
    `Headline number ${n} about a completely different event`,
    `The council in town ${n} voted on Tuesday to approve a new budget after a long debate that lasted well into the night.`,
    PITCH,
    `Residents of town ${n} said they expected the decision to affect local schools, roads and libraries over the coming year.`,
  ].join('\n');

describe('outlet templates', () => {
  it('a line becomes template only when it recurs under several different stories', () => {
    const same = buildTemplate('o', [1, 2, 3, 4].map(() => ({ storyId: 's1', lines: ['a', 'b'] })));
    expect(same.lines).toEqual([]); // one story's updates share paragraphs: not template
    const many = buildTemplate('o', [1, 2, 3, 4].map((i) => ({ storyId: `s${i}`, lines: ['pitch', `unique${i}`] })));
    expect(many.lines).toEqual(['pitch']);
  });

  it('learns an outlet pitch that the rules keep, and removes it from later articles, never a unique line', async () => {
    const service = new TemplateService(new MemoryTemplates());
    const before = extractArticle({ body: article(0), format: 'text' });
    expect(before.paragraphs).toContain(PITCH);
    for (let i = 1; i <= 10; i++) {
      const a = extractArticle({ body: article(i), format: 'text' });
      await service.learn('planet', `a${i}`, `s${i}`, a.paragraphs);
    }
    const template = await service.templateFor('planet');
    expect(template?.has(lineKey(PITCH))).toBe(true);
    const after = extractArticle({ body: article(11), format: 'text', isTemplateLine: (k) => template!.has(k) });
    expect(after.paragraphs).not.toContain(PITCH);
    expect(after.paragraphs).toHaveLength(2);
    expect(after.text).toContain('town 11 voted');
    expect(lineHash(lineKey(PITCH))).toBe(lineHash(lineKey(` ${PITCH.toUpperCase()} `)));
  });
});
