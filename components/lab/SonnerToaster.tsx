'use client';

import { useEffect } from 'react';
import { Toaster } from 'sonner';

/** sonner's Toaster, loaded lazily by Toasts.tsx; `onMount` runs once it listens for toasts. */
export default function SonnerToaster({ onMount }: { onMount: () => void }) {
  useEffect(onMount, [onMount]);
  // Above the console bar at the bottom of every page, so a toast never hides under it.
  const offset = { bottom: '4rem' };
  return (
    <Toaster
      richColors
      closeButton
      position="bottom-right"
      offset={offset}
      mobileOffset={offset}
      toastOptions={{ className: 'font-sans' }}
    />
  );
}
