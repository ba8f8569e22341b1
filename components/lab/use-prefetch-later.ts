'use client';

import { useRouter } from '@/i18n/navigation';
import { useEffect } from 'react';
import { apiReady } from '@/lib/api/client';

/** Long enough for the first data to arrive and render, even on a slow machine. */
const SETTLE_MS = 1000;

/**
 * Next.js prefetches a link's route as soon as the link is on screen. On a cold load that
 * competes with the mock layer for the network and the main thread before the first data, so
 * the links on every page (the header's) opt out, and their routes are prefetched here instead:
 * once the lab's API has started, a moment has passed, and the browser is idle.
 */
export function usePrefetchLater(hrefs: readonly string[]) {
  const router = useRouter();
  const key = hrefs.join(' ');
  useEffect(() => {
    let live = true;
    const prefetch = () => {
      if (live) for (const h of key.split(' ')) router.prefetch(h);
    };
    void apiReady().then(
      () =>
        setTimeout(() => {
          if (typeof requestIdleCallback === 'function') requestIdleCallback(prefetch, { timeout: 5000 });
          else prefetch();
        }, SETTLE_MS),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [router, key]);
}
