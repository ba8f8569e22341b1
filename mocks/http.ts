import { delay, HttpResponse } from 'msw';
import type { z } from 'zod';
import type { ApiErrorBody } from '@/lib/api/contract';
import { clip, issueText } from '@/lib/api/schemas/messages';
import { advanceLab } from './advance';
import { clock } from './clock';
import { announce } from '@/lib/browser/lab-channel';
import { labReadable } from './lab-status';
import { lessonStore } from './lessons';
import { exclusive } from './persist/exclusive';
import { takeTouched } from './persist/touched';
import { store, type Lab } from './store';

/** Every failure body has one shape: `{ error: { code, message } }`. */
export const problem = (status: number, code: string, message: string, extra: Partial<ApiErrorBody['error']> = {}) =>
  HttpResponse.json({ error: { code, message, ...extra } } satisfies ApiErrorBody, { status });

export const badRequest = (message: string) => problem(400, 'BAD_REQUEST', message);
export const notFound = (message: string) => problem(404, 'NOT_FOUND', message);
export const noHost = (host: string) => notFound(`no host '${clip(host)}'`);
export const noDomain = (name: string) => notFound(`Domain not found: no domain with matching name '${clip(name)}'`);

/** The simulated network: the lab's latency setting (zero in tests). */
export async function latency() {
  const ms = store().settings().latencyMs;
  if (ms > 0) await delay(ms);
}

/**
 * A bug must not reach the learner as MSW's 500 with a stack trace: an exception becomes a JSON
 * 500 with a short message, and the error is logged once, here.
 */
function internalError(e: unknown) {
  console.error('VirtLab API: unexpected error', e);
  return problem(500, 'INTERNAL_ERROR', 'The lab hit an unexpected error; nothing was saved.');
}

/** `fn`, its exceptions answered as a JSON 500: the handlers that do not touch the lab. */
export async function safely(fn: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    return internalError(e);
  }
}

/**
 * Latency, then `fn` on the lab alone (no other request, in this tab or another, meanwhile):
 * the lab as the last request left it, whichever tab sent it; the change `fn` made written
 * before the answer, and refused with a 507 when the browser does not keep it — a command that
 * a reload would undo must not be answered 200. Other tabs then hear of the change.
 */
export async function answer(fn: () => Response | Promise<Response>): Promise<Response> {
  await latency();
  return exclusive(async () => {
    if (await store().sync()) {
      clock().reload();
      lessonStore().reload();
    }
    takeTouched();
    let res: Response;
    try {
      res = await fn();
    } catch (e) {
      store().rollback();
      return internalError(e);
    }
    const saved = await store().persist(takeTouched());
    if (!saved.ok) return storageRefused(saved.why);
    if (saved.wrote !== null) announce(saved.wrote);
    return res;
  });
}

const storageRefused = (why: 'budget' | 'refused') =>
  problem(
    507,
    'STORAGE_FULL',
    why === 'budget'
      ? 'The lab would outgrow the space it may take in this browser; nothing was changed. Reset the lab or remove big files.'
      : 'The browser refused to save the lab (its storage is full); nothing was changed.',
  );

/**
 * Runs `fn` on the lab as of the lab clock's `now`, or answers 503 while the stored lab cannot be
 * read (the app shows recovery). Jobs move with time first, so every answer — a poll, a list, a
 * command — sees a migration where it is now; a fast-forward ends with the last job.
 */
export function withLab(fn: (lab: Lab, now: number) => Response | Promise<Response>): Promise<Response> {
  return answer(() => {
    const stored = store().lab();
    if (!stored || !labReadable())
      return problem(503, 'STORE_UNREADABLE', 'The saved lab cannot be read; reset it or download the raw data.');
    const now = clock().now();
    const lab = advanceLab(stored, now);
    if (lab !== stored) store().commit(lab);
    if (clock().rate() !== 1 && !lab.world.hosts.some((h) => h.domains.some((d) => d.job))) clock().setRate(1);
    return fn(lab, now);
  });
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: Response };

/** `value` read by the endpoint's schema (lib/api/schemas), or the 400 that says what is wrong. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): Parsed<z.output<S>> {
  const r = schema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: badRequest(issueText(r.error)) };
}

/** A query string as an object (the last of repeated keys), for the query's schema. */
export const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

/** No JSON body the API takes comes near this; a 64 KiB file is sent as text (PUT …/files). */
const MAX_JSON_BYTES = 64 * 1024;

/** A JSON object body read by the endpoint's schema; no body at all reads as `{}`. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.output<S>>> {
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) return { ok: false, error: problem(413, 'TOO_LARGE', 'the body is too large') };
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return { ok: false, error: badRequest('the body must be a JSON object') };
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { ok: false, error: badRequest('the body must be a JSON object') };
  return parse(schema, body);
}
