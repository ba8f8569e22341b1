import { describe, expect, it } from 'vitest';
import { mirrorStorage } from '../mirror-storage';
import { API_URL, requestFromWire, requestToWire, responseFromWire, responseToWire } from '../protocol';

/** What crosses between the page and the lab's worker must come out as it went in. */
describe('the wire between the page and the lab worker', () => {
  it('carries a request whole: method, URL, headers, body', async () => {
    const sent = new Request('http://lab.test/api/shell?x=1', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Extra': 'yes' },
      body: JSON.stringify({ host: 'kvm1', line: 'virsh list' }),
    });
    const wire = await requestToWire(sent, 7);
    expect(wire.id).toBe(7);
    const got = requestFromWire(structuredClone(wire));
    expect(got.method).toBe('POST');
    expect(got.url).toBe('http://lab.test/api/shell?x=1');
    expect(got.headers.get('x-extra')).toBe('yes');
    expect(await got.json()).toEqual({ host: 'kvm1', line: 'virsh list' });
  });

  it('sends no body with a GET', async () => {
    const wire = await requestToWire(new Request('http://lab.test/api/domains'), 1);
    expect(wire.body).toBeNull();
    expect(requestFromWire(wire).method).toBe('GET');
  });

  it('carries an answer whole, and a 204 without a body', async () => {
    const res = Response.json({ error: { code: 'STORAGE_FULL', message: 'full' } }, { status: 507 });
    const back = responseFromWire(structuredClone(await responseToWire(res, 3)));
    expect(back.status).toBe(507);
    expect(back.headers.get('content-type')).toMatch(/json/);
    expect(await back.json()).toEqual({ error: { code: 'STORAGE_FULL', message: 'full' } });
    const empty = responseFromWire(await responseToWire(new Response(null, { status: 204 }), 4));
    expect(empty.status).toBe(204);
  });

  it('forwards /api and nothing else', () => {
    expect(API_URL.test('http://127.0.0.1:3000/api')).toBe(true);
    expect(API_URL.test('http://127.0.0.1:3000/api/hosts/kvm1/domains')).toBe(true);
    expect(API_URL.test('http://127.0.0.1:3000/_next/static/chunks/a.js')).toBe(false);
    expect(API_URL.test('http://127.0.0.1:3000/apis')).toBe(false);
  });
});

describe("the worker's copy of the page's localStorage", () => {
  it("starts from the page's keys and sends each change back to the page", () => {
    const sent: [string, string | null][] = [];
    const m = mirrorStorage((k, v) => sent.push([k, v]));
    m.seed({ 'virtlab:settings': '{"latencyMs":0}' });
    expect(m.storage.getItem('virtlab:settings')).toBe('{"latencyMs":0}');
    m.storage.setItem('virtlab:lab-stored', '1');
    m.storage.removeItem('virtlab:lab');
    m.storage.removeItem('virtlab:settings');
    expect(sent).toEqual([
      ['virtlab:lab-stored', '1'],
      ['virtlab:settings', null],
    ]);
    expect(m.storage.length).toBe(1);
  });
});
