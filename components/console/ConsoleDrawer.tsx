'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { paths } from '@/lib/routes';
import { useOpenConsoleRequests } from './open-console';
import { useOpenReturningFocus } from './use-return-focus';

// The console loads when the drawer first opens (or is about to), not with every page.
export const loadConsole = () => import('./Console');
const Console = lazy(() => loadConsole().then((m) => ({ default: m.Console })));

/** The console on every page: a drawer at the bottom, toggled by its button or Ctrl+`. */
export function ConsoleDrawer() {
  const t = useTranslations('console');
  const [open, setOpen] = useOpenReturningFocus('console-drawer');
  const pathname = usePathname();
  // A host asked for by the lesson panel wins over the page's own until the page changes.
  const [asked, setAsked] = useState<{ host: string; on: string } | null>(null);
  const pageHost = /^\/hosts\/([^/]+)/.exec(pathname)?.[1];
  const host = asked?.on === pathname ? encodeURIComponent(asked.host) : pageHost;
  useOpenConsoleRequests(
    useCallback(
      (h: string) => {
        setAsked({ host: h, on: pathname });
        setOpen(true);
        // A console already open on that host keeps its input: focus it (a new one autofocuses).
        setTimeout(() => document.getElementById(`console-input-${h}`)?.focus(), 0);
      },
      [pathname, setOpen],
    ),
  );
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.ctrlKey && e.key === '`') {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setOpen]);
  return (
    <>
      {/* Keeps the end of the page reachable above the open drawer. */}
      {open && <div aria-hidden className="h-[42vh] shrink-0" />}
      <aside
        aria-label={t('drawer')}
        className="fixed bottom-0 left-0 right-[var(--lesson-aside,0px)] z-30 border-t border-line bg-panel shadow-[0_-4px_16px_rgba(0,0,0,0.15)]"
      >
        {/* As tall as it will be (the button's 30 px + 12) before its content is parsed: a first paint
            of a half-parsed bar grew it upwards, a layout shift (decision 076). */}
        <div className="mx-auto flex min-h-[2.625rem] max-w-7xl items-center gap-3 px-4 py-1.5">
          <button
            type="button"
            aria-expanded={open}
            aria-controls="console-drawer"
            onClick={() => setOpen((o) => !o)}
            onPointerEnter={() => void loadConsole()}
            onFocus={() => void loadConsole()}
            className="whitespace-nowrap rounded-md border border-line px-2.5 py-1 text-sm font-medium hover:bg-sunken"
          >
            {open ? t('hide') : t('show')}
          </button>
          {/* A phone has no Ctrl key, and the hint would push the bar to two rows (its words broken). */}
          <span className="hidden whitespace-nowrap text-xs text-muted sm:inline">{t('toggles')}</span>
          <Link
            href={paths.console(host ? decodeURIComponent(host) : undefined)}
            prefetch={false}
            className="ml-auto whitespace-nowrap text-sm text-accent underline-offset-2 hover:underline"
          >
            {t('openFull')}
          </Link>
        </div>
        {open && (
          <div id="console-drawer" className="mx-auto max-w-7xl px-4 pb-3">
            <Suspense
              fallback={
                <p role="status" className="h-[38vh] text-sm text-muted">
                  {t('loading')}
                </p>
              }
            >
              <Console
                key={host ?? 'default'}
                initialHost={host ? decodeURIComponent(host) : 'kvm1'}
                className="h-[38vh]"
                autoFocus
              />
            </Suspense>
          </div>
        )}
      </aside>
    </>
  );
}
