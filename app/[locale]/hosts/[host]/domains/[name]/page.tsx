'use client';

import { useTranslations } from 'next-intl';
import { DomainPage } from '@/components/domain/DomainPage';
import { useUrlSegments, useWindowTitle } from '@/components/ui/use-url-segment';

/** One shell for every domain (layout.tsx): the host and the name are read from the address bar. */
export default function Page() {
  const t = useTranslations();
  const names = useUrlSegments(/\/hosts\/([^/]+)\/domains\/([^/]+)\/?$/);
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
