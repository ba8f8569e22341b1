'use client';

import { useTranslations } from 'next-intl';
import type { ApiHost } from '@/lib/api/contract';
import { StateBadge } from '@/components/ui/StateBadge';
import { minor, td } from './DomainRow';

const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-muted';

/** The columns: `virsh list --all` (Id, Name, State) and `xm list` (Mem, VCPUs) together. */
export function HostTableHead() {
  const t = useTranslations('overview');
  return (
    <thead className="border-b border-line">
      <tr>
        <th scope="col" className={`${th} ${minor}`}>
          {t('id')}
        </th>
        <th scope="col" className={th}>
          {t('name')}
        </th>
        <th scope="col" className={th}>
          {t('state')}
        </th>
        <th scope="col" className={`${th} ${minor}`}>
          {t('memory')}
        </th>
        <th scope="col" className={`${th} ${minor}`}>
          {t('vcpus')}
        </th>
        <th scope="col" className={`${th} ${minor}`}>
          {t('autostart')}
        </th>
        <th scope="col" className={`${th} text-right`}>
          {t('actions')}
        </th>
      </tr>
    </thead>
  );
}

/** A Xen host's Domain-0, as `xm list` shows it first. */
export function Dom0Row({ dom0 }: { dom0: NonNullable<ApiHost['dom0']> }) {
  const t = useTranslations('overview');
  return (
    <tr className="border-b border-line/60 text-muted">
      <td className={`${td} ${minor}`}>0</td>
      <td className={`${td} whitespace-nowrap`}>Domain-0</td>
      <td className={td}>
        <StateBadge state="running" />
      </td>
      <td className={`${td} ${minor}`}>{dom0.memoryMiB} MiB</td>
      <td className={`${td} ${minor}`}>{dom0.vcpus}</td>
      <td className={`${td} ${minor}`}>—</td>
      <td className={`${td} text-right text-xs`}>{t('xenHost')}</td>
    </tr>
  );
}
