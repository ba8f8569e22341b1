'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useEffect, useState } from 'react';
import { DomainPage } from '@/components/domain/DomainPage';
import { useUrlSegments, useWindowTitle } from '@/components/ui/use-url-segment';

/**
 * One shell for every domain (layout.tsx): the host and the name are read from the address bar.
 * The page itself mounts in a transition once they are known, not in the render that follows
 * hydration: that render is part of hydration's task, and the page's first mount (its queries,
 * its request to the lab, its commands) made it one of the load's long tasks (decision 072).
 */
export default function Page() {
  const t = useTranslations();
  const names = useUrlSegments(/\/hosts\/([^/]+)\/domains\/([^/]+)\/?$/);
  const [host, name] = names ?? [];
  useWindowTitle(names && t('titles.domain', { name, host }));
  const known = names !== null;
  const [mounted, mount] = useState(false);
  useEffect(() => {
    if (known) startTransition(() => mount(true));
  }, [known]);
  if (!names || !mounted)
    return (
      <p role="status" className="text-muted">
        {t('domain.loadingShell')}
      </p>
    );
  return <DomainPage key={`${host}/${name}`} host={host} name={name} />;
}
