import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ApiFile, ApiHost } from './contract';

export const hostQueries = {
  all: ['hosts'] as const,
  list: () => queryOptions({ queryKey: [...hostQueries.all, 'list'], queryFn: () => api<ApiHost[]>('/hosts') }),
};

export const fileQueries = {
  all: ['files'] as const,
  list: (host: string) =>
    queryOptions({
      queryKey: [...fileQueries.all, host],
      queryFn: () => api<ApiFile[]>(`/hosts/${encodeURIComponent(host)}/files`),
    }),
};

export const useHosts = () => useQuery(hostQueries.list());
export const useHostFiles = (host: string) => useQuery(fileQueries.list(host));
