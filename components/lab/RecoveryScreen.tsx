'use client';

import { useTranslations } from 'next-intl';
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
  const why = status.problem === 'old-version' ? t('oldVersion') : t('damaged');
  return (
    <main className="mx-auto max-w-2xl p-8">
      <p className="mb-4 font-semibold tracking-tight">
        Virt<span className="text-accent">Lab</span>
      </p>
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="mt-3">{why}</p>
      {status.detail && <p className="mt-1 font-mono text-sm text-muted">{status.detail}</p>}
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
