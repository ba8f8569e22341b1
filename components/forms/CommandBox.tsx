'use client';

import { useTranslations } from 'next-intl';
import { Equivalents } from '@/components/actions/Equivalents';
import type { CommandHost } from '@/components/actions/equivalents-host';

/** The command the form would run, in virsh, xl and xm. */
export function CommandBox({ argv, host }: { argv: string[] | null; host?: CommandHost }) {
  const t = useTranslations('forms');
  return (
    <div className="rounded-md border border-line bg-sunken p-3">
      <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">{t('commands')}</p>
      <Equivalents argv={argv} host={host} />
    </div>
  );
}
