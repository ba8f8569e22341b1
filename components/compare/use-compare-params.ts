'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import type { CompareParams } from './compare-params';
import type { ComparePresetId } from './compare-presets';
import { matchPreset, paramsFromQuery, queryFromParams, queryFromPreset } from './compare-query';

/**
 * Parameters and preset from the URL, and setters that write them back with
 * history.replaceState: Next keeps useSearchParams in step without a server round trip,
 * and a keystroke does not add a history entry.
 */
export function useCompareParams() {
  const search = useSearchParams();
  const params = useMemo(() => paramsFromQuery(new URLSearchParams(search.toString())), [search]);
  const presetId = useMemo(() => matchPreset(params), [params]);

  const write = (query: string) => window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
  const setParams = useCallback((next: CompareParams) => {
    const id = matchPreset(next);
    write(id ? queryFromPreset(id) : queryFromParams(next));
  }, []);
  const setPreset = useCallback((id: ComparePresetId) => write(queryFromPreset(id)), []);

  return { params, presetId, setParams, setPreset };
}
