'use client';

import { useTranslations } from 'next-intl';
import type { ApiLesson } from '@/lib/api/contract';
import type { LessonOutline } from '@/lib/lessons/outline';
import { Inline } from './Prose';
import { TermLinks } from './TermLinks';

/** The lesson's goal, its extra hints on request, and the glossary terms it teaches. */
export function LessonGoal({ outline, terms }: { outline: LessonOutline; terms: ApiLesson['terms'] }) {
  const t = useTranslations('panel');
  return (
    <section aria-labelledby="lesson-goal" className="flex flex-col gap-2 text-sm">
      <h3 id="lesson-goal" className="font-semibold">
        {t('goal')}
      </h3>
      <p>
        <Inline text={outline.goalText} />
      </p>
      {outline.hints.length > 0 && (
        <details className="rounded-md border border-line">
          <summary className="cursor-pointer px-2.5 py-1.5 font-medium">{t('more')}</summary>
          <ul className="flex list-disc flex-col gap-1.5 border-t border-line py-2 pr-2.5 pl-6">
            {outline.hints.map((h) => (
              <li key={h}>
                <Inline text={h} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <TermLinks terms={terms} />
    </section>
  );
}
