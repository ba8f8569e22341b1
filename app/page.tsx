import { Suspense } from 'react';
import { OverviewPage } from '@/components/overview/OverviewPage';

export default function Page() {
  return (
    <Suspense fallback={<p role="status" className="text-muted">Loading…</p>}>
      <OverviewPage />
    </Suspense>
  );
}
