'use client';

import { useLocale } from 'next-intl';
import { useMemo } from 'react';
import type { ApiLesson, ApiLessonList } from '@/lib/api/contract';
import { useLessons } from '@/lib/api/lessons';
import { glossaryJa } from '@/lib/lessons/glossary-i18n';
import { type LessonLocale, localizeOutline, localizeSummary } from '@/lib/lessons/i18n';

/**
 * The lessons as the page's language reads them. The API answers in English (it is the lab's,
 * not the page's); the Japanese texts live with the lessons (lib/lessons/ja) and are applied
 * here, in the learn pages and the lesson panel only — not in what every page loads.
 */
export function useLessonsIn(): ApiLessonList | undefined {
  const locale = useLocale() as LessonLocale;
  const data = useLessons().data;
  return useMemo(
    () => data && { ...data, lessons: data.lessons.map((s) => localizeSummary(s, locale)) },
    [data, locale],
  );
}

export function localizeLesson(l: ApiLesson, locale: LessonLocale): ApiLesson {
  if (locale === 'en') return l;
  return {
    ...l,
    outline: localizeOutline(l.outline, locale),
    terms: l.terms.map((t) => ({ ...t, term: glossaryJa[t.id]?.term ?? t.term })),
  };
}

/** A lesson answer (useLesson's data) in the page's language. */
export function useLessonIn(l: ApiLesson | undefined): ApiLesson | undefined {
  const locale = useLocale() as LessonLocale;
  return useMemo(() => l && localizeLesson(l, locale), [l, locale]);
}
