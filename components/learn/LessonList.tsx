'use client';

import Link from 'next/link';
import { paths } from '@/lib/routes';
import { useLessons } from '@/lib/api/lessons';
import { LessonProgressBar } from './LessonProgressBar';

/** /learn: every lesson with the learner's latest attempt. */
export function LessonList() {
  const lessons = useLessons();
  if (lessons.isError)
    return (
      <p role="alert" className="text-danger">
        {lessons.error.message}
      </p>
    );
  if (!lessons.data)
    return (
      <p role="status" className="text-muted">
        Loading the lessons…
      </p>
    );
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold">Lessons</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Guided practice on the lab: each lesson sets up the hosts, gives you a goal and steps, and ticks each step off
          as the lab changes — whether you press the button or type the command in virsh, xm or xl. Terms are explained
          in the{' '}
          <Link href={paths.glossary()} className="text-accent underline underline-offset-2">
            glossary
          </Link>
          .
        </p>
      </div>
      <ol aria-label="Lessons" className="grid gap-3 md:grid-cols-2">
        {lessons.data.lessons.map((l, i) => (
          <li
            key={l.id}
            className={`flex flex-col gap-2 rounded-lg border bg-panel p-4 ${l.active ? 'border-accent' : 'border-line'}`}
          >
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-xs font-semibold text-muted">Lesson {i + 1}</span>
              {l.active && (
                <span className="rounded-full border border-accent px-2 py-0.5 text-xs font-medium text-accent">
                  Running
                </span>
              )}
              {(l.complete || l.completedBefore) && (
                <span className="rounded-full border border-ok px-2 py-0.5 text-xs font-medium text-ok">
                  ✓ Complete
                </span>
              )}
            </div>
            <h2 className="text-base font-semibold leading-snug">
              <Link href={paths.learn(l.id)} className="hover:underline">
                {l.title}
              </Link>
            </h2>
            <p className="text-sm text-muted">{l.summary}</p>
            <div className="mt-auto pt-1">
              <LessonProgressBar done={l.done} total={l.steps} complete={l.complete} label={`Progress in ${l.title}`} />
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
