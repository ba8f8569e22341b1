import * as z from 'zod';

/**
 * The building blocks of the API's request schemas. Every string has a limit, counted in UTF-8
 * bytes (what a real backend stores and what a file size is on the host), never UTF-16 units.
 */
// zod compiles object schemas with `new Function` when it may; the page's Content-Security-Policy
// has no 'unsafe-eval' (decision 013), so it must not even try.
z.config({ jitless: true });

const encoder = new TextEncoder();
export const utf8Bytes = (s: string) => encoder.encode(s).length;

/** At most `max` UTF-8 bytes; a string never has fewer bytes than UTF-16 units, so long ones fail fast. */
export const withinBytes = (s: string, max: number) => s.length <= max && utf8Bytes(s) <= max;

export const text = (max: number, what = 'text') =>
  z
    .string({ error: `${what} must be a string` })
    .refine((s) => withinBytes(s, max), { error: `${what} is longer than ${max} bytes` });

/** Host and domain names, lesson ids: short, non-empty. libvirt keeps no limit; the lab keeps 256 bytes. */
export const NAME_BYTES = 256;
export const name = (what = 'name') =>
  text(NAME_BYTES, what).refine((s) => s !== '', { error: `${what} must not be empty` });

/** Linux's PATH_MAX and NAME_MAX: a path of 4096 bytes, each component at most 255. */
export const PATH_BYTES = 4096;
export const NAME_MAX = 255;
const componentsFit = (p: string) => p.split('/').every((c) => withinBytes(c, NAME_MAX));
export const filePath = (what = 'file') =>
  text(PATH_BYTES, what)
    .refine((s) => s.trim() !== '', { error: `${what} must not be empty` })
    .refine((s) => !s.includes('\0'), { error: `${what} must not hold a NUL byte` })
    .refine(componentsFit, { error: `${what} has a name longer than ${NAME_MAX} bytes` });

export const flag = (what: string) => z.boolean({ error: `${what} must be true or false` });

/** A whole number from `min` to `max`. */
export const whole = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .int({ error: `${what} must be a whole number` })
    .min(min, { error: `${what} must be at least ${min}` })
    .max(max, { error: `${what} must be at most ${max}` });

/** C's INT_MAX: libvirt's counts and seconds are ints. */
export const INT_MAX = 2 ** 31 - 1;

/** An enum whose message lists what is allowed and never echoes what was sent. */
export const oneOf = <const T extends readonly [string, ...string[]]>(what: string, values: T) =>
  z.enum(values, { error: `${what} must be one of: ${values.join(', ')}` });

/** A body with no fields: an empty JSON object (or no body at all). */
export const noFields = z.strictObject({});
