import {
  hashKey,
  notifyManager,
  type Query,
  type QueryClient,
  type QueryFunction,
  type QueryKey,
} from '@tanstack/react-query';
import { worldKeys } from './world-keys';

/** What a job's end changes: the world, the job panels, the lab clock and the migration preview. */
const movingKeys: readonly QueryKey[] = [...worldKeys, ['job'], ['lab', 'clock'], ['migrate-check']];

const under = (q: Query, prefixes: readonly QueryKey[]) =>
  prefixes.some((p) => p.every((part, i) => hashKey([q.queryKey[i]]) === hashKey([part])));

function fetchNow(qc: QueryClient, q: Query): Promise<unknown> {
  const fn = q.options.queryFn;
  if (typeof fn !== 'function') return Promise.reject(new Error('no query function'));
  const signal = new AbortController().signal;
  const meta = { ...q.meta, [TOGETHER]: true };
  return Promise.resolve((fn as QueryFunction)({ client: qc, queryKey: q.queryKey, signal, meta }));
}

/**
 * A migration's end changes the job, both hosts' domains, the page's header and every "why is this
 * disabled" at once. Refetching each query on its own would paint them one by one — "Migrated,
 * now on kvm2" beside "running on kvm1" for a few seconds. So every query on screen is fetched
 * first and all the answers (with `known`, the ones the caller already has) enter the cache in one
 * batch: the components reading them render the new world together. A query whose fetch fails (the
 * domain left this host) and the ones not on screen refetch as usual afterwards.
 */
export function refreshTogether(
  qc: QueryClient,
  known: readonly (readonly [QueryKey, unknown])[] = [],
  { keys = movingKeys, fresh }: { keys?: readonly QueryKey[]; fresh?: QueryKey } = {},
) {
  const done = refresh(qc, known, keys, fresh).finally(() => inFlight.delete(done));
  inFlight.add(done);
  return done;
}

const skipOne = (k: QueryKey | undefined) => (k ? hashKey(k) : undefined);

const inFlight = new Set<Promise<void>>();
/** Resolves once every refresh under way has written its snapshot. */
export const refreshesDone = () => Promise.all([...inFlight]);

/** Marks the fetches a refresh makes itself, so a query function it calls does not start another. */
export const TOGETHER = 'virtlab:refresh-together';
export const fromRefresh = (meta: Record<string, unknown> | undefined) => !!meta?.[TOGETHER];

async function refresh(
  qc: QueryClient,
  known: readonly (readonly [QueryKey, unknown])[],
  keys: readonly QueryKey[],
  fresh: QueryKey | undefined,
) {
  const skip = new Set([...known.map(([k]) => hashKey(k)), ...(fresh ? [hashKey(fresh)] : [])]);
  const shown = qc
    .getQueryCache()
    .findAll({ type: 'active' })
    .filter((q) => under(q, keys) && !skip.has(q.queryHash));
  const answers = await Promise.allSettled(shown.map((q) => fetchNow(qc, q)));
  notifyManager.batch(() => {
    answers.forEach((a, i) => {
      if (a.status === 'fulfilled') qc.setQueryData(shown[i].queryKey, a.value);
    });
    for (const [k, v] of known) qc.setQueryData(k, v);
  });
  const failed = shown.filter((_q, i) => answers[i].status === 'rejected').map((q) => q.queryHash);
  await Promise.all(
    keys.map((queryKey) =>
      qc.invalidateQueries({
        queryKey,
        refetchType: 'none',
        predicate: (q) => q.queryHash !== skipOne(fresh) && (!q.isActive() || failed.includes(q.queryHash)),
      }),
    ),
  );
  // Their failure is in their own state (the page shows it, e.g. "Domain not found"), not this promise's:
  // a refresh nobody awaits must not end in an unhandled rejection.
  await Promise.all(
    failed.map((h) =>
      qc
        .getQueryCache()
        .get(h)
        ?.fetch()
        .catch(() => {}),
    ),
  );
}
