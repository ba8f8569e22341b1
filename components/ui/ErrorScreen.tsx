'use client';

import { useTranslations } from 'next-intl';
import { Button } from './Button';

/**
 * What shows when part of a page failed to load or render (a lazily loaded chunk the network lost, most
 * often): never a blank page. "Try again" reloads the page — a module whose load failed stays failed in
 * this page (React.lazy and the bundler's chunk loader keep the rejection), a reload fetches it anew. The
 * lab itself is in the browser's storage and is kept.
 */
export function ErrorScreen() {
  const t = useTranslations('recovery.failed');
  return (
    <div role="alert" aria-labelledby="error-screen-heading" className="mx-auto max-w-2xl p-8">
      <h1 id="error-screen-heading" className="text-2xl font-semibold">
        {t('heading')}
      </h1>
      <p className="mt-3">{t('body')}</p>
      <Button variant="primary" className="mt-6" onClick={() => window.location.reload()}>
        {t('retry')}
      </Button>
    </div>
  );
}
