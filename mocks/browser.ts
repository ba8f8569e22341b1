import { API_URL } from './worker/protocol';

/**
 * MSW's page part, reduced to what this app uses of it. MSW's service worker (public/mockServiceWorker.js,
 * written by msw itself) takes each fetch of a page that activated it and asks that page for the
 * answer; the page's MSW (`setupWorker`, 130 KB) would then match its handlers — here one handler
 * that hands every /api request to the lab's worker, where MSW's handlers run (decisions 029, 038).
 * So the page only relays: the service worker's question to the lab, the lab's answer back, in the
 * worker's own message protocol (msw 2.x; `mocks/__tests__/browser.test.ts` checks the generated
 * script still speaks it). Evaluating `setupWorker`'s chunk cost the page's main thread 14–17 ms of
 * CPU in one task (decision 056).
 *
 * The service worker waits for the page's answer on a MessagePort with no timeout of its own, and a
 * request it relayed hangs until the port answers: so every question gets an answer, whatever the lab
 * does (decision 059).
 */

/** A request as the service worker sends it (mockServiceWorker.js, `serializeRequest`). */
export interface SwRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: ArrayBuffer | null;
}

/** The page's answer: a response, or "fetch it from the network" (anything not the lab's /api). */
export type SwReply =
  | { type: 'PASSTHROUGH' }
  | {
      type: 'MOCK_RESPONSE';
      data: { status: number; statusText: string; headers: Record<string, string>; body: ArrayBuffer | null };
    };

/** How long a relayed request waits for the lab (a command takes milliseconds; the lab's latency at most 5 s). */
export const LAB_ANSWER_MS = 30_000;
/** How long a page waits for a service worker to take control of it (it claims its clients when it activates). */
export const CONTROL_WAIT_MS = 3000;
/** The activation handshake: how long each MOCK_ACTIVATE waits for MOCKING_ENABLED, and how many are sent. */
export const HANDSHAKE_MS = 3000;
export const HANDSHAKE_TRIES = 3;

