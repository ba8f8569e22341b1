'use client';

import { useEffect } from 'react';
import { Toaster } from 'sonner';

/** sonner's Toaster, loaded lazily by Toasts.tsx; `onMount` runs once it listens for toasts. */
export default function SonnerToaster({ onMount }: { onMount: () => void }) {
  useEffect(onMount, [onMount]);
  return <Toaster richColors closeButton position="bottom-right" toastOptions={{ className: 'font-sans' }} />;
}
