/**
 * Canonical URLs: the same article reached through a newsletter, a social
 * share or an ad campaign must map to one URL. Tracking parameters and
 * fragments are dropped; the scheme is forced to https where it was http.
 */

const TRACKING = [
  /^utm_/i, /^fbclid$/i, /^gclid$/i, /^dclid$/i, /^msclkid$/i, /^mc_(?:cid|eid)$/i, /^igshid$/i,
  /^_ga$/i, /^_gl$/i, /^yclid$/i, /^twclid$/i, /^ocid$/i, /^cmpid$/i, /^ito$/i, /^smid$/i,
  /^ref(?:_src|_url|errer)?$/i, /^src$/i, /^share$/i, /^s_cid$/i, /^at_(?:medium|campaign|custom\d*)$/i,
  /^ns_(?:mchannel|source|campaign|linkname|fee)$/i, /^outputType$/i, /^amp$/i, /^guccounter$/i,
];

export function canonicalizeUrl(raw: string | null | undefined, base?: string | null): string | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = base ? new URL(raw.trim(), base) : new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.hostname = u.hostname.toLowerCase();
  for (const key of [...u.searchParams.keys()]) if (TRACKING.some((t) => t.test(key))) u.searchParams.delete(key);
  u.searchParams.sort();
  let s = u.toString();
  if (s.endsWith('?')) s = s.slice(0, -1);
  return s;
}

/** The outlet's host without "www." (the fallback when a page names no site). */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}
