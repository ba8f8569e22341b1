'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import type { ApiMigrationJob } from '@/lib/api/contract';
import { compareQuery } from './migrate-form';

type T = ReturnType<typeof useTranslations<'job'>>;

/** What the running job is doing now, in a sentence. */
export function phaseText(t: T, j: ApiMigrationJob): string {
  const p = j.progress;
  const v = { domain: j.domain, source: j.source, target: j.targetHost, round: p.memory_iteration };
  if (j.mode === 'definition-only') return t('phase.definitionOnly', v);
  if (j.xen?.stage === 'switchover') return t('phase.switchover', v);
  if (j.mode === 'offline') return t('phase.offline', v);
  if (p.phase === 'stop-copy') return t('phase.stopCopy', v);
  if (j.postcopyFailed) return t('phase.postcopyFailed', v);
  if (p.phase === 'postcopy') return t('phase.postcopy', v);
  if (p.paused) return t('phase.suspended', v);
  return t(p.memory_iteration > 1 ? 'phase.precopyAgain' : 'phase.precopy', v);
}

export function CompareLink({ job }: { job: ApiMigrationJob }) {
  const t = useTranslations('job');
  const q = compareQuery(job.workload, !!job.args.autoConverge);
  return (
    <Link href={paths.compare(q)} className="text-sm text-accent underline underline-offset-2">
      {t('compare')}
    </Link>
  );
}

export function JobFrame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col gap-3 rounded-lg border border-accent bg-panel p-4">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}
