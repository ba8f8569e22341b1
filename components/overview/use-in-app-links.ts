'use client';

import { useRouter } from 'next/navigation';
import { type MouseEvent, useCallback } from 'react';

/**
 * The rows' links navigate inside the app as next/link does (a plain left click; other clicks
 * keep the browser's meaning): one handler per table rather than a Link, with its hooks and
 * effects, in each of a thousand rows.
 */
export function useInAppLinks() {
  const router = useRouter();
  return useCallback(
    (e: MouseEvent<HTMLElement>) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element).closest('a');
      if (!a || a.target || a.origin !== window.location.origin) return;
      e.preventDefault();
      router.push(a.pathname + a.search);
    },
    [router],
  );
}
