'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { useState } from 'react';
import { paths } from '@/lib/routes';
import { useLesson, useStartLesson } from '@/lib/api/lessons';
import { useLessonIn, useLessonsIn } from './use-lesson-in';
import { Button } from '@/components/ui/Button';
import { usePageLabel } from './page-label';
import { Inline, Prose } from './Prose';
import { TermLinks } from './TermLinks';
import { StepTitles } from './StepTitles';

const link = 'text-accent underline underline-offset-2';

/** The panel loads on demand: focus its title (LessonPanel's PANEL_TITLE) as soon as it is there. */
function focusPanelTitle(tries = 120) {
  const el = document.getElementById('lesson-panel-title');
  if (el) el.focus();
  else if (tries > 0) requestAnimationFrame(() => focusPanelTitle(tries - 1));
}

/** /learn/<id>: what the lesson teaches, and starting it. Once it runs, the panel beside the lab guides. */
export function LessonIntro({ id }: { id: string }) {
  const t = useTranslations('lesson');
  const japanese = useLocale() === 'ja';
  const pageLabel = usePageLabel();
  const lesson = useLesson(id);
  const list = { data: useLessonsIn() };
  const localized = useLessonIn(lesson.data);
  const start = useStartLesson();
  const [started, setStarted] = useState(false);
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
        <h1 className="text-2xl font-semibold">{outline.title}</h1>
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

      <section aria-labelledby="lesson-start" className="rounded-lg border border-line bg-panel p-4">
        <h2 id="lesson-start" className="text-base font-semibold">
          {active ? t('isRunning') : attempted ? t('tryAgain') : t('start')}
        </h2>
        {active ? (
          <div className="mt-2 flex flex-col gap-2 text-sm">
            <p>{t('panelBeside')}</p>
            <p className="flex flex-wrap gap-x-4 gap-y-1">
              <Link href={paths.overview()} className={link}>
                {t('openOverview')}
              </Link>
              <Link href={paths.console(outline.host)} className={link}>
                {t('openConsole', { host: outline.host })}
              </Link>
            </p>
          </div>
        ) : (
          <div className="mt-2 flex flex-col items-start gap-3 text-sm">
            <p>
              {other
                ? t.rich('replacesLeaving', {
                    again: String(attempted),
                    title: other.title,
                    strong: (c) => <strong>{c}</strong>,
                  })
                : t('replaces', { again: String(attempted) })}
            </p>
            <Button
              variant="primary"
              pending={start.isPending}
              onClick={() =>
                start.mutate(id, {
                  onSuccess: () => {
                    setStarted(true);
                    focusPanelTitle();
                  },
                })
              }
            >
              {attempted ? t('startOver') : t('startLesson')}
            </Button>
          </div>
        )}
        <p role="status" className="sr-only">
          {started && active ? t('started') : ''}
        </p>
      </section>

      <StepTitles outline={outline} />

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
    </div>
  );
}
