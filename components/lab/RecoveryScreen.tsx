'use client';

import type { LabStatus } from '@/lib/api/contract';
import { fetchRawLab, useResetLab } from '@/lib/api/lab';
import { Button } from '@/components/ui/Button';

async function downloadRaw() {
  const raw = await fetchRawLab();
  const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: 'virtlab-saved-lab.json' });
  a.click();
  URL.revokeObjectURL(url);
}

export function RecoveryScreen({ status }: { status: LabStatus }) {
  const reset = useResetLab();
  const why =
    status.problem === 'old-version'
      ? 'It was saved by an older version of VirtLab, which this version cannot read.'
      : 'The saved data is damaged.';
  return (
    <main className="mx-auto max-w-2xl p-8">
      <p className="mb-4 font-semibold tracking-tight">
        Virt<span className="text-accent">Lab</span>
      </p>
      <h1 className="text-2xl font-semibold">Your saved lab cannot be opened</h1>
      <p className="mt-3">{why}</p>
      {status.detail && <p className="mt-1 font-mono text-sm text-muted">{status.detail}</p>}
      <p className="mt-3">You can keep a copy of the raw data, then start again from the built-in lab.</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => void downloadRaw()}>
          Download raw data
        </Button>
        <Button variant="danger" pending={reset.isPending} onClick={() => reset.mutate()}>
          Reset lab
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
