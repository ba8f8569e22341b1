'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense, useLayoutEffect } from 'react';

function Read({ onChange }: { onChange: (search: string) => void }) {
  const search = useSearchParams().toString();
  useLayoutEffect(() => onChange(search), [search, onChange]);
  return null;
}

/**
 * The query string, handed up to a page that was prerendered without one. `useSearchParams` makes a
 * prerendered page render its nearest Suspense boundary in the browser instead of hydrating it: the
 * whole page's DOM made anew after hydration, in one task (decision 058). Read here, in a boundary of
 * its own that renders nothing, the page hydrates its prerendered HTML, renders once more when the
 * address has a query (a layout effect, so before the browser paints), and follows the query after
 * that (links, back and forward, replaceState).
 */
export function QueryString({ onChange }: { onChange: (search: string) => void }) {
  return (
    <Suspense fallback={null}>
      <Read onChange={onChange} />
    </Suspense>
  );
}
