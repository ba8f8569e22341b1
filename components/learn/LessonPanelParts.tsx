'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import { useLeaveLesson, useStartLesson } from '@/lib/api/lessons';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Inline } from './Prose';

/** The goal reached: what holds now, and the way to the next lesson. */
export function LessonComplete({ goalText }: { goalText: string }) {
  const t = useTranslations('panel');
  return (
    <section aria-labelledby="lesson-complete" className="rounded-md border border-ok p-3">
      <h3 id="lesson-complete" className="font-semibold text-ok">
        ✓ {t('complete')}
      </h3>
      <p className="mt-1 text-sm">
        <Inline text={goalText} />
      </p>
      <p className="mt-2 text-sm">
        <Link href={paths.learn()} className="text-accent underline underline-offset-2">
          {t('next')}
        </Link>
      </p>
    </section>
  );
}

/** Start the lesson over (its starting lab again, after asking) or leave it (the lab stays as it is). */
export function LessonActions({ id }: { id: string }) {
  const t = useTranslations('panel');
  const start = useStartLesson();
  const leave = useLeaveLesson();
  const [confirmReset, setConfirmReset] = useState(false);
  return (
    <>
      <div className="mt-auto flex flex-wrap gap-2 border-t border-line pt-3">
        <Button size="sm" variant="danger" onClick={() => setConfirmReset(true)}>
          {t('reset')}
        </Button>
        <Button size="sm" pending={leave.isPending} onClick={() => leave.mutate()}>
          {t('leave')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirmReset}
        onOpenChange={setConfirmReset}
        title={t('confirmTitle')}
        description={t('confirmText')}
        confirmLabel={t('reset')}
        pending={start.isPending}
        onConfirm={() => start.mutate(id, { onSuccess: () => setConfirmReset(false) })}
      />
    </>
  );
}
