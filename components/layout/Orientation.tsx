'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { openConsole } from '@/components/console/open-console';
import { realBackend } from '@/lib/browser/backend';
import { paths } from '@/lib/routes';
import { ORIENTED_KEY } from '@/lib/storage-keys';

const seen = () => {
  try {
    return localStorage.getItem(ORIENTED_KEY) !== null;
  } catch {
    return true; // storage blocked: showing it on every page would be worse than never
  }
};

/**
 * A first visit's orientation: where the lessons are and where commands are typed. Not a modal —
 * the lab is usable around it — and once dismissed it stays dismissed (localStorage). It is read
 * after hydration, so the prerendered page never shows it to someone who dismissed it.
 */
export function Orientation() {
  const t = useTranslations('orientation');
  const [show, setShow] = useState(false);
  // On real libvirt it would be wrong twice: no lab hosts there, and what is typed does touch a real machine.
  useEffect(() => setShow(!seen() && !realBackend()), []);
  if (!show) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(ORIENTED_KEY, new Date().toISOString());
    } catch {
      /* not remembered: it shows again next time */
    }
    setShow(false);
  };
  return (
    <section aria-labelledby="orientation-title" className="border-b border-line bg-sunken">
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-3 text-sm sm:flex-row sm:items-center sm:gap-4">
        <div className="min-w-0 flex-1">
          <h2 id="orientation-title" className="font-semibold">
            {t('title')}
          </h2>
          <p className="text-muted">{t('text')}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Link
            href={paths.learn()}
            onClick={dismiss}
            className="rounded-md bg-accent px-3 py-1.5 font-medium text-accent-fg hover:opacity-90"
          >
            {t('learn')}
          </Link>
          <button
            type="button"
            onClick={() => openConsole('kvm1')}
            className="rounded-md border border-line bg-panel px-3 py-1.5 font-medium hover:bg-panel/70"
          >
            {t('console')}
          </button>
          <button type="button" onClick={dismiss} className="px-2 py-1.5 text-accent underline underline-offset-2">
            {t('dismiss')}
          </button>
        </div>
      </div>
    </section>
  );
}
