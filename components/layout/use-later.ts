'use client';

import { startTransition, useEffect, useState } from 'react';

/**
 * False while the page hydrates, true one task later (in a transition). For what the frame does not
 * need to show the page — a request whose answer only enables a button — so that it leaves the
 * effects React runs right after hydration: those run in one task with the first renders they cause,
 * the longest task after the framework's own on every page (docs/decisions/071-…).
 */
export function useLater(): boolean {
  const [later, setLater] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setLater(true)), 0);
    return () => clearTimeout(timer);
  }, []);
  return later;
}
