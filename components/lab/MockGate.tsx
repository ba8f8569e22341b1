'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, type ReactNode } from 'react';
import { apiReady } from '@/lib/api/client';

/**
 * The page renders while the lab's worker starts (app/start-mocks.ts); only a lab that cannot run
 * in this browser — its worker not started, its script not loaded or failing — replaces the page
 * with an explanation. MSW's service worker failing to start is not that: the app does not use it.
 */
export function MockGate({ children }: { children: ReactNode }) {
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    apiReady().catch((e: unknown) => live && setFailure(e instanceof Error ? e : new Error(String(e))));
    return () => {
      live = false;
    };
  }, []);
  const t = useTranslations('gate');
  if (!failure) return <>{children}</>;
  return (
    <div role="alert" className="mx-auto max-w-xl p-8">
      <h1 className="text-xl font-semibold">{t('failed')}</h1>
      <p className="mt-2 text-muted">{t('refused', { message: failure.message })}</p>
      <p className="mt-2 text-muted">{t('needs')}</p>
    </div>
  );
}
