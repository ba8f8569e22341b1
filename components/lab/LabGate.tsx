'use client';

import { useTranslations } from 'next-intl';
import { lazy, type ReactNode, Suspense } from 'react';
import { useLabStatus } from '@/lib/api/lab';

// Shown only for a stored lab that cannot be read: not part of any page's first load.
const RecoveryScreen = lazy(() => import('./RecoveryScreen').then((m) => ({ default: m.RecoveryScreen })));

/**
 * A stored lab that cannot be read gets the recovery screen, never a blank page. The page renders
 * meanwhile (its own requests run in parallel with this one), so the lab's status is no waterfall.
 */
export function LabGate({ children }: { children: ReactNode }) {
  const t = useTranslations('gate');
  const status = useLabStatus();
  if (status.data?.status === 'unreadable')
    return (
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <RecoveryScreen status={status.data} />
      </Suspense>
    );
  return (
    <>
      {status.isPending && (
        <p role="status" className="sr-only">
          {t('loading')}
        </p>
      )}
      {status.isError && (
        <p role="alert" className="p-4 text-danger">
          {t('noAnswer', { message: status.error.message })}
        </p>
      )}
      {children}
    </>
  );
}
