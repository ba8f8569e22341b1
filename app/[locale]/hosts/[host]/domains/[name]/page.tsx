'use client';

import { useTranslations } from 'next-intl';
import { useDeferredValue } from 'react';
import { DomainPage } from '@/components/domain/DomainPage';
import { useUrlSegments, useWindowTitle } from '@/components/ui/use-url-segment';

/**
 * One shell for every domain (layout.tsx): the host and the name are read from the address bar.
 * They become known in the render React forces right after hydration, synchronously, in one task
 * with hydration's effects; deferred, that render changes nothing, and the page (its title, its first
 * mount: queries, the request to the lab, its commands) follows in a background render React slices,
 * committed in a task of its own (decisions 072, 089 — as the lesson page does, 071).
 */
export default function Page() {
  const t = useTranslations();
  const names = useDeferredValue(useUrlSegments(/\/hosts\/([^/]+)\/domains\/([^/]+)\/?$/));
  const [host, name] = names ?? [];
  useWindowTitle(names && t('titles.domain', { name, host }));
  if (!names)
    return (
      <p role="status" className="text-muted">
        {t('domain.loadingShell')}
      </p>
    );
  return <DomainPage key={`${host}/${name}`} host={host} name={name} />;
}
