'use client';

import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children one step after it mounts, in a transition: the render that brings a page's
 * data commits what is above them first, and these follow in a background render React slices
 * and interrupts for input, committed in a task of their own — one long task becomes two short
 * ones. Once shown they render with their parent as usual, so an update is never deferred. Put it
 * only around what comes last in the page (it appears below what is there, moving nothing).
 */
export function DeferredMount({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => startTransition(() => setShown(true)), []);
  return shown ? children : null;
}
