'use client';

import { useTranslations } from 'next-intl';
import type { MigrateCheckResult } from '@/lib/api/contract';
import { VirshError } from '@/components/actions/VirshError';
import { useCheckText } from './use-check-text';

/** Each precondition ✓ or ✗ with its reason, and what the command itself would answer (run on a copy of the lab). */
export function PreconditionList({ result, pending }: { result: MigrateCheckResult | undefined; pending: boolean }) {
  const t = useTranslations('migrateForm');
  const text = useCheckText();
  if (!result)
    return (
      <p role="status" className="text-sm text-muted">
        {t('checking')}
      </p>
    );
  return (
    <section aria-label={t('preconditions')} aria-busy={pending || undefined} className="flex flex-col gap-2">
      <h3 className="text-sm font-medium">{t('before')}</h3>
      <ul className="flex flex-col gap-1 text-sm">
        {result.checks.map((c) => (
          <li key={c.id} className="flex items-baseline gap-2">
            <span aria-hidden className={`w-4 shrink-0 font-bold ${c.ok ? 'text-ok' : 'text-danger'}`}>
              {c.ok ? '✓' : '✗'}
            </span>
            <span>
              <span className="sr-only">{t(c.ok ? 'passed' : 'failed')}</span>
              <span className={c.ok ? '' : 'font-medium text-danger'}>{text.label(c)}</span>
              <span className="text-muted"> — {text.detail(c)}</span>
            </span>
          </li>
        ))}
      </ul>
      {result.refusal && (
        <p className="rounded-md border border-danger px-2 py-1 text-sm">
          <span className="font-medium">{t('wouldAnswer', { tool: result.command.tool })}</span>{' '}
          <span className="text-danger">
            <VirshError message={result.refusal} tool={result.command.tool} />
          </span>
        </p>
      )}
    </section>
  );
}
