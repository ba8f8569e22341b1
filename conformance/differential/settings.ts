/** The fixed-seed differential batch `npm test` runs (differential.test.ts). */
export const RUNS = 320;
export const SEED = 20261206;
