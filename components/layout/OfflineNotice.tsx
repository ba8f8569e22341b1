'use client';

import { useOffline } from 'next/offline';
import { useTranslations } from 'next-intl';

/**
 * Said while Next.js finds the network gone (next.config's experimental.useOffline): a link to a page
 * never fetched waits for the connection instead of falling back to the browser's offline error; this
 * page and its lab keep working meanwhile (decision 046). In the page's language (decision 052).
 */
export function OfflineNotice() {
  const t = useTranslations('shell');
  const offline = useOffline();
  return (
    <div role="status" aria-live="polite" className="px-4 empty:hidden">
      {offline && (
        <p className="mx-auto mt-2 w-full max-w-7xl rounded border border-warn bg-panel px-4 py-2 text-sm">
          {t('offline')}
        </p>
      )}
    </div>
  );
}
