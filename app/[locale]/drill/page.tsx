import { Suspense } from 'react';
import { titled } from '@/i18n/metadata';
import { DrillPage } from '@/components/drill/DrillPage';

export const generateMetadata = titled('drill');

/** The session's seed and tags live in the query string, which useSearchParams reads under Suspense. */
export default function Page() {
  return (
    <Suspense>
      <DrillPage />
    </Suspense>
  );
}
