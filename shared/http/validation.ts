import { z } from 'zod';
import { BadRequest } from '../errors.js';

/**
 * One wording for every invalid input, whichever validator found it: each
 * issue names the field and what it must be, and unknown parameters are
 * listed with the ones that exist (a typo like "sourse" is the usual cause).
 */
export function invalidInput(error: z.ZodError, where: string, schema?: z.ZodTypeAny): BadRequest {
  let inner = schema;
  while (inner instanceof z.ZodEffects) inner = inner.innerType();
  const known = inner instanceof z.ZodObject ? Object.keys(inner.shape) : null;
  const issues = error.issues.map((i) => {
    const path = i.path.join('.');
    const message =
      i.code === 'unrecognized_keys'
        ? `unknown ${where} field(s) ${i.keys.map((k) => `"${k}"`).join(', ')}; ${known ? `known: ${known.join(', ') || '(none)'}` : i.message}`
        : i.message;
    return { path, message };
  });
  return new BadRequest(`Invalid ${where}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`, { issues });
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
