'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { LessonOutline } from '@/lib/lessons/outline';
import { usePageLabel } from './page-label';
import { Inline, Prose } from './Prose';
import { TermLinks } from './TermLinks';

const link = 'text-accent underline underline-offset-2';

/** What a lesson is about: its idea, its goal, the pages it uses and the glossary terms it touches. */
export function LessonAbout({
  outline,
  terms,
}: {
  outline: LessonOutline;
  terms: Parameters<typeof TermLinks>[0]['terms'];
}) {
  const t = useTranslations('lesson');
  const japanese = useLocale() === 'ja';
  const pageLabel = usePageLabel();
  return (
    <>
      <section aria-labelledby="lesson-concept" className="flex flex-col gap-2">
        <h2 id="lesson-concept" className="text-base font-semibold">
          {t('idea')}
        </h2>
        <Prose text={`${outline.concept}${japanese ? '。' : '.'}`} className="text-sm leading-relaxed" />
      </section>
      <section aria-labelledby="lesson-goal-intro" className="flex flex-col gap-2">
        <h2 id="lesson-goal-intro" className="text-base font-semibold">
          {t('goal')}
        </h2>
        <p className="text-sm">
          <Inline text={outline.goalText} />
        </p>
      </section>
      {outline.pages.length > 0 && (
        <section aria-labelledby="lesson-pages" className="flex flex-col gap-2">
          <h2 id="lesson-pages" className="text-base font-semibold">
            {t('where')}
          </h2>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {outline.pages.map((p) => (
              <li key={p}>
                <Link href={p} className={link}>
                  {pageLabel(p)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {terms.length > 0 && (
        <section aria-labelledby="lesson-terms" className="flex flex-col gap-2">
          <h2 id="lesson-terms" className="text-base font-semibold">
            {t('terms')}
          </h2>
          <TermLinks terms={terms} />
        </section>
      )}
    </>
  );
}
