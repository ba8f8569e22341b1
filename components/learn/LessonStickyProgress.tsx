'use client';

import { useTranslations } from 'next-intl';
import { type RefObject, useEffect, useState } from 'react';
import { LessonProgressBar } from './LessonProgressBar';

/**
 * Below 1024 px the lesson panel sits above the page, and scrolls away while the learner types at
 * the console below. Once its header is out of view, this one-line bar stays at the top of the
 * screen — the step the learner is on and the steps done — and a tap brings the panel back. It is
 * at the top, away from the console's input and the drawer at the bottom; while the panel's own
 * header shows it is `hidden`, so screen readers meet the progress once.
 */
export function LessonStickyProgress({
  watch,
  onShow,
  done,
  total,
  step,
}: {
  watch: RefObject<HTMLElement | null>;
  onShow: () => void;
  done: number;
  total: number;
  /** The current step (number and title); none once every step is done. */
  step?: { n: number; title: string };
}) {
  const t = useTranslations('panel');
  const [away, setAway] = useState(false);
  useEffect(() => {
    const el = watch.current;
    if (!el) return;
    const seen = new IntersectionObserver(([e]) => setAway(!e.isIntersecting));
    seen.observe(el);
    return () => seen.disconnect();
  }, [watch]);
  return (
    <section
      aria-label={t('compact')}
      hidden={!away}
      className="fixed inset-x-0 top-0 z-30 border-b border-line bg-panel/95 px-3 py-1.5 shadow-sm backdrop-blur lg:hidden"
    >
      <button type="button" onClick={onShow} className="flex w-full min-w-0 items-center gap-2 text-left text-sm">
        <span className="min-w-0 flex-1 truncate">
          {step ? t('compactStep', { n: step.n, total, title: step.title }) : t('complete')}
        </span>
        <LessonProgressBar compact done={done} total={total} />
      </button>
    </section>
  );
}
