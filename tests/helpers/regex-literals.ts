import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { parse } from 'acorn';
import { simple } from 'acorn-walk';

export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * Every regular-expression literal and `new RegExp('...')` with a literal
 * pattern in the given source directories, found by parsing the code (esbuild
 * strips the types, acorn parses), not by grepping.
 */
export function regexLiterals(root: string, dirs: string[]): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  for (const file of dirs.flatMap((d) => tsFiles(join(root, d)))) {
    const original = readFileSync(file, 'utf8');
    const { code } = transformSync(original, { loader: 'ts', format: 'esm', target: 'es2022' });
    // esbuild drops comments, so lines are looked up in the original source.
    const lineOf = (pattern: string, fallback: number) => {
      const at = original.indexOf(pattern);
      return at < 0 ? fallback : original.slice(0, at).split('\n').length;
    };
    const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    const rel = relative(root, file);
    simple(ast, {
      Literal(node) {
        const n = node as unknown as { regex?: { pattern: string; flags: string }; loc: { start: { line: number } } };
        if (n.regex) out.push({ file: rel, line: lineOf(n.regex.pattern, n.loc.start.line), source: n.regex.pattern, flags: n.regex.flags });
      },
      NewExpression(node) {
        const n = node as unknown as { callee: { name?: string }; arguments: Array<{ type: string; value?: unknown }>; loc: { start: { line: number } } };
        const [pattern, flags] = n.arguments;
        if (n.callee.name === 'RegExp' && pattern?.type === 'Literal' && typeof pattern.value === 'string') {
          out.push({ file: rel, line: lineOf(pattern.value, n.loc.start.line), source: pattern.value, flags: flags?.type === 'Literal' ? String(flags.value) : '' });
        }
      },
    });
  }
  return out;
}
