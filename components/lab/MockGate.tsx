'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { apiReady, whenRelayFailed } from '@/lib/api/client';
import { toastError } from './Toasts';

/**
 * The page renders while the lab's worker starts (app/start-mocks.ts); only a lab that cannot run
 * in this browser — its worker not started, its script not loaded or failing — replaces the page
 * with an explanation. MSW's service worker failing to start is not that: the app does not use it.
 * One that never confirms the page's activation (decision 059) is told in a toast: what fetches /api
 * from outside the app (the developer console, an address opened in the tab) gets no lab answer.
 */
export function MockGate({ children }: { children: ReactNode }) {
  const [failed, setFailed] = useState(false);
  const t = useTranslations('gate');
  // Told once, in the page's language when it happens (a language switch keeps this gate mounted).
  const words = useRef(t);
  words.current = t;
  useEffect(() => {
    let live = true;
    void whenRelayFailed().then(
      () => live && toastError(words.current('relayTitle'), words.current('relayBody'), true),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    let live = true;
    // The browser's own words (the worker's error, mocks/worker/ask.ts) go to the console, not into a translated page.
    apiReady().catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  if (!failed) return <>{children}</>;
  return (
    <div role="alert" className="mx-auto max-w-xl p-8">
      <h1 className="text-xl font-semibold">{t('failed')}</h1>
      <p className="mt-2 text-muted">{t('refused')}</p>
      <p className="mt-2 text-muted">{t('needs')}</p>
    </div>
  );
}
