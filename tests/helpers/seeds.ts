import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEED_DIR = join(ROOT, 'seeds');

export function seedFiles(): string[] {
  return readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort();
}

export function readSeed(name: string): string {
  return readFileSync(join(SEED_DIR, name), 'utf8');
}

/** Seed file by its numeric prefix ("000" ... "004"). */
export function seed(prefix: string): { name: string; body: string } {
  const name = seedFiles().find((f) => f.startsWith(prefix))!;
  return { name, body: readSeed(name) };
}

/** Strings that are boilerplate somewhere in the seeds and must never reach stored text. */
export const FORBIDDEN = ['Hot this week', 'Horoscope', 'Margot Robbie', 'Beneficial Tales', 'checklist of three', 'Read More'];

/**
 * Lines of each seed that are NOT article body text: headlines, page
 * furniture, captions, widgets, sidebars, separators, sign-offs. Every other
 * non-empty line is article text and must survive extraction.
 */
export const NOT_BODY: Record<string, Array<string | RegExp>> = {
  '000': [],
  '001': ['__', 'Moritsugu reported from Beijing.'],
  '002': ['Beneficial Tales', 'checklist of three gadgetsfinish of checklist'],
  '003': [],
  '004': [
    'Wednesday, February 4, 2026', '18.1 C', 'New Delhi',
    /^Putin calls Russia–China ties/, /^‘Exemplary partnership’/, /\(Picture credit: AP\)$/,
    'Hot this week', 'Topics', 'Related Articles',
  ],
};

/** 004's sidebars: everything from "Hot this week" on is not body. */
export function bodyLines(prefix: string, body: string): string[] {
  let lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
  if (prefix === '001') lines = lines.map((l) => l.replace(/^date \d{4}-\d{2}-\d{2}\s+/, ''));
  if (prefix === '004') lines = lines.slice(0, lines.indexOf('Hot this week')).map((l) => l.replace(/\s*Go to Source$/, ''));
  return lines.filter((l) => !NOT_BODY[prefix].some((p) => (typeof p === 'string' ? p === l : p.test(l))));
}
