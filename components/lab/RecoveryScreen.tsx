'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { LabStatus } from '@/lib/api/contract';
import { fetchRawLab, useResetLab } from '@/lib/api/lab';
import { downloadText } from '@/lib/browser/download';
import { Button } from '@/components/ui/Button';

async function downloadRaw() {
  downloadText(await fetchRawLab(), 'virtlab-saved-lab.json');
}

export function RecoveryScreen({ status }: { status: LabStatus }) {
  const t = useTranslations('recovery');
  const reset = useResetLab();
  const english = useLocale() === 'en';
  const why = status.problem === 'old-version' ? t('oldVersion') : t('damaged');
  // The detail is English prose (a parser's words): English pages show it; others word the fault,
  // its field path kept as stored (`lab.world.hosts.0.cpus`) — the technical part, not translated.
  const fault = status.fault;
  const where = english ? status.detail : fault && t(`fault.${fault.issue}`, { field: fault.field });
  return (
    <main className="mx-auto max-w-2xl p-8">
      <p className="mb-4 font-semibold tracking-tight">
        Virt<span className="text-accent">Lab</span>
      </p>
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="mt-3">{why}</p>
      {where && <p className={`mt-1 text-sm text-muted ${english ? 'font-mono' : ''}`}>{where}</p>}
      <p className="mt-3">{t('keepCopy')}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => void downloadRaw()}>
          {t('download')}
        </Button>
        <Button variant="danger" pending={reset.isPending} onClick={() => reset.mutate()}>
          {t('reset')}
        </Button>
      </div>
      {reset.isError && (
        <p role="alert" className="mt-3 text-danger">
          {reset.error.message}
        </p>
      )}
    </main>
  );
}
