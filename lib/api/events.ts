import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ApiEvent, Transcript } from './contract';

export interface EventFilter {
  host?: string;
  domain?: string;
}

export const eventQueries = {
  all: ['events'] as const,
  list: (f: EventFilter = {}) =>
    queryOptions({
      queryKey: [...eventQueries.all, f.host ?? '', f.domain ?? ''],
      queryFn: () =>
        api<ApiEvent[]>(`/events?${new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][])}`),
    }),
};

export const journalQueries = {
  all: ['journal'] as const,
  list: () => queryOptions({ queryKey: [...journalQueries.all], queryFn: () => api<Transcript[]>('/journal') }),
};

export const useEvents = (f: EventFilter = {}) => useQuery(eventQueries.list(f));
export const useJournal = () => useQuery(journalQueries.list());
