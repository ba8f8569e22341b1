import { PageMessages } from '@/components/i18n/PageMessages';
import { OverviewPage } from '@/components/overview/OverviewPage';
import { firstVisitLists } from '@/mocks/first-visit';

/**
 * Prerendered with the list a first visit gets (docs/decisions/008-performance.md): the HTML shows
 * the lab before any script has run, and the page hydrates it and keeps the same lists until the
 * API answers (decision 058).
 */
export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const lists = firstVisitLists();
  return (
    <PageMessages page="overview" locale={(await params).locale}>
      <OverviewPage firstVisit={lists} />
    </PageMessages>
  );
}
