import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, ApiError } from './client';
import type {
  ApiHost,
  ApiJob,
  LabClock,
  MigrateArgs,
  MigrateCheckResult,
  MigrateStarted,
  Transcript,
} from './contract';
import { domainPath, domainQueries } from './domains';
import { queryFromArgs } from './migrate-command';
import { fromRefresh, refreshesDone, refreshTogether } from './refresh-together';

/** How often the job panel asks while a job runs: the lab clock moves it, the answer shows where it is. */
export const JOB_POLL_MS = 500;

export const jobQueries = {
  all: ['job'] as const,
  detail: (host: string, name: string) =>
    queryOptions({
      queryKey: [...jobQueries.all, host, name],
      queryFn: async ({ client, queryKey, meta }) => {
        const job = await api<ApiJob>(`${domainPath(host, name)}/job`);
        if (fromRefresh(meta)) return job;
        // The job has just ended: the rest of the page learns it in the same render. A refresh
        // already under way (a job command's) may carry the end; else this poll makes its own.
        const ended = () => !!client.getQueryData<ApiJob>(queryKey)?.active && !job.active;
        if (ended()) await refreshesDone();
        if (ended()) await refreshTogether(client, [[queryKey, job]]);
        return job;
      },
      refetchInterval: (q) => (q.state.data?.active ? JOB_POLL_MS : false),
    }),
};

export const migrateQueries = {
  check: (host: string, name: string, args: MigrateArgs) =>
    queryOptions({
      queryKey: ['migrate-check', host, name, args],
      queryFn: () => api<MigrateCheckResult>(`${domainPath(host, name)}/migrate/check?${queryFromArgs(args)}`),
      placeholderData: keepPreviousData,
    }),
};

export const clockQueries = {
  now: () => queryOptions({ queryKey: ['lab', 'clock'], queryFn: () => api<LabClock>('/lab/clock') }),
};

export const useJob = (host: string, name: string) => useQuery(jobQueries.detail(host, name));
export const useMigrateCheck = (host: string, name: string, args: MigrateArgs, enabled: boolean) =>
  useQuery({ ...migrateQueries.check(host, name, args), enabled });
export const useLabClock = () => useQuery(clockQueries.now());

/**
 * A migration or job command changed the world (and the clock): refetch it all, shown together.
 * Not awaited: the command's answer is already painted, and its button need not wait for the rest.
 */
const settle = (qc: QueryClient) => {
  void refreshTogether(qc);
};

type Target = { host: string; name: string };

export function useMigrate() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['migrate'],
    mutationFn: ({ host, name, args }: Target & { args: MigrateArgs }) =>
      api<MigrateStarted>(`${domainPath(host, name)}/migrate`, { method: 'POST', json: args }),
    // The job panel starts polling from this answer; the domain paints its new state at once.
    onSuccess: (r, { host, name }) => {
      qc.setQueryData(jobQueries.detail(host, name).queryKey, r.job);
      if (r.domain) qc.setQueryData(domainQueries.detail(host, name).queryKey, r.domain);
    },
    onSettled: () => settle(qc),
  });
}

/**
 * Cancel (virsh domjobabort), cut the link (failure injection) or skip to the end (fast-forward).
 * `onCommand` gets a command's transcript (answered or refused) before the page refreshes, so the
 * echo and the job's end are drawn together.
 */
export function useJobCommand(onCommand?: (t: Transcript) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['job-command'],
    mutationFn: ({ host, name, command }: Target & { command: 'cancel' | 'cut' | 'skip' }) =>
      api<MigrateStarted | null>(`${domainPath(host, name)}/job${command === 'cancel' ? '' : `/${command}`}`, {
        method: command === 'cancel' ? 'DELETE' : 'POST',
      }),
    onSuccess: (r) => r && 'transcript' in r && onCommand?.(r.transcript),
    onError: (e) => e instanceof ApiError && e.transcript && onCommand?.(e.transcript),
    onSettled: () => settle(qc),
  });
}

export function useSetClockRate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (rate: number) => api<LabClock>('/lab/clock', { method: 'PUT', json: { rate } }),
    onSuccess: (c) => qc.setQueryData(clockQueries.now().queryKey, c),
  });
}

export function useSetReachable() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ host, reachable }: { host: string; reachable: boolean }) =>
      api<ApiHost>(`/hosts/${encodeURIComponent(host)}`, { method: 'PATCH', json: { reachable } }),
    onSettled: () => settle(qc),
  });
}
