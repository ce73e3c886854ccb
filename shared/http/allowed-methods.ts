/**
 * The methods the app answers on a path, read from its own routes: a
 * request with another method (`POST /stories`, `PUT /articles/{id}`) gets
 * 405 with an Allow header naming them (RFC 9110 §15.5.6), not a 404 that
 * says the path does not exist. Middleware (`ALL`, wildcards) is no route.
 * HEAD is answered wherever GET is.
 */
export function allowedMethods(routes: ReadonlyArray<{ method: string; path: string }>, path: string): string[] {
  const segments = path.split('/');
  const out = new Set<string>();
  for (const r of routes) {
    if (r.method === 'ALL' || r.path.includes('*')) continue;
    const pattern = r.path.split('/');
    if (pattern.length === segments.length && pattern.every((p, i) => p === segments[i] || (p.startsWith(':') && segments[i] !== ''))) out.add(r.method);
  }
  if (out.has('GET')) out.add('HEAD');
  return [...out].sort();
}
