import { afterEach, expect, test, vi } from 'vitest';
import { answerHereWhenPossible, api, holdRequestsUntil } from '../client';

afterEach(() => {
  holdRequestsUntil(Promise.resolve());
  answerHereWhenPossible(() => null);
  vi.unstubAllGlobals();
});

const answer = (body: unknown) => Promise.resolve(Response.json(body));

test('a request the page answers itself neither waits for the API to start nor reaches fetch', async () => {
  const fetched = vi.fn((url: string, _init?: RequestInit) => answer({ via: 'fetch', url }));
  vi.stubGlobal('fetch', fetched);
  holdRequestsUntil(new Promise<void>(() => {})); // never starts
  const here = vi.fn((url: string, _init?: RequestInit) => answer({ via: 'here', url }));
  answerHereWhenPossible(here);

  expect(await api('/domains')).toEqual({ via: 'here', url: '/api/domains' });
  const sent = await api('/hosts/kvm1/domains/web01/actions/suspend', { method: 'POST', json: {} });
  expect(sent).toEqual({ via: 'here', url: '/api/hosts/kvm1/domains/web01/actions/suspend' });
  expect(here.mock.calls[1][1]).toMatchObject({ method: 'POST', body: '{}' });
  expect(fetched).not.toHaveBeenCalled();
});

test('a request the page leaves (null) waits for the API to start, then goes to fetch', async () => {
  let started!: () => void;
  const fetched = vi.fn((url: string) => answer({ url }));
  vi.stubGlobal('fetch', fetched);
  holdRequestsUntil(
    new Promise<void>((r) => {
      started = r;
    }),
  );
  answerHereWhenPossible((url) => (url === '/api/lab' ? null : answer({ via: 'here' })));
  const pending = api('/lab');
  await new Promise((r) => setTimeout(r, 5));
  expect(fetched).not.toHaveBeenCalled();
  started();
  expect(await pending).toEqual({ url: '/api/lab' });
  expect(await api('/domains')).toEqual({ via: 'here' });
});
