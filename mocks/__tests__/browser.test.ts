import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONTROL_WAIT_MS,
  controlledWithin,
  HANDSHAKE_MS,
  HANDSHAKE_TRIES,
  LAB_ANSWER_MS,
  relayMsw,
  type SwReply,
  type SwRequest,
  swReply,
} from '../browser';

const ORIGIN = 'http://127.0.0.1:3000';

const request = (over: Partial<SwRequest> = {}): SwRequest => ({
  url: `${ORIGIN}/api/hosts/kvm1/domains/web01`,
  method: 'GET',
  headers: { accept: 'application/json' },
  body: null,
  ...over,
});

/** A lab that echoes what it was asked. */
const echo = async (r: Request) =>
  Response.json(
    { method: r.method, path: new URL(r.url).pathname, body: await r.text() },
    { status: 201, statusText: 'Made' },
  );

const json = (body: ArrayBuffer | null) => JSON.parse(new TextDecoder().decode(body!));

/** The reply's status and error body, for a 500 in the API's error shape. */
const failure = (r: SwReply) =>
  r.type === 'MOCK_RESPONSE' ? { status: r.data.status, body: json(r.data.body) } : { status: 0, body: null };

let logged: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  logged = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("swReply: the lab's answer to one request the service worker relayed", () => {
  it('answers an /api request with the lab’s response: status, headers and body', async () => {
    const r = await swReply(request(), echo, ORIGIN);
    expect(r.type).toBe('MOCK_RESPONSE');
    if (r.type !== 'MOCK_RESPONSE') return;
    expect(r.data).toMatchObject({ status: 201, statusText: 'Made', headers: { 'content-type': 'application/json' } });
    expect(json(r.data.body)).toEqual({ method: 'GET', path: '/api/hosts/kvm1/domains/web01', body: '' });
  });

  it('hands the request body over, and answers a HEAD without one', async () => {
    const body = new TextEncoder().encode('{"paused":true}').buffer as ArrayBuffer;
    const r = await swReply(
      request({ method: 'POST', url: `${ORIGIN}/api/hosts/kvm1/domains/web01/start`, body }),
      echo,
      ORIGIN,
    );
    expect(r.type === 'MOCK_RESPONSE' && json(r.data.body)).toEqual({
      method: 'POST',
      path: '/api/hosts/kvm1/domains/web01/start',
      body: '{"paused":true}',
    });
    const head = await swReply(request({ method: 'HEAD' }), echo, ORIGIN);
    expect(head.type === 'MOCK_RESPONSE' && [head.data.status, head.data.body]).toEqual([201, null]);
  });

  it('lets everything else go to the network, without asking the lab', async () => {
    const lab = vi.fn(echo);
    for (const url of [`${ORIGIN}/_next/static/chunks/a.js`, `${ORIGIN}/apis`, `${ORIGIN}/`])
      expect(await swReply(request({ url }), lab, ORIGIN)).toEqual({ type: 'PASSTHROUGH' });
    expect(lab).not.toHaveBeenCalled();
  });

  it('passes /api on another origin through: only the page’s own /api is the lab’s', async () => {
    const lab = vi.fn(echo);
    for (const url of [
      'https://api.example.com/api/hosts',
      'http://127.0.0.1:3001/api/hosts', // another port is another origin
      'http://localhost:3000/api/hosts',
    ])
      expect(await swReply(request({ url }), lab, ORIGIN)).toEqual({ type: 'PASSTHROUGH' });
    expect(lab).not.toHaveBeenCalled();
    expect((await swReply(request(), lab, ORIGIN)).type).toBe('MOCK_RESPONSE');
  });

  // Each way the lab can fail: the service worker's port gets a JSON 500 in the API's error shape, a
  // short message with no stack, and the console one line.
  const failures: [string, (r: Request) => Promise<Response>, Partial<SwRequest>?][] = [
    ['the lab rejects', () => Promise.reject(new Error('gone'))],
    [
      'asking throws at once',
      () => {
        throw new TypeError('worker is null');
      },
    ],
    [
      'the lab’s body cannot be read',
      async () => new Response(new ReadableStream({ start: (c) => c.error(new Error('torn')) })),
    ],
    ['the request cannot be made (a forbidden method)', echo, { method: 'CONNECT' }],
  ];
  it.each(failures)('answers a 500 when %s, logged once', async (_, lab, over) => {
    const r = await swReply(request(over), lab, ORIGIN);
    expect(failure(r)).toEqual({
      status: 500,
      body: { error: { code: 'INTERNAL_ERROR', message: 'The lab did not answer.' } },
    });
    expect(r.type === 'MOCK_RESPONSE' && r.data.headers).toEqual({ 'content-type': 'application/json' });
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('answers a 500 when the lab never answers, after LAB_ANSWER_MS', async () => {
    vi.useFakeTimers();
    let settled: SwReply | null = null;
    void swReply(request(), () => new Promise<Response>(() => {}), ORIGIN).then((r) => {
      settled = r;
    });
    await vi.advanceTimersByTimeAsync(LAB_ANSWER_MS - 1);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(failure(settled!)).toEqual({
      status: 500,
      body: { error: { code: 'INTERNAL_ERROR', message: `The lab did not answer within ${LAB_ANSWER_MS / 1000} s.` } },
    });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no timer behind when the lab answers', async () => {
    vi.useFakeTimers();
    await swReply(request(), echo, ORIGIN);
    expect(vi.getTimerCount()).toBe(0);
  });
});

/** A service worker as the page sees it: what the page posted to it. */
class FakeWorker {
  posted: unknown[] = [];
  constructor(private readonly onPost?: (m: unknown) => void) {}
  postMessage(m: unknown) {
    this.posted.push(m);
    this.onPost?.(m);
  }
}

/** navigator.serviceWorker, enough for the relay: a controller, its messages, a registration. */
class FakeContainer extends EventTarget {
  controller: FakeWorker | null = null;
  registered: [string, RegistrationOptions | undefined][] = [];
  async register(url: string, options?: RegistrationOptions) {
    this.registered.push([url, options]);
  }
  startMessages() {}
  /** The service worker sends the page a message (with a port to answer on). */
  send(data: unknown, ports: unknown[] = []) {
    this.dispatchEvent(Object.assign(new Event('message'), { data, ports }));
  }
  /** Another service worker takes the page. */
  takeOver(worker: FakeWorker) {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

/** A worker that confirms each activation, as mockServiceWorker.js does. */
const confirming = (sw: FakeContainer) =>
  new FakeWorker(
    (m) => m === 'MOCK_ACTIVATE' && queueMicrotask(() => sw.send({ type: 'MOCKING_ENABLED', payload: {} })),
  );

const start = (sw: FakeContainer, lab: (r: Request) => Promise<Response> = echo) =>
  relayMsw(lab, '/mockServiceWorker.js', sw as unknown as ServiceWorkerContainer, ORIGIN);

/** A port that records the reply; the service worker's side of a MessageChannel. */
const fakePort = () => ({ postMessage: vi.fn() });

/** Relays one request as the service worker would and returns what its port was sent. */
async function relay(sw: FakeContainer, req: SwRequest) {
  const port = fakePort();
  sw.send({ type: 'REQUEST', payload: { id: 'r1', interceptedAt: 0, ...req } }, [port]);
  await vi.waitFor(() => expect(port.postMessage).toHaveBeenCalled());
  return port.postMessage.mock.calls;
}

describe("relayMsw: the page's side of mockServiceWorker.js's protocol", () => {
  it('registers the worker for the whole origin, activates itself and answers /api from the lab', async () => {
    const sw = new FakeContainer();
    sw.controller = confirming(sw);
    expect(await start(sw)).toBe('relaying');
    expect(sw.registered).toEqual([['/mockServiceWorker.js', { scope: '/' }]]);
    expect(sw.controller.posted).toEqual(['MOCK_ACTIVATE']);
    const [[reply, transfer]] = await relay(sw, request());
    expect(reply).toMatchObject({ type: 'MOCK_RESPONSE', data: { status: 201 } });
    // The body crosses as a transfer, not a copy.
    expect(transfer).toEqual([reply.data.body]);
    expect(await relay(sw, request({ url: 'https://elsewhere.example/api/hosts' }))).toEqual([
      [{ type: 'PASSTHROUGH' }, []],
    ]);
  });

  it('answers across a real MessageChannel, the body transferred', async () => {
    const sw = new FakeContainer();
    sw.controller = confirming(sw);
    await start(sw);
    const { port1, port2 } = new MessageChannel();
    const got = new Promise<SwReply>((resolve) => {
      port1.onmessage = (e) => resolve(e.data as SwReply);
    });
    sw.send({ type: 'REQUEST', payload: request() }, [port2]);
    const reply = await got;
    port1.close();
    expect(reply.type === 'MOCK_RESPONSE' && json(reply.data.body).path).toBe('/api/hosts/kvm1/domains/web01');
  });

  it('waits up to CONTROL_WAIT_MS for a service worker to take the page, then gives up', async () => {
    vi.useFakeTimers();
    const sw = new FakeContainer();
    let result: string | null = null;
    void start(sw).then((r) => {
      result = r;
    });
    await vi.advanceTimersByTimeAsync(CONTROL_WAIT_MS - 1);
    expect(result).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toBe('uncontrolled');
  });

  it('starts as soon as the worker claims the page', async () => {
    vi.useFakeTimers();
    const sw = new FakeContainer();
    const started = start(sw);
    await vi.advanceTimersByTimeAsync(100);
    sw.takeOver(confirming(sw));
    await vi.advanceTimersByTimeAsync(0);
    expect(await started).toBe('relaying');
    expect(sw.controller!.posted).toEqual(['MOCK_ACTIVATE']);
  });

  it('activates again when the first MOCKING_ENABLED is lost', async () => {
    vi.useFakeTimers();
    const sw = new FakeContainer();
    let asked = 0;
    sw.controller = new FakeWorker(
      (m) => m === 'MOCK_ACTIVATE' && ++asked === 2 && queueMicrotask(() => sw.send({ type: 'MOCKING_ENABLED' })),
    );
    let result: string | null = null;
    void start(sw).then((r) => {
      result = r;
    });
    await vi.advanceTimersByTimeAsync(HANDSHAKE_MS - 1);
    expect([result, sw.controller.posted]).toEqual([null, ['MOCK_ACTIVATE']]);
    await vi.advanceTimersByTimeAsync(1);
    expect([result, sw.controller.posted]).toEqual(['relaying', ['MOCK_ACTIVATE', 'MOCK_ACTIVATE']]);
  });

  it('gives up with "no-answer" after HANDSHAKE_TRIES activations, and still answers what comes', async () => {
    vi.useFakeTimers();
    const sw = new FakeContainer();
    sw.controller = new FakeWorker();
    let result: string | null = null;
    void start(sw).then((r) => {
      result = r;
    });
    await vi.advanceTimersByTimeAsync(HANDSHAKE_TRIES * HANDSHAKE_MS);
    expect(result).toBe('no-answer');
    expect(sw.controller.posted).toEqual(Array(HANDSHAKE_TRIES).fill('MOCK_ACTIVATE'));
    // No keep-alive for a worker that does not answer.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sw.controller.posted).toHaveLength(HANDSHAKE_TRIES);
    vi.useRealTimers();
    expect((await relay(sw, request()))[0][0]).toMatchObject({ type: 'MOCK_RESPONSE' });
  });

  it('activates itself with each new service worker that takes the page over', async () => {
    const sw = new FakeContainer();
    sw.controller = confirming(sw);
    await start(sw);
    const next = confirming(sw);
    sw.takeOver(next);
    expect(next.posted).toEqual(['MOCK_ACTIVATE']);
    const third = confirming(sw);
    sw.takeOver(third);
    expect(third.posted).toEqual(['MOCK_ACTIVATE']);
  });

  it('keeps the worker alive every 5 s, on whichever worker controls the page', async () => {
    vi.useFakeTimers();
    const sw = new FakeContainer();
    const first = confirming(sw);
    sw.controller = first;
    const started = start(sw);
    await vi.advanceTimersByTimeAsync(0);
    await started;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(first.posted).toEqual(['MOCK_ACTIVATE', 'KEEPALIVE_REQUEST', 'KEEPALIVE_REQUEST']);
    const next = confirming(sw);
    sw.takeOver(next);
    await vi.advanceTimersByTimeAsync(5000);
    expect(next.posted).toEqual(['MOCK_ACTIVATE', 'KEEPALIVE_REQUEST']);
  });

  it('answers the port with a 500 when the lab fails', async () => {
    const sw = new FakeContainer();
    sw.controller = confirming(sw);
    await start(sw, () => {
      throw new Error('the lab worker is gone');
    });
    const [[reply]] = await relay(sw, request());
    expect(failure(reply)).toMatchObject({ status: 500, body: { error: { code: 'INTERNAL_ERROR' } } });
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('answers the port with a 500 when the lab’s answer cannot cross it', async () => {
    const sw = new FakeContainer();
    sw.controller = confirming(sw);
    await start(sw);
    const port = fakePort();
    port.postMessage.mockImplementationOnce(() => {
      throw new DOMException('An ArrayBuffer is detached and could not be cloned.', 'DataCloneError');
    });
    sw.send({ type: 'REQUEST', payload: request() }, [port]);
    await vi.waitFor(() => expect(port.postMessage).toHaveBeenCalledTimes(2));
    expect(failure(port.postMessage.mock.calls[1][0])).toMatchObject({ status: 500 });
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('cancels the copies of answers the worker sends for life-cycle events', async () => {
    const sw = new FakeContainer();
    sw.controller = confirming(sw);
    await start(sw);
    const cancel = vi.fn(async () => {});
    sw.send({ type: 'RESPONSE', payload: { response: { body: { cancel } } } });
    expect(cancel).toHaveBeenCalledTimes(1);
  });
});

describe('controlledWithin: the one wait for a service worker to take the page', () => {
  it('answers at once when the page is controlled, at the takeover otherwise, null after the wait', async () => {
    vi.useFakeTimers();
    const sw = new FakeContainer();
    const worker = new FakeWorker();
    sw.controller = worker;
    expect(await controlledWithin(sw as unknown as ServiceWorkerContainer)).toBe(worker);

    sw.controller = null;
    const taken = controlledWithin(sw as unknown as ServiceWorkerContainer);
    await vi.advanceTimersByTimeAsync(500);
    sw.takeOver(worker);
    expect(await taken).toBe(worker);
    expect(vi.getTimerCount()).toBe(0);

    sw.controller = null;
    const none = controlledWithin(sw as unknown as ServiceWorkerContainer, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await none).toBeNull();
  });
});

describe('the service worker msw generated', () => {
  // The relay speaks the generated worker's protocol (msw rewrites public/mockServiceWorker.js on
  // install): a new msw whose worker speaks another fails here, not in a browser.
  it('is the installed msw’s and speaks each message the relay uses', () => {
    const script = readFileSync(join(__dirname, '..', '..', 'public', 'mockServiceWorker.js'), 'utf8');
    const installed = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'node_modules', 'msw', 'package.json'), 'utf8'),
    ) as { version: string };
    expect(script).toContain(`const PACKAGE_VERSION = '${installed.version}'`);
    for (const word of [
      "case 'MOCK_ACTIVATE'",
      "type: 'MOCKING_ENABLED'",
      "case 'KEEPALIVE_REQUEST'",
      "type: 'REQUEST'",
      "case 'MOCK_RESPONSE'",
      "case 'PASSTHROUGH'",
      "type: 'RESPONSE'",
    ])
      expect(script).toContain(word);
    expect(script).toMatch(/body: await request\.arrayBuffer\(\)/);
    expect(script).toMatch(/new Response\(response\.body, response\)/);
    // It waits for the page's answer on a port with no timeout of its own: why every question is answered.
    expect(script).toMatch(/channel\.port1\.onmessage = \(event\) =>/);
    // A new worker starts with no active pages: why the relay activates itself again on controllerchange.
    expect(script).toMatch(/const activeClientIds = new Set\(\)/);
    expect(script).toMatch(/self\.clients\.claim\(\)/);
  });
});
