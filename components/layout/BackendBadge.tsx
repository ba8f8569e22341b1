'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { realBackend } from '@/lib/browser/backend';
import { LazyHint } from '@/components/ui/LazyHint';

const never = () => () => {};
const uriList = () => realBackend()?.join(', ') ?? null;
const onReal = () => realBackend() !== null;

/** realBackend() for a component: false in the static HTML and until hydration, then the cookie's answer. */
export function useRealBackend(): boolean {
  return useSyncExternalStore(never, onReal, () => false);
}

/**
 * Which libvirt the page drives, when it is a real one (VIRTLAB_LIBVIRT_URI): the URIs, in the
 * header of every page. Nothing on the mock lab, and nothing in the static HTML (read in the browser).
 * What that means shows on hover and on a tap, and screen readers read it with the badge.
 */
export function BackendBadge() {
  const t = useTranslations('nav');
  const uris = useSyncExternalStore(never, uriList, () => null);
  if (!uris) return null;
  return (
    <LazyHint tapShows content={<p>{t('realBackendHint')}</p>}>
      <p className="rounded-md border border-warn/60 px-2 py-0.5 text-xs">
        <span className="max-sm:sr-only">{t('realBackend')} </span>
        <code className="font-mono">{uris}</code>
        <span className="sr-only"> {t('realBackendHint')}</span>
      </p>
    </LazyHint>
  );
}
