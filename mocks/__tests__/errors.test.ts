import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiErrorBody } from '@/lib/api/contract';
import { server } from '../node';
import { createStore, installStore } from '../store';

const base = 'http://lab.test/api';
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  const s = createStore(null);
  s.setSettings({ latencyMs: 0 });
  installStore(s);
});
afterEach(() => vi.restoreAllMocks());

describe('the API never answers with a stack trace', () => {
  it('turns an exception into a JSON 500 with a short message, logged once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const s = createStore(null);
    s.setSettings({ latencyMs: 0 });
    installStore({
      ...s,
      lab: () => {
        throw new Error('a bug deep in the simulator');
      },
    });
    const r = await fetch(`${base}/domains`);
    expect(r.status).toBe(500);
    const body = (await r.json()) as ApiErrorBody;
    expect(body.error).toEqual({
      code: 'INTERNAL_ERROR',
      message: 'The lab hit an unexpected error; nothing was saved.',
    });
    expect(JSON.stringify(body)).not.toMatch(/ at |simulator/);
    expect(log).toHaveBeenCalledTimes(1);
  });
});

describe('paths the API does not have', () => {
  it('answers 404 in the JSON error shape', async () => {
    const r = await fetch(`${base}/hosts/kvm1/nope`);
    expect(r.status).toBe(404);
    expect(((await r.json()) as ApiErrorBody).error.code).toBe('NOT_FOUND');
  });

  it('answers 405 with Allow for a path that exists under other methods', async () => {
    const r = await fetch(`${base}/hosts/kvm1/domains/web01/job`, { method: 'PUT', body: '{}' });
    expect(r.status).toBe(405);
    expect(r.headers.get('Allow')).toBe('GET, DELETE');
    expect(((await r.json()) as ApiErrorBody).error.message).toBe('PUT is not allowed here; use GET, DELETE');
  });
});
