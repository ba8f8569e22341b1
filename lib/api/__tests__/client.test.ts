import { afterEach, expect, test, vi } from 'vitest';
import { api, holdRequestsUntil } from '../client';

afterEach(() => {
  holdRequestsUntil(Promise.resolve());
  vi.unstubAllGlobals();
});

const answer = (body: unknown) => Promise.resolve(Response.json(body));

test('until the API has started, requests go to the direct sender; afterwards to fetch', async () => {
  let started!: () => void;
  const direct = vi.fn((url: string, _init?: RequestInit) => answer({ via: 'direct', url }));
  const fetched = vi.fn((url: string, _init?: RequestInit) => answer({ via: 'fetch', url }));
  vi.stubGlobal('fetch', fetched);
  holdRequestsUntil(
    new Promise<void>((r) => {
      started = r;
    }),
    direct,
  );

  expect(await api('/domains')).toEqual({ via: 'direct', url: '/api/domains' });
  const sent = await api('/hosts/kvm1/domains/web01/actions/suspend', { method: 'POST', json: {} });
  expect(sent).toEqual({ via: 'direct', url: '/api/hosts/kvm1/domains/web01/actions/suspend' });
  expect(direct.mock.calls[1][1]).toMatchObject({ method: 'POST', body: '{}' });
  expect(fetched).not.toHaveBeenCalled();

  started();
  await Promise.resolve();
  expect(await api('/domains')).toEqual({ via: 'fetch', url: '/api/domains' });
  expect(direct).toHaveBeenCalledTimes(2);
});

test('without a direct sender, requests wait for the API to start', async () => {
  let started!: () => void;
  const fetched = vi.fn((url: string) => answer({ url }));
  vi.stubGlobal('fetch', fetched);
  holdRequestsUntil(
    new Promise<void>((r) => {
      started = r;
    }),
  );
  const pending = api('/lab');
  await new Promise((r) => setTimeout(r, 5));
  expect(fetched).not.toHaveBeenCalled();
  started();
  expect(await pending).toEqual({ url: '/api/lab' });
});

test('an API that cannot start ends the direct path too: requests fail as before', async () => {
  const direct = vi.fn(() => answer({}));
  vi.stubGlobal('fetch', vi.fn());
  holdRequestsUntil(Promise.reject(new Error('no service worker')), direct);
  await Promise.resolve();
  await expect(api('/lab')).rejects.toThrow('no service worker');
  expect(direct).not.toHaveBeenCalled();
});
