import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './seeds.js';

/** Real news texts from ../shared (ECB+ dev), when present beside the checkout. */
export function devArticles(limit: number): Array<{ id: string; story: string; title: string; text: string }> {
  const file = resolve(ROOT, '../shared/eval/stories-dev/ecbplus-dev.jsonl');
  if (!existsSync(file)) throw new Error(`${file} is missing: tests read ../shared beside the checkout`);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l));
}
