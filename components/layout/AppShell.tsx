'use client';

import { usePathname } from '@/i18n/navigation';
import { useTranslations } from 'next-intl';
import { lazy, type ReactNode, Suspense } from 'react';
import { ConsoleDrawer } from '@/components/console/ConsoleDrawer';
import { loadLessonPanel } from '@/components/learn/load-lesson-panel';
import { useWarmChunks } from '@/components/lab/warm-chunks';
import { useLessons } from '@/lib/api/lessons';
import { paths } from '@/lib/routes';
import { AppHeader } from './AppHeader';
import { OfflineNotice } from './OfflineNotice';
import { Orientation } from './Orientation';

// Loaded only while a lesson runs, so the lab's first load does not carry it. React's lazy, not
// next/dynamic: the server never renders it (no lesson runs there), and next/dynamic's loader was
// ~4 KB of every page's first load (docs/decisions/081-…).
const LessonPanel = lazy(loadLessonPanel);

/**
 * Header, the page, and the console drawer (on every page but the console's own). While a lesson
 * runs its panel sits beside the page (below 1024 px: above it); the drawer leaves it room.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const t = useTranslations('shell');
  const onConsolePage = usePathname() === paths.console();
  const lesson = useLessons().data?.active ?? null;
  useWarmChunks();
  return (
    <div
      className={`flex min-h-screen flex-col ${lesson ? 'lg:[--lesson-aside:20rem] 2xl:[--lesson-aside:24rem]' : ''}`}
    >
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-panel focus:p-2"
      >
        {t('skip')}
      </a>
      <AppHeader />
      <Orientation />
      <OfflineNotice />
      <div className="flex flex-1 flex-col lg:flex-row">
        <main id="main" className="mx-auto w-full min-w-0 max-w-7xl flex-1 px-4 py-5 pb-24">
          {children}
        </main>
        {lesson && (
          <Suspense>
            <LessonPanel key={lesson} id={lesson} className="max-lg:order-first" />
          </Suspense>
        )}
      </div>
      {!onConsolePage && <ConsoleDrawer />}
    </div>
  );
}
