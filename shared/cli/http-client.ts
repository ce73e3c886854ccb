/** A small client for a running Copydesk API (the CLI's ingest, stories and reprocess commands). */
export interface ApiOptions {
  api: string;
  key: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { title?: string; detail?: string } | string,
  ) {
    super(typeof body === 'string' ? `HTTP ${status}: ${body.slice(0, 200)}` : `HTTP ${status}: ${body.detail ?? body.title ?? 'error'}`);
  }
}

// Over the key's rate (429) or storage briefly down (503): wait as Retry-After says, this many times.
const RETRIES = 5;
const MAX_WAIT_SECONDS = 30;

/**
 * One API call. A 429 or 503 is waited out and sent again (uploads are
 * idempotent: the same bytes make the same article); other errors throw.
 */
export async function apiFetch<T>(o: ApiOptions, path: string, init: RequestInit = {}, retries = RETRIES): Promise<{ status: number; body: T }> {
  let res: Response;
  try {
    res = await fetch(new URL(path, o.api), { ...init, headers: { authorization: `Bearer ${o.key}`, ...(init.headers ?? {}) } });
  } catch (e) {
    throw new Error(`cannot reach Copydesk at ${o.api} (${(e as Error).cause ?? (e as Error).message}). Is \`npm start\` running? Use --api to point elsewhere.`);
  }
  if ((res.status === 429 || res.status === 503) && retries > 0) {
    await res.body?.cancel();
    const wait = Math.min(MAX_WAIT_SECONDS, Number(res.headers.get('retry-after')) || 1);
    await new Promise((r) => setTimeout(r, wait * 1000));
    return apiFetch(o, path, init, retries - 1);
  }
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  if (!res.ok) throw new ApiError(res.status, body as never);
  return { status: res.status, body: body as T };
}
