'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { ConsoleDrawer } from '@/components/console/ConsoleDrawer';
import { AppHeader } from './AppHeader';

/** Header, the page, and the console drawer (on every page but the console's own). */
export function AppShell({ children }: { children: ReactNode }) {
  const onConsolePage = usePathname() === '/console';
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-panel focus:p-2">
        Skip to content
      </a>
      <AppHeader />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-5 pb-24">{children}</main>
      {!onConsolePage && <ConsoleDrawer />}
    </div>
  );
}
