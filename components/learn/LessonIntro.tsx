'use client';

import Link from 'next/link';
import { useState } from 'react';
import { paths } from '@/lib/routes';
import { useLesson, useLessons, useStartLesson } from '@/lib/api/lessons';
import { Button } from '@/components/ui/Button';
import { pageLabel } from './page-label';
import { Inline, Prose } from './Prose';
import { TermLinks } from './TermLinks';

const link = 'text-accent underline underline-offset-2';

/** The panel loads on demand: focus its title (LessonPanel's PANEL_TITLE) as soon as it is there. */
function focusPanelTitle(tries = 120) {
  const el = document.getElementById('lesson-panel-title');
  if (el) el.focus();
  else if (tries > 0) requestAnimationFrame(() => focusPanelTitle(tries - 1));
}

/** /learn/<id>: what the lesson teaches, and starting it. Once it runs, the panel beside the lab guides. */
export function LessonIntro({ id }: { id: string }) {
  const lesson = useLesson(id);
  const list = useLessons();
  const start = useStartLesson();
  const [started, setStarted] = useState(false);
  if (lesson.isError) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-semibold">No such lesson</h1>
        <p role="alert" className="text-danger">
          {lesson.error.message}
        </p>
        <Link href={paths.learn()} className={link}>
          All lessons
        </Link>
      </div>
    );
  }
  if (!lesson.data)
    return (
      <p role="status" className="text-muted">
        Loading the lesson…
      </p>
    );
  const { outline, progress, active, completedBefore, terms } = lesson.data;
  const other = list.data?.lessons.find((l) => l.active && l.id !== id);
  const attempted = progress.done.length > 0 || completedBefore;
  return (
    <div className="flex max-w-3xl flex-col gap-5">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href={paths.learn()} className={link}>
          Lessons
        </Link>{' '}
        / <span className="text-fg">{outline.title}</span>
      </nav>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">{outline.title}</h1>
        <div className="flex flex-wrap gap-2 text-xs font-medium">
          <span className="rounded-full border border-line px-2 py-0.5 text-muted">
            {outline.steps.length} steps · starts on {outline.host}
          </span>
          {active && <span className="rounded-full border border-accent px-2 py-0.5 text-accent">Running</span>}
          {(progress.complete || completedBefore) && (
            <span className="rounded-full border border-ok px-2 py-0.5 text-ok">✓ Complete</span>
          )}
        </div>
        <p className="text-muted">{outline.summary}</p>
      </header>

      <section aria-labelledby="lesson-start" className="rounded-lg border border-line bg-panel p-4">
        <h2 id="lesson-start" className="text-base font-semibold">
          {active ? 'The lesson is running' : attempted ? 'Try it again' : 'Start'}
        </h2>
        {active ? (
          <div className="mt-2 flex flex-col gap-2 text-sm">
            <p>
              The panel beside the lab shows the step you are on, with a hint and the solution. Do it on the lab&apos;s
              pages or at the console — each step is ticked off as the lab changes, whichever way you do it.
            </p>
            <p className="flex flex-wrap gap-x-4 gap-y-1">
              <Link href={paths.overview()} className={link}>
                Open the overview
              </Link>
              <Link href={paths.console(outline.host)} className={link}>
                Open the console on {outline.host}
              </Link>
            </p>
          </div>
        ) : (
          <div className="mt-2 flex flex-col items-start gap-3 text-sm">
            <p>
              Starting {attempted ? 'again ' : ''}replaces the lab&apos;s hosts and domains with this lesson&apos;s
              starting world
              {other ? (
                <>
                  {' '}
                  and leaves the lesson <strong>{other.title}</strong>
                </>
              ) : null}
              .
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
              {attempted ? 'Start over' : 'Start lesson'}
            </Button>
          </div>
        )}
        <p role="status" className="sr-only">
          {started && active ? 'Lesson started. Its panel is beside the page.' : ''}
        </p>
      </section>

      <section aria-labelledby="lesson-concept" className="flex flex-col gap-2">
        <h2 id="lesson-concept" className="text-base font-semibold">
          The idea
        </h2>
        <Prose text={`${outline.concept}.`} className="text-sm leading-relaxed" />
      </section>
      <section aria-labelledby="lesson-goal-intro" className="flex flex-col gap-2">
        <h2 id="lesson-goal-intro" className="text-base font-semibold">
          Goal
        </h2>
        <p className="text-sm">
          <Inline text={outline.goalText} />
        </p>
      </section>
      {outline.pages.length > 0 && (
        <section aria-labelledby="lesson-pages" className="flex flex-col gap-2">
          <h2 id="lesson-pages" className="text-base font-semibold">
            Where it happens
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
            Terms in this lesson
          </h2>
          <TermLinks terms={terms} />
        </section>
      )}
    </div>
  );
}
