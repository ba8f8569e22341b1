'use client';

import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore } from 'react';
import { Link } from '@/i18n/navigation';
import { openConsole } from '@/components/console/open-console';
import { dismissOrientation, oriented } from '@/lib/browser/orientation';
import { paths } from '@/lib/routes';

const never = () => () => {};

/**
 * A first visit's orientation: where the lessons are and where commands are typed. Not a modal —
 * the lab is usable around it — and once dismissed it stays dismissed (localStorage). Not on a
 * real libvirt: no lab hosts there, and what is typed does touch a real machine. It is in the
 * prerendered HTML (so it paints with the page and moves nothing); the inline script of
 * lib/browser/orientation.ts hides it before the first paint when it is not for this browser, and
 * once hydrated it is not rendered there at all.
 */
export function Orientation() {
  const t = useTranslations('orientation');
  const [dismissed, setDismissed] = useState(false);
  const hidden = useSyncExternalStore(never, oriented, () => false);
  if (hidden || dismissed) return null;
  const dismiss = () => {
    dismissOrientation();
    setDismissed(true);
  };
  return (
    <section aria-labelledby="orientation-title" className="orientation border-b border-line bg-sunken">
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
