import { createHash } from 'node:crypto';
import { canonicalizeUrl } from '../extraction/metadata/url.js';

/**
 * A page's key: a hash of the URL it was fetched from, with tracking
 * parameters and fragment dropped, so a page reached from a newsletter and
 * from a feed is one page. Null without a usable URL.
 */
export function pageKey(url: string | undefined): string | null {
  const canonical = canonicalizeUrl(url);
  return canonical ? createHash('sha256').update(canonical).digest('hex').slice(0, 32) : null;
}
