'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import type { CompareParams } from './compare-params';
import type { ComparePresetId } from './compare-presets';
import { matchPreset, paramsFromQuery, queryFromParams, queryFromPreset } from './compare-query';

/**
 * Parameters and preset, kept in the URL so a trainer can share a link. A change is applied
 * here at once (a controlled radio must not wait for the router) and written with
 * history.replaceState, which adds no history entry per keystroke. The router reports those
 * writes back late, sometimes an older one after a newer, so only a query this page did not
 * write (a link to /compare, back/forward) replaces the state. `search` is the query string as
 * useSearchParams reads it ('' until read: ComparePage reads it so that the page still hydrates).
 */
export function useCompareParams(search: string) {
  const [seen, setSeen] = useState(search);
  const [query, setQuery] = useState(search);
  const written = useRef(new Set<string>());
  if (search !== seen) {
    setSeen(search);
    if (!written.current.has(search)) setQuery(search);
  }
  const params = useMemo(() => paramsFromQuery(new URLSearchParams(query)), [query]);
  const presetId = useMemo(() => matchPreset(params), [params]);

  const write = useCallback((q: string) => {
    setQuery(q);
    written.current.add(q);
    window.history.replaceState(null, '', `${window.location.pathname}?${q}`);
  }, []);
  const setParams = useCallback(
    (next: CompareParams) => {
      const id = matchPreset(next);
      write(id ? queryFromPreset(id) : queryFromParams(next));
    },
    [write],
  );
  const setPreset = useCallback((id: ComparePresetId) => write(queryFromPreset(id)), [write]);

  return { params, presetId, setParams, setPreset };
}
