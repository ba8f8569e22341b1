'use client';

import { useEffect } from 'react';
import { ErrorScreen } from '@/components/ui/ErrorScreen';

/**
 * A page that failed to load or render (its own chunk, or a lazily loaded part of it the network lost)
 * shows our error screen inside the frame, with a retry — never a blank page. The frame's own failures
 * are the layout's FrameBoundary's.
 */
export default function PageError({ error }: { error: Error & { digest?: string } }) {
  useEffect(() => console.error('The page could not be shown', error), [error]);
  return <ErrorScreen />;
}
