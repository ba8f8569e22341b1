/**
 * The messages between the page and the lab's worker (docs/decisions/022-…). A request and its
 * answer cross as plain data with the body as a transferred ArrayBuffer (no copy); the worker
 * also asks the page to keep a localStorage key it changed (the settings, the first-paint mark),
 * since a worker has no localStorage.
 */
export interface WireRequest {
  id: number;
  method: string;
  url: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}
export interface WireResponse {
  id: number;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer;
}

/**
 * Page → worker: first the page's stored keys (`virtlab:*` in localStorage) and whether the page
 * has IndexedDB (without it the lab lives in memory, as on the page before), then requests; and
 * once, that the page has loaded and is idle (the worker loads its shell then). A worker started
 * with the first entry (./first-entry.ts) is told the full lab's start entry in `init`, and when
 * to load it (`load`: after the page's first paint).
 */
export type ToWorker =
  | { type: 'init'; storage: Record<string, string>; indexedDB: boolean; start?: string }
  | { type: 'idle' }
  | { type: 'load' }
  | ({ type: 'request' } & WireRequest);
/**
 * Worker → page: answers — only the full lab answers (the first entry gave early answers of its own until
 * decision 080; it answers nothing now) —, and writes to the page's localStorage (null removes the key);
 * `decided` is the first entry's check (./first-entry.ts); `ready` that the full lab
 * has loaded and taken over (a page whose first data all came early may ask the lab nothing more), `failed`
 * that it did not load (as a worker's `error` event says of its script).
 */
export type FromWorker =
  | ({ type: 'response' } & WireResponse)
  | { type: 'storage'; key: string; value: string | null }
  | { type: 'ready' }
  /** The first entry's check (decision 080): `fresh` when nothing is stored and it holds the lab's lock. */
  | { type: 'decided'; fresh: boolean }
  | { type: 'failed'; message: string };

const bodyless = (method: string) => method === 'GET' || method === 'HEAD';

export async function requestToWire(request: Request, id: number): Promise<WireRequest> {
  return {
    id,
    method: request.method,
    url: request.url,
    headers: [...request.headers],
    body: bodyless(request.method) ? null : await request.arrayBuffer(),
  };
}

/**
 * The app's own request (`url` absolute, a string body or none) as it crosses, built in this task:
 * no `Request` whose body stream is read in later tasks. Null for any other body.
 */
export function wireNow(url: string, init: RequestInit | undefined, id: number): WireRequest | null {
  const body = init?.body ?? null;
  if (body !== null && typeof body !== 'string') return null;
  const method = (init?.method ?? 'GET').toUpperCase();
  return {
    id,
    method,
    url,
    headers: [...new Headers(init?.headers)],
    body: bodyless(method) || body === null ? null : (new TextEncoder().encode(body).buffer as ArrayBuffer),
  };
}

export const requestFromWire = (w: WireRequest) =>
  new Request(w.url, { method: w.method, headers: w.headers, body: bodyless(w.method) ? null : w.body });

export async function responseToWire(response: Response, id: number): Promise<WireResponse> {
  return {
    id,
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: await response.arrayBuffer(),
  };
}

/** A 204 or 304 may not carry a body, not even an empty one. */
export const responseFromWire = (w: WireResponse) =>
  new Response(w.status === 204 || w.status === 304 ? null : w.body, {
    status: w.status,
    statusText: w.statusText,
    headers: w.headers,
  });

/** Any URL under /api (and /api itself), whatever the origin: what the lab answers. */
export const API_URL = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/api(?:\/.*)?$/i;
