import { Suspense } from 'react';
import { titled } from '@/i18n/metadata';
import { PageMessages } from '@/components/i18n/PageMessages';
import { DrillPage } from '@/components/drill/DrillPage';

export const generateMetadata = titled('drill');

/** The session's seed and tags live in the query string, which useSearchParams reads under Suspense. */
export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  return (
    <PageMessages page="drill" locale={(await params).locale}>
      <Suspense>
        <DrillPage />
      </Suspense>
    </PageMessages>
  );
}
