'use client';

import { useTranslations } from 'next-intl';
import { type RefObject, useEffect, useState } from 'react';

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
  const text = t('progressText', { done, total });
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
        <span
          role="progressbar"
          aria-label={t('progress')}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={text}
          className="h-1.5 w-16 shrink-0 overflow-hidden rounded-full bg-sunken ring-1 ring-line"
        >
          <span
            className="block h-full rounded-full bg-accent"
            style={{ width: `${total ? (100 * done) / total : 0}%` }}
          />
        </span>
        <span className="shrink-0 text-xs text-muted">{t('compactDone', { done, total })}</span>
      </button>
    </section>
  );
}
