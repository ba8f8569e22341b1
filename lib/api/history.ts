import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ApiHistory, ApiHistoryStep } from './contract';

/** Undo, redo and the history list (docs/api.md#history). */
export const historyQueries = {
  all: ['history'] as const,
  list: () => queryOptions({ queryKey: historyQueries.all, queryFn: () => api<ApiHistory>('/lab/history') }),
};

/** `enabled` false holds the request (the header asks once the page has hydrated: components/layout/use-later.ts). */
export const useHistory = (enabled = true) => useQuery({ ...historyQueries.list(), enabled });

/** `count` commands back (undo) or forward again (redo): the world, its clock and the lesson's progress change. */
export function useHistoryStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ dir, count = 1 }: { dir: 'undo' | 'redo'; count?: number }) =>
      api<ApiHistoryStep>(`/lab/${dir}`, { method: 'POST', json: count === 1 ? {} : { count } }),
    onSuccess: (r) => qc.setQueryData(historyQueries.list().queryKey, r.history),
    // The whole lab moved (jobs and the clock too): every cached answer is stale.
    onSettled: () => qc.invalidateQueries(),
  });
}
