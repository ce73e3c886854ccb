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

export async function apiFetch<T>(o: ApiOptions, path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  let res: Response;
  try {
    res = await fetch(new URL(path, o.api), { ...init, headers: { authorization: `Bearer ${o.key}`, ...(init.headers ?? {}) } });
  } catch (e) {
    throw new Error(`cannot reach Copydesk at ${o.api} (${(e as Error).cause ?? (e as Error).message}). Is \`npm start\` running? Use --api to point elsewhere.`);
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
