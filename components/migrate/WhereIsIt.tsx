'use client';

import { useTranslations } from 'next-intl';
import { Fragment } from 'react';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import { useDomains } from '@/lib/api/domains';
import { useVirshWord } from '@/components/ui/use-virsh-word';

/** A domain gone from this host (migrated with --undefinesource, or transient) may be on another: link to it. */
export function WhereIsIt({ host, name }: { host: string; name: string }) {
  const t = useTranslations('job.whereIsIt');
  const word = useVirshWord();
  const domains = useDomains();
  const elsewhere = domains.data?.filter((d) => d.name === name && d.host !== host) ?? [];
  if (elsewhere.length === 0) return null;
  const places = elsewhere.map((d, i) => (
    <Fragment key={d.host}>
      {i > 0 && t('separator')}
      <Link href={paths.domain(d.host, d.name)} className="text-accent underline underline-offset-2">
        {d.host}
      </Link>{' '}
      ({word(d.state)})
    </Fragment>
  ));
  return (
    <p role="status" className="text-sm">
      {t.rich('text', { name, places: () => places })}
    </p>
  );
}
