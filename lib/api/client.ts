import type { ApiErrorBody, FieldIssue, Transcript } from './contract';

/** The one API client: JSON in and out; any non-2xx becomes an ApiError with the server's message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly transcript?: Transcript,
    /** A refused file: the field at fault and what is wrong with it (ApiErrorBody). */
    readonly fault?: { field: string; issue?: FieldIssue },
    /** A refused lesson file: why, as data (ApiErrorBody). */
    readonly reason?: { kind: string; args?: Record<string, string> },
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let ready: Promise<unknown> = Promise.resolve();

/**
 * Requests wait for `p` before they leave the page: the API is served by a service worker that
 * the app starts with the page (app/start-mocks.ts), so components can render and ask for data
 * at once instead of waiting behind a gate.
 */
export function holdRequestsUntil(p: Promise<unknown>) {
  ready = p;
}

/** Answers a request in the page, or returns null to leave it to fetch. */
type AnswerHere = (url: string, init?: RequestInit) => Promise<Response> | null;
let here: AnswerHere = () => null;

/**
 * Requests the page can answer without fetch skip it and the wait for `holdRequestsUntil`:
 * app/start-mocks.ts asks the lab's worker in this page directly, or takes the answer the inline
 * <head> script asked it for early. On a real backend nothing is answered here.
 */
export function answerHereWhenPossible(fn: AnswerHere) {
  here = fn;
}

/** Settles when the API can answer (or rejects when it cannot start): what components wait on. */
export const apiReady = (): Promise<unknown> => ready;

let lostRelay!: () => void;
const relayLost = new Promise<void>((resolve) => {
  lostRelay = resolve;
});

/**
 * MSW's service worker never confirmed this page's activation (app/start-mocks.ts): the app still
 * reaches the lab, but /api fetched by anything else (the browser's console, an address opened in
 * the tab) gets no answer from it. MockGate tells the learner (decision 059).
 */
export const relayFailed = () => lostRelay();
export const whenRelayFailed = (): Promise<void> => relayLost;

let changedHere = false;

/**
 * Whether this page has sent the API anything but a GET — a command, a setting, a lesson — so the
 * lab may differ from what it was when the page loaded (the overview's first-visit lists rely on it).
 */
export const labChangedHere = () => changedHere;

/**
 * fetch, once the API can answer — unless the page can answer it (answerHereWhenPossible). A write is
 * marked when it leaves (`virtlab:write`) and when its answer or failure comes (`virtlab:written`): a
 * page closed between the two closes a command mid-way, and the e2e suite waits for them to pair
 * before it leaves a page (e2e/fixtures.ts `settled`).
 */
export async function apiFetch(path: string, init?: RequestInit): Promise<Response> {
  const write = !!init?.method && init.method.toUpperCase() !== 'GET' && init.method.toUpperCase() !== 'HEAD';
  if (!write) return send(path, init);
  changedHere = true;
  performance.mark('virtlab:write');
  try {
    return await send(path, init);
  } finally {
    performance.mark('virtlab:written');
  }
}

async function send(path: string, init?: RequestInit): Promise<Response> {
  const answered = here(`/api${path}`, init);
  if (answered) return answered;
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
    throw new ApiError(
      res.status,
      e?.code ?? 'HTTP',
      e?.message ?? `${res.status} ${res.statusText}`,
      e?.transcript,
      e?.field !== undefined ? { field: e.field, issue: e.issue } : undefined,
      e?.reason,
    );
  }
  return body as T;
}
