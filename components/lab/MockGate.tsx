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
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    // The browser's own words (the worker's error, mocks/worker/ask.ts) go to the console, not into a translated page.
    apiReady().catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  const t = useTranslations('gate');
  if (!failed) return <>{children}</>;
  return (
    <div role="alert" className="mx-auto max-w-xl p-8">
      <h1 className="text-xl font-semibold">{t('failed')}</h1>
      <p className="mt-2 text-muted">{t('refused')}</p>
      <p className="mt-2 text-muted">{t('needs')}</p>
    </div>
  );
}
