'use client';

import { useLocale } from 'next-intl';
import { useEffect } from 'react';
import { loadConsole } from '@/components/console/ConsoleDrawer';
import { loadLessonPanel } from '@/components/learn/load-lesson-panel';
import { loadLabMenu } from '@/components/layout/LabMenu';
import { loadRowActionsMenu } from '@/components/overview/load-row-actions-menu';
import { loadShellTools } from '@/lib/browser/shell-tools';
import { loadVirshJa } from '@/lib/browser/tool-output';
import { lazyChunkList } from './lazy-chunk-list';

/**
 * The chunks a click can ask for (the console, its completion and help, the menus, the dialogs, the
 * lesson panel, virsh's Japanese catalogue). Each loads on first use to keep the first load light; once
 * the page is idle they are all fetched, one per idle period, so a click that works online works with
 * the network gone too (docs/decisions/046-…): immutable chunks stay in the HTTP cache, which the
 * browser serves offline. They are fetched, not evaluated: evaluating them (the shell tools alone,
 * 30–43 ms of CPU in one task) put long tasks into every page's load for code no click had asked for
 * yet (docs/decisions/048-…). The build lists them (scripts/list-lazy-chunks.mjs); under `next dev`,
 * which has no list of its own (lazy-chunk-list.ts), the loaders run instead. The lab's worker does the same with its own chunks.
 */
const everyPage = [loadConsole, loadShellTools, loadLabMenu, loadRowActionsMenu, loadLessonPanel];

/** Into the HTTP cache, read to the end, never run. */
const fetchOnly = (url: string) => () => fetch(url, { priority: 'low' }).then((r) => r.arrayBuffer());

const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 200);

export function warmChunks(loaders: (() => Promise<unknown>)[]): Promise<void> {
  return loaders.reduce<Promise<void>>(
    (previous, load) =>
      previous.then(
        () =>
          new Promise<void>((done) =>
            whenIdle(
              () =>
                void load().then(
                  () => done(),
                  () => done(),
                ),
            ),
          ),
      ),
    Promise.resolve(),
  );
}

/** Starts warming once the page has loaded. */
export function useWarmChunks() {
  const japanese = useLocale() === 'ja';
  useEffect(() => {
    const loaders = japanese ? [...everyPage, loadVirshJa] : everyPage;
    const start = () =>
      void lazyChunkList()
        .then((list) => warmChunks(list ? list.map(fetchOnly) : loaders))
        .then(() => performance.mark('virtlab:chunks-warm'));
    // A task of its own, not among the effects of hydration (its first fetch costs a few ms).
    const later = () => setTimeout(start, 0);
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (document.readyState === 'complete') timer = later();
    else addEventListener('load', start, { once: true });
    return () => {
      clearTimeout(timer);
      removeEventListener('load', start);
    };
  }, [japanese]);
}
