'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import { useLessons, useRemoveLesson } from '@/lib/api/lessons';
import { Button } from '@/components/ui/Button';
import { LessonImport } from './LessonImport';
import { useLessonsIn } from './use-lesson-in';
import { LessonProgressBar } from './LessonProgressBar';

/** /learn: every lesson with the learner's latest attempt. */
export function LessonList() {
  const t = useTranslations('learn');
  const lessons = useLessons();
  const localized = useLessonsIn();
  const remove = useRemoveLesson();
  if (lessons.isError)
    return (
      <p role="alert" className="text-danger">
        {lessons.error.message}
      </p>
    );
  if (!localized)
    return (
      <p role="status" className="text-muted">
        {t('loading')}
      </p>
    );
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          {t.rich('intro', {
            glossary: (c) => (
              <Link href={paths.glossary()} className="text-accent underline underline-offset-2">
                {c}
              </Link>
            ),
          })}
        </p>
      </div>
      <ol aria-label={t('heading')} className="grid gap-3 md:grid-cols-2">
        {localized.lessons.map((l, i) => (
          <li
            key={l.id}
            className={`flex flex-col gap-2 rounded-lg border bg-panel p-4 ${l.active ? 'border-accent' : 'border-line'}`}
          >
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-xs font-semibold text-muted">{t('number', { n: i + 1 })}</span>
              {l.active && (
                <span className="rounded-full border border-accent px-2 py-0.5 text-xs font-medium text-accent">
                  {t('running')}
                </span>
              )}
              {(l.complete || l.completedBefore) && (
                <span className="rounded-full border border-ok px-2 py-0.5 text-xs font-medium text-ok">
                  ✓ {t('complete')}
                </span>
              )}
              {l.custom && (
                <>
                  <span className="rounded-full border border-line px-2 py-0.5 text-xs text-muted">
                    {t('imported')}
                  </span>
                  <Button
                    size="sm"
                    variant="ghost"
                    className="ml-auto"
                    aria-label={t('remove', { title: l.title })}
                    pending={remove.isPending && remove.variables === l.id}
                    onClick={() => remove.mutate(l.id)}
                  >
                    ✕
                  </Button>
                </>
              )}
            </div>
            <h2 className="text-base font-semibold leading-snug">
              <Link href={paths.learn(l.id)} className="hover:underline">
                {l.title}
              </Link>
            </h2>
            <p className="text-sm text-muted">{l.summary}</p>
            <div className="mt-auto pt-1">
              <LessonProgressBar
                done={l.done}
                total={l.steps}
                complete={l.complete}
                label={t('progressIn', { title: l.title })}
              />
            </div>
          </li>
        ))}
      </ol>
      <LessonImport />
    </div>
  );
}