/** Only the page's own origin's /api is the lab's: a cross-origin /api goes to its server. */
function isLabRequest(url: unknown, origin: string): boolean {
  if (typeof url !== 'string' || !API_URL.test(url)) return false;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** The API's error shape (docs/api.md): a short message; what went wrong is in the console, once. */
function internalError(message: string): SwReply {
  const body = new TextEncoder().encode(JSON.stringify({ error: { code: 'INTERNAL_ERROR', message } }))
    .buffer as ArrayBuffer;
  return {
    type: 'MOCK_RESPONSE',
    data: { status: 500, statusText: 'Internal Server Error', headers: { 'content-type': 'application/json' }, body },
  };
}

class NoAnswer extends Error {}

/** `answer` or, after `ms`, a NoAnswer rejection. */
function within<T>(ms: number, answer: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswer(`no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

/**
 * The answer to one request the service worker relayed: the lab's, for this origin's /api; anything
 * else goes to the network. Never rejects: a lab that fails (its worker broken, a request it cannot
 * take, an answer that never comes within `timeoutMs`) gives a JSON 500.
 */
export async function swReply(
  request: SwRequest,
  ask: (r: Request) => Promise<Response>,
  origin: string = location.origin,
  timeoutMs = LAB_ANSWER_MS,
): Promise<SwReply> {
  if (!isLabRequest(request?.url, origin)) return { type: 'PASSTHROUGH' };
  try {
    const bodyless = request.method === 'GET' || request.method === 'HEAD';
    const response = await within(
      timeoutMs,
      (async () => {
        const r = await ask(
          new Request(request.url, {
            method: request.method,
            headers: request.headers,
            body: bodyless ? null : request.body,
          }),
        );
        return { r, body: request.method === 'HEAD' ? null : await r.arrayBuffer() };
      })(),
    );
    const { status, statusText } = response.r;
    return {
      type: 'MOCK_RESPONSE',
      data: { status, statusText, headers: Object.fromEntries(response.r.headers), body: response.body },
    };
  } catch (e) {
    const late = e instanceof NoAnswer;
    console.error(`VirtLab: ${request.method} ${request.url} relayed to the lab:`, late ? e.message : e);
    return internalError(late ? `The lab did not answer within ${timeoutMs / 1000} s.` : 'The lab did not answer.');
  }
}

/** Posts `reply` on the service worker's port; if it cannot cross (the port refuses it), a 500 does. */
function answer(port: MessagePort, reply: SwReply) {
  try {
    port.postMessage(reply, reply.type === 'MOCK_RESPONSE' && reply.data.body ? [reply.data.body] : []);
  } catch (e) {
    console.error('VirtLab: an answer to the service worker could not be sent:', e);
    port.postMessage(internalError('The lab’s answer could not be sent.'));
  }
}

/** The service worker that controls the page now, or once one takes it within `ms` (else null). */
export async function controlledWithin(
  sw: ServiceWorkerContainer,
  ms = CONTROL_WAIT_MS,
): Promise<ServiceWorker | null> {
  if (!sw.controller)
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sw.removeEventListener('controllerchange', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      sw.addEventListener('controllerchange', done);
    });
  return sw.controller;
}

/**
 * How the relay's start ended: it answers the service worker; no service worker controls the page;
 * or the service worker never confirmed the activation (then the page answers it anyway if it ever
 * sends a request, but /api is not known to be served).
 */
export type RelayStart = 'relaying' | 'uncontrolled' | 'no-answer';

/**
 * Registers MSW's service worker (a first visit) and activates it for this page once it controls
 * it (it claims its clients when it activates: at most 3 s); from then on the page answers its
 * questions. MOCK_ACTIVATE is sent again when no MOCKING_ENABLED comes back in 3 s (three times in
 * all), and whenever another service worker takes the page over (`controllerchange`: a new
 * mockServiceWorker.js after a deploy, or registered by another tab), which knows nothing of this
 * page until then and would pass its /api requests to the server. The service worker forgets its
 * pages when the browser stops it while idle: a keep-alive every 5 s, as MSW's own page part sends.
 */
export async function relayMsw(
  ask: (r: Request) => Promise<Response>,
  url: string,
  sw: ServiceWorkerContainer = navigator.serviceWorker,
  origin: string = location.origin,
): Promise<RelayStart> {
  await sw.register(url, { scope: '/' });
  if (!(await controlledWithin(sw))) return 'uncontrolled';
  let enabled!: () => void;
  const enabledOnce = new Promise<void>((resolve) => {
    enabled = resolve;
  });
  sw.addEventListener('message', (e: MessageEvent) => {
    const m = e.data as { type?: string; payload?: { response?: { body?: ReadableStream | null } } } | null;
    const port = e.ports?.[0];
    if (m?.type === 'MOCKING_ENABLED') enabled();
    else if (m?.type === 'REQUEST' && port)
      void swReply(m.payload as unknown as SwRequest, ask, origin).then((r) => answer(port, r));
    // A copy of each answer, for MSW's life-cycle events, which nothing here listens to.
    else if (m?.type === 'RESPONSE') void m.payload?.response?.body?.cancel().catch(() => {});
  });
  sw.addEventListener('controllerchange', () => sw.controller?.postMessage('MOCK_ACTIVATE'));
  sw.startMessages();
  let confirmed = false;
  for (let i = 0; i < HANDSHAKE_TRIES && !confirmed; i++) {
    sw.controller?.postMessage('MOCK_ACTIVATE');
    confirmed = await within(HANDSHAKE_MS, enabledOnce).then(
      () => true,
      () => false,
    );
  }
  if (!confirmed) return 'no-answer';
  setInterval(() => sw.controller?.postMessage('KEEPALIVE_REQUEST'), 5000);
  return 'relaying';
}
