'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { Console } from '@/components/console/Console';

function ConsolePage() {
  const host = useSearchParams().get('host') ?? 'kvm1';
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-semibold">Console</h1>
      <p className="text-sm text-muted">
        A root shell on a lab host: <code>virsh</code>, <code>xm</code> and <code>xl</code> (Xen hosts), and{' '}
        <code>cat</code>, <code>ls</code>, <code>lsmod</code>, <code>grep</code>. It shares the lab with the buttons.
      </p>
      <Console key={host} initialHost={host} className="h-[68vh]" autoFocus />
    </div>
  );
}

export default function Page() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <ConsolePage />
    </Suspense>
  );
}
