import type { ApiErrorBody, Transcript } from './contract';

/** The one API client: JSON in and out; any non-2xx becomes an ApiError with the server's message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly transcript?: Transcript,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let ready: Promise<unknown> = Promise.resolve();
type Send = (url: string, init?: RequestInit) => Promise<Response>;
let meanwhile: Send | null = null;

/**
 * Requests wait for `p` before they leave the page: the API is served by a service worker that
 * the app starts with the page (app/start-mocks.ts), so components can render and ask for data
 * at once instead of waiting behind a gate. While `p` is pending, `direct` answers them instead
 * when given (the lab asked without the service worker, which a first visit waits for longest).
 */
export function holdRequestsUntil(p: Promise<unknown>, direct?: Send) {
  ready = p;
  meanwhile = direct ?? null;
  const done = () => {
    if (ready === p) meanwhile = null;
  };
  p.then(done, done);
}

/** Settles when the API can answer (or rejects when it cannot start): what components wait on. */
export const apiReady = (): Promise<unknown> => ready;

let changedHere = false;

/**
 * Whether this page has sent the API anything but a GET — a command, a setting, a lesson — so the
 * lab may differ from what it was when the page loaded (the overview's first-visit lists rely on it).
 */
export const labChangedHere = () => changedHere;

/** fetch, once the API can answer (or the lab directly until then). */
export async function apiFetch(path: string, init?: RequestInit): Promise<Response> {
  if (init?.method && init.method.toUpperCase() !== 'GET' && init.method.toUpperCase() !== 'HEAD') changedHere = true;
  if (meanwhile) return meanwhile(`/api${path}`, init);
  await ready;
  return fetch(`/api${path}`, init);
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const res = await apiFetch(path, {
    ...rest,
    headers: {
      Accept: 'application/json',
      ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...rest.headers,
    },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  if (!res.ok) {
    const e = (body as ApiErrorBody | null)?.error;
    throw new ApiError(res.status, e?.code ?? 'HTTP', e?.message ?? `${res.status} ${res.statusText}`, e?.transcript);
  }
  return body as T;
}
