'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import { useStartLesson } from '@/lib/api/lessons';
import type { LessonOutline } from '@/lib/lessons/outline';
import { Button } from '@/components/ui/Button';

const link = 'text-accent underline underline-offset-2';

/** The panel loads on demand: focus its title (LessonPanel's PANEL_TITLE) as soon as it is there. */
function focusPanelTitle(tries = 120) {
  const el = document.getElementById('lesson-panel-title');
  if (el) el.focus();
  else if (tries > 0) requestAnimationFrame(() => focusPanelTitle(tries - 1));
}

/** Starting the lesson (what it replaces), or, once it runs, where to go to do it. */
export function LessonStart({
  id,
  outline,
  active,
  attempted,
  other,
}: {
  id: string;
  outline: LessonOutline;
  active: boolean;
  attempted: boolean;
  /** The title of another lesson that runs now, which starting this one leaves. */
  other?: string;
}) {
  const t = useTranslations('lesson');
  const start = useStartLesson();
  const [started, setStarted] = useState(false);
  return (
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
                  title: other,
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
  );
}
