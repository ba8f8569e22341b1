import {
  type QueryClient,
  type QueryKey,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from './client';
import type { ActionArgs, ActionResult, ApiDomain, ApiDomainSummary, DomainAction } from './contract';
import { invalidateWorldAfterPaint } from './invalidate';

const seg = encodeURIComponent;
export const domainPath = (host: string, name: string) => `/hosts/${seg(host)}/domains/${seg(name)}`;

/**
 * How often a page asks while a guest has a shutdown or reboot to answer: the lab clock brings the
 * answer, the page shows running → shut off without a reload.
 */
export const GUEST_POLL_MS = 500;

type Pending = Pick<ApiDomainSummary, 'host' | 'name' | 'pending' | 'state'>;
/**
 * A running guest about to answer, or a QEMU guest in shutdown about to end (a paused one waits for a
 * resume, which refetches anyway). Keyed with its state: each step (running → in shutdown → shut off)
 * refetches the rest of the world.
 */
const answering = (d: Pending) => !!d.pending && (d.state === 'running' || d.state === 'in shutdown');
const answeringOf = (data: Pending | Pending[] | undefined) =>
  (Array.isArray(data) ? data : data ? [data] : []).filter(answering).map((d) => `${d.host}/${d.name}/${d.state}`);
const anyPending = (data: Pending | Pending[] | undefined) => answeringOf(data).length > 0;

/** Fetches `path`; once a guest has answered, the rest of the world refetches too (events, diagram, lesson). */
const polled =
  <T extends Pending | Pending[]>(path: string) =>
  async ({ client, queryKey }: { client: QueryClient; queryKey: QueryKey }) => {
    const data = await api<T>(path);
    const still = new Set(answeringOf(data));
    if (answeringOf(client.getQueryData<T>(queryKey)).some((k) => !still.has(k)))
      invalidateWorldAfterPaint(client, queryKey);
    return data;
  };
const pollWhilePending = (q: { state: { data?: Pending | Pending[] } }) =>
  anyPending(q.state.data) ? GUEST_POLL_MS : false;

export const domainQueries = {
  all: ['domains'] as const,
  list: () =>
    queryOptions({
      queryKey: [...domainQueries.all, 'list'],
      queryFn: polled<ApiDomainSummary[]>('/domains'),
      refetchInterval: pollWhilePending,
    }),
  detail: (host: string, name: string) =>
    queryOptions({
      queryKey: [...domainQueries.all, 'detail', host, name],
      queryFn: polled<ApiDomain>(domainPath(host, name)),
      refetchInterval: pollWhilePending,
    }),
};

export const useDomains = () => useQuery(domainQueries.list());
export const useDomain = (host: string, name: string) => useQuery(domainQueries.detail(host, name));

export interface ActionVars {
  host: string;
  name: string;
  action: DomainAction;
  args?: ActionArgs;
}

const postAction = ({ host, name, action, args }: ActionVars) =>
  api<ActionResult>(`${domainPath(host, name)}/actions/${action}`, { method: 'POST', json: args ?? {} });

/**
 * Runs an action; success or failure, the world may have changed (the journal did), so refetch.
 * `run` sends the request first and only then hands it to the mutation: the mutation's pending
 * state is a render of the page (before the request, it cost a click ~7 ms of waiting, more on a
 * busy machine), which now happens while the request is on its way to the API.
 */
export function useDomainAction() {
  const qc = useQueryClient();
  const mutation = useMutation({
    mutationKey: ['domain-action'],
    mutationFn: ({ sent, ...vars }: ActionVars & { sent?: Promise<ActionResult> }) => sent ?? postAction(vars),
    // Paint the acted-on domain from the answer at once; everything else refetches after that paint.
    onSuccess: (r, { host, name }) => {
      if (!r.domain) return;
      qc.setQueryData(domainQueries.detail(host, name).queryKey, r.domain);
      qc.setQueryData(domainQueries.list().queryKey, (list) =>
        list?.map((d) => (d.host === host && d.name === name ? r.domain! : d)),
      );
    },
    onSettled: (r, _e, { host, name }) =>
      invalidateWorldAfterPaint(qc, r?.domain ? domainQueries.detail(host, name).queryKey : undefined),
  });
  type Options = Parameters<typeof mutation.mutate>[1];
  const run = (vars: ActionVars, options?: Options) => {
    const sent = postAction(vars);
    sent.catch(() => {}); // the mutation reports a failure; this only keeps it from counting as unhandled meanwhile
    mutation.mutate({ ...vars, sent }, options);
  };
  return { ...mutation, run };
}
