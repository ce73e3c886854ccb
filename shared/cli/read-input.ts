import { readFile, readdir, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

/** Read a file as UTF-8, transparently gunzipping `.gz`. */
export async function readMaybeGzip(path: string): Promise<string> {
  const buf = await readFile(path);
  return (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/** Expand directories (one level, sorted) into their files. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p);
    if (s.isDirectory()) {
      for (const f of (await readdir(p)).sort()) if (!f.startsWith('.')) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}
