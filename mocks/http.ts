import { delay, HttpResponse } from 'msw';
import type { ApiErrorBody } from '@/lib/api/contract';
import { advanceLab } from './advance';
import { clock } from './clock';
import { store, type Lab } from './store';

/** Every failure body has one shape: `{ error: { code, message } }`. */
export const problem = (status: number, code: string, message: string, extra: Partial<ApiErrorBody['error']> = {}) =>
  HttpResponse.json({ error: { code, message, ...extra } } satisfies ApiErrorBody, { status });

export const badRequest = (message: string) => problem(400, 'BAD_REQUEST', message);
export const notFound = (message: string) => problem(404, 'NOT_FOUND', message);

/** The simulated network: the lab's latency setting (zero in tests). */
export async function latency() {
  const ms = store().settings().latencyMs;
  if (ms > 0) await delay(ms);
}

/**
 * Runs `fn` on the lab as of the lab clock's `now`, or answers 503 while the stored lab cannot be
 * read (the app shows recovery). Jobs move with time first, so every answer — a poll, a list, a
 * command — sees a migration where it is now; a fast-forward ends with the last job.
 */
export async function withLab(fn: (lab: Lab, now: number) => Response | Promise<Response>): Promise<Response> {
  await latency();
  const stored = store().lab();
  if (!stored)
    return problem(503, 'STORE_UNREADABLE', 'The saved lab cannot be read; reset it or download the raw data.');
  const now = clock().now();
  const lab = advanceLab(stored, now);
  if (lab !== stored) store().commit(lab);
  if (clock().rate() !== 1 && !lab.world.hosts.some((h) => h.domains.some((d) => d.job))) clock().setRate(1);
  return fn(lab, now);
}

/** Reads a JSON object body; null when it is not one. */
export async function jsonBody(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await request.json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
