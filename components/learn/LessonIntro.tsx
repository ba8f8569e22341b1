'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import { useLesson } from '@/lib/api/lessons';
import { useLessonIn, useLessonsIn } from './use-lesson-in';
import { LessonAbout } from './LessonAbout';
import { LessonStart } from './LessonStart';
import { StepTitles } from './StepTitles';
import { useWindowTitle } from '@/components/ui/use-url-segment';
import { KeepOptions } from './Prose';

const link = 'text-accent underline underline-offset-2';

/** /learn/<id>: what the lesson teaches, and starting it. Once it runs, the panel beside the lab guides. */
export function LessonIntro({ id }: { id: string }) {
  const t = useTranslations('lesson');
  const lesson = useLesson(id);
  const list = { data: useLessonsIn() };
  const localized = useLessonIn(lesson.data);
  const titles = useTranslations('titles');
  useWindowTitle(localized ? titles('lesson', { title: localized.outline.title }) : null);
  if (lesson.isError) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-semibold">{t('noSuch')}</h1>
        <p role="alert" className="text-danger">
          {lesson.error.message}
        </p>
        <Link href={paths.learn()} className={link}>
          {t('all')}
        </Link>
      </div>
    );
  }
  if (!localized)
    return (
      <p role="status" className="text-muted">
        {t('loading')}
      </p>
    );
  const { outline, progress, active, completedBefore, terms } = localized;
  const other = list.data?.lessons.find((l) => l.active && l.id !== id);
  const attempted = progress.done.length > 0 || completedBefore;
  return (
    <div className="flex max-w-3xl flex-col gap-5">
      <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
        <Link href={paths.learn()} className={link}>
          {t('lessons')}
        </Link>{' '}
        / <span className="text-fg">{outline.title}</span>
      </nav>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">
          <KeepOptions text={outline.title} />
        </h1>
        <div className="flex flex-wrap gap-2 text-xs font-medium">
          <span className="rounded-full border border-line px-2 py-0.5 text-muted">
            {t('meta', { steps: outline.steps.length, host: outline.host })}
          </span>
          {active && <span className="rounded-full border border-accent px-2 py-0.5 text-accent">{t('running')}</span>}
          {(progress.complete || completedBefore) && (
            <span className="rounded-full border border-ok px-2 py-0.5 text-ok">✓ {t('complete')}</span>
          )}
        </div>
        <p className="text-muted">{outline.summary}</p>
      </header>

      <LessonStart id={id} outline={outline} active={active} attempted={attempted} other={other?.title} />

      <StepTitles outline={outline} />

      <LessonAbout outline={outline} terms={terms} />
    </div>
  );
}
