import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiFetch } from './client';
import type { LabSettings, LabStatus } from './contract';

export const labQueries = {
  all: ['lab'] as const,
  status: () => queryOptions({ queryKey: [...labQueries.all, 'status'], queryFn: () => api<LabStatus>('/lab') }),
  settings: () =>
    queryOptions({ queryKey: [...labQueries.all, 'settings'], queryFn: () => api<LabSettings>('/settings') }),
};

export const useLabStatus = () => useQuery(labQueries.status());
export const useLabSettings = () => useQuery(labQueries.settings());

/** Back to the built-in lab: every cached answer is stale. */
export function useResetLab() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<LabStatus>('/lab/reset', { method: 'POST', json: {} }),
    onSuccess: () => qc.invalidateQueries(),
  });
}

export function useSetLatency() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (latencyMs: number) => api<LabSettings>('/settings', { method: 'PUT', json: { latencyMs } }),
    onSuccess: (s) => qc.setQueryData(labQueries.settings().queryKey, s),
  });
}

/** The stored lab as the browser holds it, for the recovery screen's download. */
export const fetchRawLab = () => apiFetch('/lab/raw').then((r) => r.text());
