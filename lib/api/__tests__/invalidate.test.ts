import { notifyManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, expect, test, vi } from 'vitest';
import { invalidateWorldAfterPaint } from '../invalidate';
import { refreshesDone } from '../refresh-together';
import { refreshAfterLine } from '../shell';

/**
 * After a command, the world's queries on screen are fetched and enter the cache together: the
 * page renders (and paints) them once, not once per answer as each arrives (decision 042).
 */
const later = (ms: number, value: string) => new Promise<string>((r) => setTimeout(() => r(value), ms));
const observers: (() => void)[] = [];
afterEach(() => {
  for (const stop of observers.splice(0)) stop();
});

test('the answers enter the cache in one batch; the fresh query and queries not on screen are not fetched', async () => {
  const qc = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  let round = 0;
  const fetched: string[] = [];
  const show = (key: string, delayMs: number) => {
    const observer = new QueryObserver(qc, {
      queryKey: [key],
      queryFn: () => {
        fetched.push(key);
        return round === 0 ? Promise.resolve(`${key} 0`) : later(delayMs, `${key} ${round}`);
      },
    });
    const seen: Record<string, unknown>[] = [];
    // What the cache holds, for every query on screen, whenever this one tells its component to
    // render — through `batchCalls`, as React's useQuery subscribes.
    observers.push(
      observer.subscribe(
        notifyManager.batchCalls((r) => {
          if (r.data)
            seen.push(Object.fromEntries(['hosts', 'events', 'history'].map((k) => [k, qc.getQueryData([k])])));
        }),
      ),
    );
    return seen;
  };
  const hosts = show('hosts', 1);
  show('events', 30);
  show('history', 60);
  qc.setQueryData(['journal'], 'journal 0'); // not on screen
  await later(10, '');
  fetched.length = 0;
  round = 1;

  invalidateWorldAfterPaint(qc, ['history']);
  await vi.waitFor(() => expect(fetched).toHaveLength(2), { timeout: 5000 });
  await refreshesDone();
  await later(20, ''); // React's subscriptions hear of a batch in a task of their own
  expect(fetched.sort()).toEqual(['events', 'hosts']);
  // The fastest answer was not shown alone: when it rendered, the slower one was in the cache too.
  expect(hosts.at(-1)).toEqual({ hosts: 'hosts 1', events: 'events 1', history: 'history 0' });
  expect(hosts.filter((s) => s.hosts === 'hosts 1')).toHaveLength(1);
  expect(qc.getQueryState(['journal'])?.isInvalidated).toBe(true);
});

test('a query whose refetch fails (the domain was undefined) shows its error; the refresh does not reject', async () => {
  const qc = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: false } } });
  let gone = false;
  let fetches = 0;
  const observer = new QueryObserver(qc, {
    queryKey: ['domains', 'kvm2', 'test01'],
    queryFn: () => {
      fetches++;
      return gone ? Promise.reject(new Error('Domain not found')) : Promise.resolve('test01');
    },
  });
  observers.push(observer.subscribe(() => {}));
  await later(10, '');
  gone = true;
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  process.on('unhandledRejection', onUnhandled);
  invalidateWorldAfterPaint(qc);
  await vi.waitFor(() => expect(qc.getQueryState(['domains', 'kvm2', 'test01'])?.error).toBeTruthy(), {
    timeout: 5000,
  });
  await refreshesDone();
  await later(10, '');
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
  expect(fetches).toBe(3); // the first fetch, the refresh's, and the query's own again after it failed
  expect(qc.getQueryState(['domains', 'kvm2', 'test01'])?.error).toEqual(new Error('Domain not found'));
});

test("after a console line the job panel's query is fetched too: a migration typed there shows at once", async () => {
  const qc = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  const fetched: string[] = [];
  for (const key of [
    ['domains', 'kvm1', 'web01'],
    ['job', 'kvm1', 'web01'],
  ]) {
    const observer = new QueryObserver(qc, {
      queryKey: key,
      queryFn: () => {
        fetched.push(key[0]);
        return Promise.resolve(key.join(' '));
      },
    });
    observers.push(observer.subscribe(() => {}));
  }
  await later(10, '');
  fetched.length = 0;
  refreshAfterLine(qc);
  await vi.waitFor(() => expect(fetched.sort()).toEqual(['domains', 'job']), { timeout: 5000 });
  await refreshesDone();
});
