'use client';

import { useTranslations } from 'next-intl';
import type { LessonOutline } from '@/lib/lessons/outline';
import { KeepOptions } from './Prose';

/** A lesson's steps by title, before it starts: the whole path at a glance, and whether order matters. */
export function StepTitles({ outline }: { outline: LessonOutline }) {
  const t = useTranslations('lesson');
  return (
    <section aria-labelledby="lesson-steps" className="flex flex-col gap-2">
      <h2 id="lesson-steps" className="text-base font-semibold">
        {t('steps')}
      </h2>
      <ol className="list-decimal pl-6 text-sm leading-relaxed">
        {outline.steps.map((s) => (
          <li key={s.id}>
            <KeepOptions text={s.title} />
          </li>
        ))}
      </ol>
      <p className="text-xs text-muted">{outline.order === 'any' ? t('anyOrder') : t('inOrder')}</p>
    </section>
  );
}
