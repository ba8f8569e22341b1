'use client';

import { unstable_rethrow } from 'next/navigation';
import { Component, type ReactNode } from 'react';
import { ErrorScreen } from './ErrorScreen';

/**
 * The frame's error boundary (the layout's, around the header, the drawers and the page): a lazily loaded
 * part of the frame that fails (the toaster, the lesson panel, the history list… — React.lazy throws its
 * chunk's failure into the render) showed a BLANK page, there being no boundary above the layout but Next's
 * bare global one. Now it shows ErrorScreen. A page's own failures stop earlier, at app/[locale]/error.tsx,
 * which keeps the frame. Next's own control-flow throws (notFound, redirect) pass through.
 */
export class FrameBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidMount() {
    // React runs: its boundaries speak from now on, not the static screen (components/ui/load-failed.ts).
    document.documentElement.setAttribute('data-started', '');
    document.documentElement.removeAttribute('data-chunk-failed');
  }

  componentDidCatch(error: unknown) {
    console.error('The page could not be shown', error);
  }

  render() {
    if (this.state.error === null) return this.props.children;
    unstable_rethrow(this.state.error);
    return (
      <main>
        <ErrorScreen />
      </main>
    );
  }
}
