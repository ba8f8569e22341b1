import type * as z from 'zod';
import type { ApiErrorBody } from './contract';
import { clip, issueText } from './schemas/messages';

/**
 * How every backend answers a request it refuses, and how it reads one: the mock handlers (in the
 * browser) and the real backend's route (lib/server) share these, so both refuse alike.
 */
export const problem = (status: number, code: string, message: string, extra: Partial<ApiErrorBody['error']> = {}) =>
  Response.json({ error: { code, message, ...extra } } satisfies ApiErrorBody, { status });

export const badRequest = (message: string) => problem(400, 'BAD_REQUEST', message);
export const notFound = (message: string) => problem(404, 'NOT_FOUND', message);
export const noHost = (host: string) => notFound(`no host '${clip(host)}'`);
export const noDomain = (name: string) => notFound(`Domain not found: no domain with matching name '${clip(name)}'`);

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
