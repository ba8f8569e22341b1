'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { readFilter, type DomainFilter } from './filters';

/**
 * The overview's filter, kept in the URL (?host=&state=&q=) so a filtered view can be shared. A
 * change shows in its field at once (component state) and reaches the URL through
 * history.replaceState, which Next.js syncs into useSearchParams without a navigation or a server
 * round trip; once the URL says the same, it is the only source again (back/forward, links).
 */
export function useUrlFilter(): [DomainFilter, (change: Partial<DomainFilter>) => void] {
  const fromUrl = readFilter(useSearchParams());
  const [typed, setTyped] = useState<Partial<DomainFilter>>({});
  const filter = { ...fromUrl, ...typed };

  useEffect(() => {
    setTyped((t) => {
      const ahead = Object.entries(t).filter(([k, v]) => fromUrl[k as keyof DomainFilter] !== v);
      return ahead.length === Object.keys(t).length ? t : Object.fromEntries(ahead);
    });
  }, [fromUrl.host, fromUrl.state, fromUrl.q]); // the values: fromUrl is a new object each render

  const change = (c: Partial<DomainFilter>) => {
    setTyped((t) => ({ ...t, ...c }));
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(c)) (v ? next.set(k, v) : next.delete(k));
    const qs = next.toString();
    window.history.replaceState(null, '', qs ? `?${qs}` : window.location.pathname);
  };
  return [filter, change];
}
