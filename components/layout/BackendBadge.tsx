'use client';

import { useTranslations } from 'next-intl';
import { useId, useSyncExternalStore } from 'react';
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
 * A button that only says what that means (a toggletip): on hover, on Tab focus, on a tap or a click,
 * and to screen readers as its description — reachable by Tab as every other hint is.
 */
export function BackendBadge() {
  const t = useTranslations('nav');
  const uris = useSyncExternalStore(never, uriList, () => null);
  const id = useId();
  if (!uris) return null;
  return (
    <>
      <LazyHint tapShows repeatsDescription content={<p>{t('realBackendHint')}</p>}>
        <button
          type="button"
          aria-describedby={id}
          className="rounded-md border border-warn/60 px-2 py-0.5 text-left text-xs hover:bg-sunken"
        >
          <span className="max-sm:sr-only">{t('realBackend')} </span>
          <code className="font-mono">{uris}</code>
        </button>
      </LazyHint>
      <span id={id} className="sr-only">
        {t('realBackendHint')}
      </span>
    </>
  );
}
