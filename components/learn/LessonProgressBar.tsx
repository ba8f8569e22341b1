'use client';

import { useTranslations } from 'next-intl';

/**
 * "3 of 6 steps done" as a bar; screen readers get the same words. `compact`: a short bar and
 * "3/6", for the one-line sticky bar. Spans, not divs: the compact bar sits inside a button.
 */
export function LessonProgressBar({
  done,
  total,
  complete,
  label,
  compact,
}: {
  done: number;
  total: number;
  complete?: boolean;
  label?: string;
  compact?: boolean;
}) {
  const t = useTranslations('panel');
  const text = t('progressText', { done, total });
  return (
    <span className={`flex items-center gap-2 ${compact ? 'shrink-0' : ''}`}>
      <span
        role="progressbar"
        aria-label={label ?? t('progress')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
        className={`${compact ? 'h-1.5 w-16' : 'h-2 flex-1'} overflow-hidden rounded-full bg-sunken ring-1 ring-line`}
      >
        <span
          className={`block h-full rounded-full ${complete ? 'bg-ok' : 'bg-accent'}`}
          style={{ width: `${total ? (100 * done) / total : 0}%` }}
        />
      </span>
      <span className="shrink-0 text-xs text-muted">{compact ? t('compactDone', { done, total }) : text}</span>
    </span>
  );
}
