'use client';

import { useEffect, useState, type ReactNode } from 'react';

let starting: Promise<void> | null = null;

/**
 * The API lives in this page: MSW's worker must be running before any query. The promise is
 * memoised because StrictMode mounts effects twice; msw/browser is loaded only in the browser.
 */
function startMocks(): Promise<void> {
  if (typeof window === 'undefined') return Promise.resolve();
  return (starting ??= import('@/mocks/browser').then(async ({ worker }) => {
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
  }));
}

export function MockGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<'starting' | 'ready' | Error>('starting');
  useEffect(() => {
    let live = true;
    startMocks().then(() => live && setState('ready'), (e: unknown) => live && setState(e instanceof Error ? e : new Error(String(e))));
    return () => { live = false; };
  }, []);
  if (state === 'ready') return <>{children}</>;
  if (state === 'starting') return <p role="status" className="p-8 text-muted">Starting the lab…</p>;
  return (
    <div role="alert" className="mx-auto max-w-xl p-8">
      <h1 className="text-xl font-semibold">The lab could not start</h1>
      <p className="mt-2 text-muted">VirtLab runs its API in a service worker, which this browser refused: {state.message}</p>
      <p className="mt-2 text-muted">Service workers need http://localhost or https, and are off in some private windows.</p>
    </div>
  );
}
