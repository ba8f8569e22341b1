import { Suspense } from 'react';
import { PageMessages } from '@/components/i18n/PageMessages';
import { OverviewFirstPaint, OverviewPage } from '@/components/overview/OverviewPage';
import { firstVisitLists } from '@/mocks/first-visit';

/**
 * Prerendered with the list a first visit gets (docs/decisions/008-performance.md): the HTML shows
 * the lab before any script has run, and the page takes over from it with the same lists until the
 * API answers.
 */
export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const lists = firstVisitLists();
  return (
    <PageMessages page="overview" locale={(await params).locale}>
      <Suspense fallback={<OverviewFirstPaint lists={lists} />}>
        <OverviewPage firstVisit={lists} />
      </Suspense>
    </PageMessages>
  );
}
