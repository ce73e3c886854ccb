import { z } from 'zod';
import { BadRequest } from '../errors.js';

/**
 * One wording for every invalid input, whichever validator found it: each
 * issue names the field and what it must be, and unknown parameters are
 * listed with the ones that exist (a typo like "sourse" is the usual cause).
 */
export function invalidInput(error: z.ZodError, where: string, schema?: z.ZodTypeAny): BadRequest {
  // One issue per field, the first its rules found: a URL that is not one
  // also fails the rule for its scheme, and the second message adds nothing.
  const seen = new Set<string>();
  const firsts = error.issues.filter((i) => {
    const key = JSON.stringify(i.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const issues = firsts.map((i) => {
    const path = i.path.join('.');
    const at = schemaAt(schema, i.path);
    const known = at instanceof z.ZodObject ? Object.keys(at.shape) : null;
    const message =
      i.code === 'unrecognized_keys'
        ? `unknown ${where} field(s) ${i.keys.map((k) => `"${k}"`).join(', ')}; ${known ? `known: ${known.join(', ') || '(none)'}` : i.message}`
        : i.message;
    return { path, message };
  });
  return new BadRequest(`Invalid ${where}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`, { issues });
}

/** The part of `schema` that validates the value at `path` (an item of a batch's list), refinements unwrapped. */
function schemaAt(schema: z.ZodTypeAny | undefined, path: Array<string | number>): z.ZodTypeAny | undefined {
  let at = schema;
  for (let k = 0; ; k++) {
    while (at instanceof z.ZodEffects) at = at.innerType();
    if (k === path.length || !at) return at;
    at = at instanceof z.ZodObject ? at.shape[path[k]] : at instanceof z.ZodArray ? at.element : undefined;
  }
}

/** JSON text, or a 400 that says what was wrong and what to send instead. */
export function parseJson(raw: string, instead: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new BadRequest(`The body is not valid JSON (${(e as Error).message}). ${instead}`);
  }
}

export function parseInput<S extends z.ZodTypeAny>(schema: S, value: unknown, where: string): z.infer<S> {
  const res = schema.safeParse(value);
  if (!res.success) throw invalidInput(res.error, where, schema);
  return res.data;
}
