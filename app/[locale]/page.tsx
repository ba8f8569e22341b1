import { Suspense } from 'react';
import { OverviewFirstPaint, OverviewPage } from '@/components/overview/OverviewPage';
import { firstVisitLists } from '@/mocks/first-visit';

/**
 * Prerendered with the list a first visit gets (docs/decisions/008-performance.md): the HTML shows
 * the lab before any script has run, and the page takes over from it with the same lists until the
 * API answers.
 */
export default function Page() {
  const lists = firstVisitLists();
  return (
    <Suspense fallback={<OverviewFirstPaint lists={lists} />}>
      <OverviewPage firstVisit={lists} />
    </Suspense>
  );
}
