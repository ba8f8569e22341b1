import { titled } from '@/i18n/metadata';
import { Suspense } from 'react';
import { ComparePage } from '@/components/compare/ComparePage';

export const generateMetadata = titled('compare');

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
