import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SwRequest, swReply } from '../browser';

const request = (over: Partial<SwRequest> = {}): SwRequest => ({
  url: 'http://127.0.0.1:3000/api/hosts/kvm1/domains/web01',
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

describe("MSW's service worker, answered by the lab's worker (mocks/browser.ts)", () => {
  it('answers an /api request with the lab’s response: status, headers and body', async () => {
    const r = await swReply(request(), echo);
    expect(r.type).toBe('MOCK_RESPONSE');
    if (r.type !== 'MOCK_RESPONSE') return;
    expect(r.data).toMatchObject({ status: 201, statusText: 'Made', headers: { 'content-type': 'application/json' } });
    expect(json(r.data.body)).toEqual({ method: 'GET', path: '/api/hosts/kvm1/domains/web01', body: '' });
  });

  it('hands the request body over', async () => {
    const body = new TextEncoder().encode('{"paused":true}').buffer as ArrayBuffer;
    const r = await swReply(
      request({ method: 'POST', url: 'http://h/api/hosts/kvm1/domains/web01/start', body }),
      echo,
    );
    expect(r.type === 'MOCK_RESPONSE' && json(r.data.body)).toEqual({
      method: 'POST',
      path: '/api/hosts/kvm1/domains/web01/start',
      body: '{"paused":true}',
    });
  });

  it('lets everything else go to the network', async () => {
    expect(await swReply(request({ url: 'http://h/_next/static/chunks/a.js' }), echo)).toEqual({ type: 'PASSTHROUGH' });
    expect(await swReply(request({ url: 'http://h/apis' }), echo)).toEqual({ type: 'PASSTHROUGH' });
  });

  it('answers a 500 in the API’s error shape when the lab fails', async () => {
    const r = await swReply(request(), () => Promise.reject(new Error('gone')));
    expect(r.type === 'MOCK_RESPONSE' && [r.data.status, json(r.data.body).error.code]).toEqual([
      500,
      'INTERNAL_ERROR',
    ]);
  });

  // The relay speaks the generated worker's protocol (msw rewrites public/mockServiceWorker.js on
  // install): a new msw whose worker speaks another fails here, not in a browser.
  it('matches the service worker msw generated', () => {
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
  });
});
