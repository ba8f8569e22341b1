'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Toaster } from 'sonner';

/** sonner's Toaster, loaded lazily by Toasts.tsx; `onMount` runs once it listens for toasts. */
export default function SonnerToaster({ onMount }: { onMount: () => void }) {
  const t = useTranslations('shell');
  useEffect(onMount, [onMount]);
  // Above the console bar at the bottom of every page, so a toast never hides under it.
  const offset = { bottom: '4rem' };
  return (
    <Toaster
      richColors
      closeButton
      containerAriaLabel={t('notifications')}
      position="bottom-right"
      offset={offset}
      mobileOffset={offset}
      toastOptions={{ className: 'font-sans', closeButtonAriaLabel: t('closeToast') }}
    />
  );
}
