'use client';

import { useTranslations } from 'next-intl';

/** "3 of 6 steps done" as a bar; screen readers get the same words. */
export function LessonProgressBar({
  done,
  total,
  complete,
  label,
}: {
  done: number;
  total: number;
  complete?: boolean;
  label?: string;
}) {
  const t = useTranslations('panel');
  const text = t('progressText', { done, total });
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label ?? t('progress')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
        className="h-2 flex-1 overflow-hidden rounded-full bg-sunken ring-1 ring-line"
      >
        <div
          className={`h-full rounded-full ${complete ? 'bg-ok' : 'bg-accent'}`}
          style={{ width: `${total ? (100 * done) / total : 0}%` }}
        />
      </div>
      <span className="shrink-0 text-xs text-muted">{text}</span>
    </div>
  );
}
