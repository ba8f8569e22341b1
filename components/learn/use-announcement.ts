'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { ApiLesson } from '@/lib/api/contract';
import { plainText } from '@/lib/lessons/markup';

/** What a screen reader hears when progress moves: the step just done, or the goal reached. */
export function useAnnouncement(lesson: ApiLesson | undefined) {
  const t = useTranslations('panel');
  const [message, setMessage] = useState('');
  const seen = useRef<{ id: string; done: number; complete: boolean } | null>(null);
  useEffect(() => {
    if (!lesson) return;
    const now = { id: lesson.outline.id, done: lesson.progress.done.length, complete: lesson.progress.complete };
    const before = seen.current;
    seen.current = now;
    if (!before || before.id !== now.id || (now.done <= before.done && now.complete === before.complete)) return;
    const total = lesson.outline.steps.length;
    setMessage(
      now.complete
        ? t('announceComplete', { goal: plainText(lesson.outline.goalText) })
        : t('announceStep', { done: now.done, next: now.done + 1, total }),
    );
  }, [lesson, t]);
  return message;
}
