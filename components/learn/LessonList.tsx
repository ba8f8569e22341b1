'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import { useLessons } from '@/lib/api/lessons';
import { LessonCard } from './LessonCard';
import { LessonImport } from './LessonImport';
import { LessonsElsewhere } from './LessonsElsewhere';
import { useLessonsIn } from './use-lesson-in';

/** /learn: every lesson with the learner's latest attempt (on a real libvirt backend: where they run). */
export function LessonList() {
  const t = useTranslations('learn');
  const lessons = useLessons();
  const localized = useLessonsIn();
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
      {localized.elsewhere && <LessonsElsewhere simulatorUrl={localized.elsewhere.simulatorUrl} />}
      <ol aria-label={t('heading')} className="grid gap-3 md:grid-cols-2">
        {localized.lessons.map((l, i) => (
          <LessonCard key={l.id} lesson={l} n={i + 1} runsHere={!localized.elsewhere} />
        ))}
      </ol>
      {!localized.elsewhere && <LessonImport />}
    </div>
  );
}
