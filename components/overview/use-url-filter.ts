'use client';

import { startTransition, useEffect, useRef, useState } from 'react';
import { afterNextPaint } from '@/lib/browser/after-paint';
import { readFilter, type DomainFilter } from './filters';
import type { NameInput } from './NameField';

/**
 * The URL follows a pause in typing, in idle time: replaceState costs ~10 ms (Next.js stores its
 * router tree with it) and renders the page again, which must not land on the next keystroke.
 */
const URL_DELAY_MS = 1000;

type Changes = Partial<DomainFilter>;
const whenIdle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : fn();
/** Drops what the URL already says. */
const ahead = (t: Changes, url: DomainFilter) => {
  const left = Object.entries(t).filter(([k, v]) => url[k as keyof DomainFilter] !== v);
  return left.length === Object.keys(t).length ? t : (Object.fromEntries(left) as Changes);
};

/**
 * The overview's filter, kept in the URL (?host=&state=&q=) so a filtered view can be shared.
 * A change shows in its field at once (`fields`); the tables follow (`listed`) in a transition that
 * starts after the keystroke has been painted, so typing never waits for a thousand rows; the URL
 * follows through history.replaceState after a pause in typing, which Next.js syncs into
 * useSearchParams without a navigation or a server round trip. Once the URL says the same, it is
 * the only source again (back/forward, links). `search` is the query string as useSearchParams
 * reads it (OverviewPage reads it in a boundary of its own, so that the page hydrates).
 * The name is typed into a field that keeps its own text (`name`, NameField): a keystroke renders
 * that field alone, and this page only in the transition after it (decision 072).
 */
export function useUrlFilter(search: string) {
  const fromUrl = readFilter(new URLSearchParams(search));
  const [typed, setTyped] = useState<Changes>({});
  const [listed, setListed] = useState<Changes>({});
  const unwritten = useRef<Changes>({});
  const typedName = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the values: fromUrl is a new object each render
  useEffect(() => {
    setTyped((t) => ahead(t, fromUrl));
    setListed((t) => ahead(t, fromUrl));
  }, [fromUrl.host, fromUrl.state, fromUrl.q]); // the values: fromUrl is a new object each render
  useEffect(() => () => clearTimeout(timer.current), []);

  const write = (c: Changes) => {
    Object.assign(unwritten.current, c);
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () =>
        whenIdle(() => {
          const next = new URLSearchParams(window.location.search);
          for (const [k, v] of Object.entries(unwritten.current)) v ? next.set(k, v) : next.delete(k);
          unwritten.current = {};
          const qs = next.toString();
          window.history.replaceState(null, '', qs ? `?${qs}` : window.location.pathname);
        }),
      'q' in c ? URL_DELAY_MS : 0,
    );
  };
  const list = (c: Changes) => afterNextPaint(() => startTransition(() => setListed((t) => ({ ...t, ...c }))));
  const change = (c: Changes) => {
    setTyped((t) => ({ ...t, ...c }));
    list(c);
    write(c);
  };
  const name: NameInput = {
    url: fromUrl.q,
    typed: typedName,
    type: (q) => {
      list({ q });
      write({ q });
    },
  };
  return { fields: { ...fromUrl, ...typed }, listed: { ...fromUrl, ...listed }, change, name };
}
