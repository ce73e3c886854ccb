import { vi } from 'vitest';

/**
 * Run `work` with what it writes to stdout and stderr kept instead of shown:
 * each stream's text, and both interleaved as written (`all`).
 */
export async function captureOutput<T>(work: () => T | Promise<T>): Promise<{ result: T; stdout: string; stderr: string; all: string }> {
  const chunks: Array<{ to: 'stdout' | 'stderr'; text: string }> = [];
  const spies = (['stdout', 'stderr'] as const).map((to) => vi.spyOn(process[to], 'write').mockImplementation((s) => (chunks.push({ to, text: String(s) }), true)));
  try {
    const result = await work();
    const of = (to?: 'stdout' | 'stderr') => chunks.filter((c) => !to || c.to === to).map((c) => c.text).join('');
    return { result, stdout: of('stdout'), stderr: of('stderr'), all: of() };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}
