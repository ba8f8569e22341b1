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
      // A long word (a path, a name, a zod detail) wraps inside a phone-wide toast instead of running past it.
      toastOptions={{
        className: 'font-sans',
        classNames: { content: 'min-w-0', title: '[overflow-wrap:anywhere]', description: '[overflow-wrap:anywhere]' },
        closeButtonAriaLabel: t('closeToast'),
      }}
    />
  );
}
