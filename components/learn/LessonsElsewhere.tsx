'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { realBackend } from '@/lib/browser/backend';

const never = () => () => {};
const uriList = () => realBackend()?.join(', ') ?? '';

/**
 * On a real libvirt backend: why the lessons are listed but not started here (each replaces the lab
 * with its own world), and where they run — the simulated lab, linked when the server was told where.
 */
export function LessonsElsewhere({ simulatorUrl }: { simulatorUrl: string | null }) {
  const t = useTranslations('learn.elsewhere');
  const uris = useSyncExternalStore(never, uriList, () => '');
  const code = (c: React.ReactNode) => <code>{c}</code>;
  return (
    <section aria-labelledby="lessons-elsewhere" className="max-w-3xl rounded-lg border border-warn/60 bg-panel p-4">
      <h2 id="lessons-elsewhere" className="font-semibold">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm">{t.rich('why', { uris, code })}</p>
      <p className="mt-2 text-sm">
        {simulatorUrl ? (
          <a href={simulatorUrl} className="font-medium text-accent underline underline-offset-2">
            {t('open')}
          </a>
        ) : (
          t.rich('how', { code })
        )}
      </p>
    </section>
  );
}
