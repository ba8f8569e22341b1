/** mocks/store.ts's default latency and lib/api/schemas/requests.ts's bound (a test checks both). */
export const FIRST_DEFAULT_LATENCY_MS = 150;
export const FIRST_MAX_LATENCY_MS = 5000;

/** The lab's latency setting as mocks/store.ts reads it (`settingsRequest`, else the default): one key, a whole number in range. */
export function firstLatency(raw: string | undefined): number {
  try {
    const v = JSON.parse(raw ?? 'null') as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1) {
      const ms = (v as { latencyMs?: unknown }).latencyMs;
      if (typeof ms === 'number' && Number.isInteger(ms) && ms >= 0 && ms <= FIRST_MAX_LATENCY_MS) return ms;
    }
  } catch {
    /* not JSON: the default, as the store reads it */
  }
  return FIRST_DEFAULT_LATENCY_MS;
}
