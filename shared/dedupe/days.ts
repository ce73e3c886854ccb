/** Calendar days as ISO dates (YYYY-MM-DD), UTC: the buckets of the engine's index. */

/** The first day of the epoch holding `day` (epochs count from 1970-01-01), and the previous epoch's. */
export function epochOf(day: string, epochDays: number): { start: string; previous: string | null } {
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return { start: day, previous: null };
  const n = Math.floor(t / 86400000 / epochDays) * epochDays;
  const iso = (d: number) => new Date(d * 86400000).toISOString().slice(0, 10);
  return { start: iso(n), previous: iso(n - epochDays) };
}

/** The days within `radius` of `day`, in order. */
export function dayWindow(day: string, radius: number): string[] {
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return [day];
  const out: string[] = [];
  for (let d = -radius; d <= radius; d++) out.push(new Date(t + d * 86400000).toISOString().slice(0, 10));
  return out;
}

/** Days from `a` to `b` (0 when either is not a date). */
export function daysBetween(a: string, b: string): number {
  const ta = Date.parse(`${a}T00:00:00Z`);
  const tb = Date.parse(`${b}T00:00:00Z`);
  return Number.isNaN(ta) || Number.isNaN(tb) ? 0 : (tb - ta) / 86400000;
}
