import * as z from 'zod';

// zod compiles object schemas with `new Function` when it may; the page's Content-Security-Policy
// has no 'unsafe-eval' (decision 013), so it must not even try.
z.config({ jitless: true });

/** Numbers a stored lab may hold: zod's numbers are finite already (no NaN, no Infinity). */
export const finite = z.number();
export const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const str = z.string();

/**
 * A time in ms since 1970 that Date can format: up to the end of year 9999. A clock of 9e15 would
 * break every date on the page ("Invalid time value").
 */
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
export const instant = z.number().min(0).max(MAX_TIME);

/** Host CPU numbers (a cpumap): at most 4096 of them, each below 4096. */
export const cpus = z.array(count.max(4095)).max(4096);
