import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractCommand } from '../../shared/cli/extract-command.js';
import { clusterCommand } from '../../shared/cli/cluster-command.js';
import { readSeed, seedFiles } from '../helpers/seeds.js';

/** What a command prints, one parsed JSON object per line. */
async function printed(run: () => Promise<void>): Promise<any[]> {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: any) => (out.push(String(chunk)), true));
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return out.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-docs-'));
const PAGE = [
  'Home',
  'Cybersecurity Best Practices',
  'CIS Critical Security Controls: prioritized and simplified best practices',
  'Cybersecurity best practices start with knowing what runs on your network: an inventory of hardware and software is the first of the critical security controls.',
  'Small teams can adopt the controls in order, from asset inventory to secure configuration and account management, and measure how far they have come.',
  'The controls are prioritized so that the first safeguards stop the most common attacks seen by security teams.',
].join('\n');

describe('CLI: JSONL dumps of documents', () => {
  afterEach(() => vi.restoreAllMocks());

  it('extract reads a .jsonl (and .jsonl.gz) dump, one line out per document, each with its own URL', async () => {
    const docs = [
      { id: 'a', text: PAGE, url: 'https://www.example.org/2025/03/04/cybersecurity-best-practices?utm_source=feed' },
      { id: 7, text: PAGE },
      { id: 'h', html: `<html><head><title>Cybersecurity Best Practices</title></head><body><article><p>${PAGE.split('\n').slice(3).join('</p><p>')}</p></article></body></html>` },
    ];
    const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n\n';
    writeFileSync(join(dir, 'docs.jsonl'), jsonl);
    writeFileSync(join(dir, 'docs.jsonl.gz'), gzipSync(jsonl));
    for (const file of ['docs.jsonl', 'docs.jsonl.gz']) {
      const lines = await printed(() => extractCommand([join(dir, file)], { format: 'auto' }));
      expect(lines.map((l) => l.id)).toEqual(['a', '7', 'h']);
      expect(lines[0]).toMatchObject({
        file: join(dir, file),
        title: 'Cybersecurity Best Practices',
        publishedAt: '2025-03-04',
        canonicalUrl: 'https://www.example.org/2025/03/04/cybersecurity-best-practices',
        outlet: 'example.org',
      });
      // No URL: no slug to name the headline, no date, no canonical URL.
      expect(lines[1]).toMatchObject({ title: 'CIS Critical Security Controls: prioritized and simplified best practices', publishedAt: null, modifiedAt: null, canonicalUrl: null });
      expect(lines[2].title).toBe('Cybersecurity Best Practices');
      for (const l of lines) expect(l.text).toContain('an inventory of hardware and software');
    }
  });

  it('a bad document stops the run with its line number and what to fix', async () => {
    writeFileSync(join(dir, 'bad.jsonl'), `${JSON.stringify({ id: 'ok', text: PAGE })}\n${JSON.stringify({ id: 'x', title: 'no body' })}\n`);
    await expect(printed(() => extractCommand([join(dir, 'bad.jsonl')], { format: 'auto' }))).rejects.toThrow(/bad\.jsonl line 2: .*needs text or html/);
    writeFileSync(join(dir, 'notjson.jsonl'), '{"id": "a", "text": \n');
    await expect(printed(() => clusterCommand(join(dir, 'notjson.jsonl')))).rejects.toThrow(/line 1: not JSON/);
  });

  it('cluster reads the same dumps: the five seeds end in one story, with the AP copies marked', async () => {
    const seeds = seedFiles().map((f, i) => ({ id: `seed${i}`, text: readSeed(f) }));
    writeFileSync(join(dir, 'seeds.jsonl'), seeds.map((d) => JSON.stringify(d)).join('\n'));
    const lines = await printed(() => clusterCommand(join(dir, 'seeds.jsonl')));
    expect(lines.map((l) => l.id)).toEqual(seeds.map((d) => d.id));
    expect(new Set(lines.map((l) => l.storyId)).size).toBe(1);
    expect(lines.filter((l) => l.copyOf).length).toBeGreaterThanOrEqual(1);
  });
});
