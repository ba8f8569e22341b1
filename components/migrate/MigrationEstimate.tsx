'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { realBackend } from '@/lib/browser/backend';
import { paths } from '@/lib/routes';
import type { MigrateCheckResult } from '@/lib/api/contract';
import { compareQuery } from './migrate-form';
import { formatMib, formatSeconds } from './job-format';

/**
 * The model's plan for these flags, and the compare page set to this guest. Not on real libvirt: the
 * model knows the lab's guests and link, not a real guest's dirty rate or network (the dialog opens
 * after hydration, so reading the backend cookie here is safe).
 */
export function MigrationEstimate({ result, autoConverge }: { result: MigrateCheckResult; autoConverge: boolean }) {
  const t = useTranslations('migrateForm');
  if (realBackend()) return null;
  const e = result.estimate;
  const w = result.workload;
  return (
    <section aria-label={t('estimate')} className="rounded-md border border-line p-3 text-sm">
      <h3 className="font-medium">{t('expects')}</h3>
      <p className="text-xs text-muted">
        {t('workload', {
          memory: formatMib(w.memoryMib),
          rate: w.dirtyRateMibps,
          wws: formatMib(w.wwsMib),
          bandwidth: w.bandwidthMibps,
          rules: w.policy === 'xen' ? 'Xen' : 'QEMU',
        })}
      </p>
      {e ? (
        e.stop_reason === 'no-convergence' ? (
          <p className="mt-1 text-warn">{t('never')}</p>
        ) : (
          <p className="mt-1">
            {t.rich('about', {
              strong: (c) => <strong>{c}</strong>,
              time: formatSeconds(e.total_time_s),
              rounds: e.rounds,
              sent: formatMib(e.transferred_mib),
              downtime: Math.round(e.downtime_ms),
            })}
          </p>
        )
      ) : (
        <p className="mt-1 text-muted">{t('noEstimate')}</p>
      )}
      <Link
        className="mt-1 inline-block text-accent underline underline-offset-2"
        href={paths.compare(compareQuery(w, autoConverge))}
      >
        {t('compareLink')}
      </Link>
    </section>
  );
}
