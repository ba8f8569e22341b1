import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ComparePage } from '@/components/compare/ComparePage';

export const metadata: Metadata = { title: 'Live vs offline migration — VirtLab' };

/** The parameters live in the query string, which useSearchParams reads under Suspense. */
export default function Page() {
  return (
    <Suspense
      fallback={
        <p role="status" className="text-muted">
          Loading…
        </p>
      }
    >
      <ComparePage />
    </Suspense>
  );
}
