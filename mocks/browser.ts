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
 */

/** A request as the service worker sends it (mockServiceWorker.js, `serializeRequest`). */
export interface SwRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: ArrayBuffer | null;
}

/** The page's answer: a response, or "fetch it from the network" (anything not under /api). */
export type SwReply =
  | { type: 'PASSTHROUGH' }
  | {
      type: 'MOCK_RESPONSE';
      data: { status: number; statusText: string; headers: Record<string, string>; body: ArrayBuffer | null };
    };

/** The answer to one request the service worker relayed: the lab's, for /api. */
export async function swReply(request: SwRequest, ask: (r: Request) => Promise<Response>): Promise<SwReply> {
  if (!API_URL.test(request.url)) return { type: 'PASSTHROUGH' };
  const bodyless = request.method === 'GET' || request.method === 'HEAD';
  const response = await ask(
    new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: bodyless ? null : request.body,
    }),
  ).catch(() =>
    Response.json({ error: { code: 'INTERNAL_ERROR', message: 'The lab did not answer.' } }, { status: 500 }),
  );
  const { status, statusText } = response;
  const body = request.method === 'HEAD' ? null : await response.arrayBuffer();
  return { type: 'MOCK_RESPONSE', data: { status, statusText, headers: Object.fromEntries(response.headers), body } };
}

/**
 * Registers MSW's service worker (a first visit) and activates it for this page once it controls
 * it (it claims its clients when it activates: at most 3 s); from then on the page answers its
 * questions. False when the page stays uncontrolled. The service worker forgets its pages when the
 * browser stops it while idle: a keep-alive every 5 s, as MSW's own page part sends.
 */
export async function relayMsw(ask: (r: Request) => Promise<Response>, url: string): Promise<boolean> {
  const sw = navigator.serviceWorker;
  await sw.register(url, { scope: '/' });
  if (!sw.controller)
    await new Promise<void>((resolve) => {
      sw.addEventListener('controllerchange', () => resolve(), { once: true });
      setTimeout(resolve, 3000);
    });
  const worker = sw.controller;
  if (!worker) return false;
  const enabled = new Promise<void>((resolve) =>
    sw.addEventListener('message', (e: MessageEvent) => {
      const m = e.data as { type?: string; payload?: { response?: { body?: ReadableStream | null } } } | null;
      const port = e.ports[0];
      if (m?.type === 'MOCKING_ENABLED') resolve();
      else if (m?.type === 'REQUEST' && port)
        void swReply(m.payload as unknown as SwRequest, ask).then((r) =>
          port.postMessage(r, r.type === 'MOCK_RESPONSE' && r.data.body ? [r.data.body] : []),
        );
      // A copy of each answer, for MSW's life-cycle events, which nothing here listens to.
      else if (m?.type === 'RESPONSE') void m.payload?.response?.body?.cancel();
    }),
  );
  sw.startMessages();
  worker.postMessage('MOCK_ACTIVATE');
  await enabled;
  setInterval(() => sw.controller?.postMessage('KEEPALIVE_REQUEST'), 5000);
  return true;
}
