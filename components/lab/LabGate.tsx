'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useLabStatus } from '@/lib/api/lab';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * A stored lab that cannot be read gets the recovery screen, never a blank page. The page renders
 * meanwhile (its own requests run in parallel with this one), so the lab's status is no waterfall.
 */
export function LabGate({ children }: { children: ReactNode }) {
  const t = useTranslations('gate');
  const status = useLabStatus();
  if (status.data?.status === 'unreadable') return <RecoveryScreen status={status.data} />;
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
