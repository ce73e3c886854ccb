import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { regexLiterals } from '../helpers/regex-literals.js';

/**
 * Every regular expression that touches uploaded text is checked by recheck
 * (a ReDoS analyser): it must run in linear time on any input. The few that
 * are not linear in general are listed with the bound that makes them safe
 * where they are used; the adversarial property test feeds those call sites
 * hostile input of 200 KB.
 */
const SCANNED = ['shared/extraction', 'shared/services', 'shared/http', 'shared/dedupe', 'shared/schemas'];

const BOUNDED: Array<{ file: string; startsWith: string; why: string }> = [
  { file: 'shared/extraction/metadata/authors.ts', startsWith: '(?: ?[,|–—-] ?| )(?:', why: 'bylines longer than MAX_BYLINE (300 chars) are skipped before it runs' },
  { file: 'shared/extraction/metadata/authors.ts', startsWith: '\\d{4}\\s*(?:[|·•,-]', why: 'namesFromCredits skips lines over MAX_CREDIT (120 chars) before DATED_BY runs' },
  { file: 'shared/extraction/metadata/authors.ts', startsWith: '[–—]|\\s+(?:on\\s+\\d', why: 'namesFromCredits skips credits over MAX_CREDIT (120 chars) before NAME_END runs' },
  { file: 'shared/extraction/metadata/dates.ts', startsWith: '\\d.*(?:jan', why: 'isDateOnlyLine and dateFromCredits test the line length first (<= 60, <= 100 chars)' },
  { file: 'shared/services/upload-body.ts', startsWith: '<meta[^>]{0,200}?charset', why: 'runs on the first 1024 bytes of a page (the browser pre-scan window)' },
];

describe('regular expressions on uploaded text', () => {
  const literals = regexLiterals(process.cwd(), SCANNED);

  it('finds the patterns in the code it scans', () => {
    expect(literals.length).toBeGreaterThan(100);
  });

  it('are linear on any input, or listed with the bound that makes them safe', async () => {
    const unsafe: string[] = [];
    const used = new Set<(typeof BOUNDED)[number]>();
    for (const r of literals) {
      let res = await check(r.source, r.flags, { timeout: 10_000 });
      // 'unknown' is the analyser running out of time, not a verdict: on a
      // loaded machine (CI beside other jobs) a large alternation can take
      // longer than 10 s, so it is asked once more with a minute.
      if (res.status === 'unknown') res = await check(r.source, r.flags, { timeout: 60_000 });
      if (res.status === 'safe') continue;
      const bound = BOUNDED.find((b) => b.file === r.file && r.source.startsWith(b.startsWith));
      if (bound) used.add(bound);
      else unsafe.push(`${r.file}:${r.line} /${r.source}/${r.flags} is ${res.status}${res.status === 'vulnerable' ? ` (${res.complexity.type}; attack ${res.attack.pattern.slice(0, 60)})` : ''}`);
    }
    expect(unsafe).toEqual([]);
    // A bound listed for a pattern that is gone (or now linear) is stale.
    expect(BOUNDED.filter((b) => !used.has(b)).map((b) => b.why)).toEqual([]);
  }, 400_000);
});
