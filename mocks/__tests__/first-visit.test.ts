import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDomainSummary, ApiHost } from '@/lib/api/contract';
import { firstVisitLists } from '../first-visit';
import { SETTINGS_KEY } from '@/lib/storage-keys';
import { server } from '../node';
import { createStore, installStore, type StorageLike } from '../store';

const memory = (): StorageLike => {
  const m = new Map<string, string>([[SETTINGS_KEY, '{"latencyMs":0}']]);
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
};
const get = async <T>(path: string) => (await fetch(`http://lab.test/api${path}`)).json() as Promise<T>;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('the lists / is prerendered with', () => {
  it('are what the API answers a browser with nothing stored, at any time of day', async () => {
    for (const now of [0, Date.UTC(2026, 10, 25, 17, 0), Date.UTC(2031, 0, 1)]) {
      installStore(createStore(memory(), () => now));
      expect(firstVisitLists()).toEqual({
        hosts: await get<ApiHost[]>('/hosts'),
        domains: await get<ApiDomainSummary[]>('/domains'),
      });
    }
  });

  it('stop being what the API answers once the lab changes (so they must not be shown then)', async () => {
    installStore(createStore(memory()));
    const r = await fetch('http://lab.test/api/hosts/kvm1/domains/web01/actions/suspend', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(200);
    expect(firstVisitLists().domains).not.toEqual(await get<ApiDomainSummary[]>('/domains'));
  });
});
