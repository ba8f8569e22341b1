import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ApiLesson, ApiLessonList } from './contract';

const seg = encodeURIComponent;

export const lessonQueries = {
  all: ['lessons'] as const,
  list: () => queryOptions({ queryKey: [...lessonQueries.all, 'list'], queryFn: () => api<ApiLessonList>('/lessons') }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...lessonQueries.all, 'detail', id],
      queryFn: () => api<ApiLesson>(`/lessons/${seg(id)}`),
    }),
};

export const useLessons = () => useQuery(lessonQueries.list());
export const useLesson = (id: string | null, refetchEvery?: (l: ApiLesson | undefined) => number | false) =>
  useQuery({
    ...lessonQueries.detail(id ?? ''),
    enabled: !!id,
    refetchInterval: (q) => (refetchEvery ? refetchEvery(q.state.data) : false),
  });

/** Starts a lesson or starts it over: the whole lab changes, so every cached answer is stale. */
export function useStartLesson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ApiLesson>(`/lessons/${seg(id)}/start`, { method: 'POST', json: {} }),
    onSuccess: (l) => {
      qc.setQueryData(lessonQueries.detail(l.outline.id).queryKey, l);
      return qc.invalidateQueries();
    },
  });
}

export function useLeaveLesson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<ApiLessonList>('/lessons/leave', { method: 'POST', json: {} }),
    onSuccess: (list) => {
      qc.setQueryData(lessonQueries.list().queryKey, list);
      return qc.invalidateQueries({ queryKey: lessonQueries.all });
    },
  });
}

/** Imports a lesson file's text (docs/lesson-format.md); a refusal is an ApiError whose message names the field and why. */
export function useImportLesson(lang: 'en' | 'ja' = 'en') {
  const qc = useQueryClient();
  return useMutation({
    // The lab replays the file with its tools printing in the page's language (a refusal quotes them).
    mutationFn: (text: string) => api<ApiLesson>(`/lessons/import?lang=${lang}`, { method: 'POST', body: text }),
    meta: { inlineError: true },
    onSuccess: () => qc.invalidateQueries({ queryKey: lessonQueries.all }),
  });
}

/** Forgets an imported lesson. */
export function useRemoveLesson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ApiLessonList>(`/lessons/${seg(id)}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: lessonQueries.all }),
  });
}
