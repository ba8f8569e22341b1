import { fail, ok, type Result } from '../result';

/**
 * virTypedParamsValidate: the fields are sorted by name and walked in that order, so the first
 * repeated or unknown name in sorted order is the one reported, whatever order they were given in.
 */
export function validateParams(fields: readonly string[], allowed: readonly string[]): Result<true> {
  const sorted = [...fields].sort();
  for (const [i, f] of sorted.entries()) {
    if (i > 0 && sorted[i - 1] === f && allowed.includes(f))
      return fail('INVALID_ARG', `invalid argument: parameter '${f}' occurs multiple times`);
    if (!allowed.includes(f))
      return fail('ARGUMENT_UNSUPPORTED', `argument unsupported: parameter '${f}' not supported`);
  }
  return ok(true);
}
