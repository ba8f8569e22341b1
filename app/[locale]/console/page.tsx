'use client';

import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Suspense } from 'react';
import { Console } from '@/components/console/Console';

function ConsolePage() {
  const t = useTranslations('console');
  const host = useSearchParams().get('host') ?? 'kvm1';
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="text-sm text-muted">{t.rich('intro', { code: (c) => <code>{c}</code> })}</p>
      <Console key={host} initialHost={host} className="h-[68vh]" autoFocus />
    </div>
  );
}

function Loading() {
  return <p role="status">{useTranslations('console')('loading')}</p>;
}

export default function Page() {
  return (
    <Suspense fallback={<Loading />}>
      <ConsolePage />
    </Suspense>
  );
}
