'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { useRef, useState } from 'react';
import { paths } from '@/lib/routes';
import { useLesson } from '@/lib/api/lessons';
import { useLessonIn } from './use-lesson-in';
import { CurrentStep } from './CurrentStep';
import { LessonProgressBar } from './LessonProgressBar';
import { LessonStickyProgress } from './LessonStickyProgress';
import { Inline, KeepOptions } from './Prose';
import { LessonActions, LessonComplete } from './LessonPanelParts';
import { StepList } from './StepList';
import { LessonGoal } from './LessonGoal';
import { useAnnouncement } from './use-announcement';

/** The panel's title: starting a lesson moves focus there (the Start button is gone by then). */
const PANEL_TITLE = 'lesson-panel-title';

/**
 * The running lesson beside the lab, on every page: the current step, its hint and solution, the
 * steps done, and the goal. Progress comes from the API, which checks the world after every command.
 */
export default function LessonPanel({ id, className = '' }: { id: string; className?: string }) {
  // Time moves the lab too (a migration job finishing): while the lesson runs, ask again now and then.
  const t = useTranslations('panel');
  const lesson = useLesson(id, (l) => (l?.progress.complete ? false : 3000));
  const [more, setMore] = useState(false);
  const data = useLessonIn(lesson.data);
  const announcement = useAnnouncement(data);
  const steps = data?.outline.steps ?? [];
  const doneIds = data?.progress.done ?? [];
  const done = doneIds.length;
  const currentAt = steps.findIndex((s) => !doneIds.includes(s.id));
  const current = steps[currentAt];
  const aheadAt = steps.findIndex((s) => s.id === data?.progress.ahead);
  const header = useRef<HTMLElement>(null);
  const showPanel = () => {
    header.current?.scrollIntoView({ block: 'start' });
    document.getElementById(PANEL_TITLE)?.focus({ preventScroll: true });
  };
  return (
    <aside
      aria-label={t('label')}
      className={`flex flex-col gap-4 border-line bg-panel px-4 py-4 max-lg:border-b lg:sticky lg:top-0 lg:h-screen lg:w-[var(--lesson-aside)] lg:shrink-0 lg:self-start lg:overflow-y-auto lg:border-l ${className}`}
    >
      <div role="status" aria-live="polite" className="sr-only">
        {announcement}
      </div>
      {!data ? (
        <p className="text-sm text-muted">{lesson.isError ? lesson.error.message : t('loading')}</p>
      ) : (
        <>
          <header ref={header} className="flex flex-col gap-2">
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">{t('lesson')}</p>
            <h2 id={PANEL_TITLE} tabIndex={-1} className="text-base font-semibold leading-snug outline-none">
              <Link href={paths.learn(id)} className="hover:underline">
                <KeepOptions text={data.outline.title} />
              </Link>
            </h2>
            <LessonProgressBar done={done} total={steps.length} complete={data.progress.complete} />
          </header>
          <LessonStickyProgress
            watch={header}
            onShow={showPanel}
            done={done}
            total={steps.length}
            step={current && !data.progress.complete ? { n: currentAt + 1, title: current.title } : undefined}
          />
          {data.progress.complete ? (
            <LessonComplete goalText={data.outline.goalText} />
          ) : current ? (
            <CurrentStep
              key={current.id}
              step={current}
              number={currentAt + 1}
              total={steps.length}
              ahead={aheadAt < 0 ? undefined : { n: aheadAt + 1, title: steps[aheadAt].title }}
            />
          ) : (
            <p className="text-sm">
              {t('goalNotHeld')} <Inline text={data.outline.goalText} />
            </p>
          )}
          {/* Below 1024 px the panel sits above the page: the list and the goal open on demand. */}
          <button
            type="button"
            aria-expanded={more}
            aria-controls="lesson-more"
            onClick={() => setMore((m) => !m)}
            className="self-start text-sm text-accent underline underline-offset-2 lg:hidden"
          >
            {more ? t('hideSteps') : t('showSteps')}
          </button>
          <div id="lesson-more" className={`flex flex-col gap-4 ${more ? '' : 'max-lg:hidden'}`}>
            <StepList steps={steps} done={doneIds} anyOrder={data.outline.order === 'any'} />
            <LessonGoal outline={data.outline} terms={data.terms} />
          </div>
          <LessonActions id={id} />
        </>
      )}
    </aside>
  );
}
