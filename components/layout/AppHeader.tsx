'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { paths } from '@/lib/routes';
import { Link, usePathname } from '@/i18n/navigation';
import { usePrefetchLater } from '@/components/lab/use-prefetch-later';
import { BackendBadge, useRealBackend } from './BackendBadge';
import { HistoryControls } from './HistoryControls';
import { LabMenu } from './LabMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeToggle } from './ThemeToggle';

const nav = [
  { href: paths.overview(), label: 'overview' },
  { href: paths.console(), label: 'console' },
  { href: paths.compare(), label: 'compare' },
  { href: paths.learn(), label: 'learn' },
  { href: paths.drill(), label: 'drill' },
  { href: paths.glossary(), label: 'glossary' },
] as const;

/** The header's routes, prefetched after the lab has started rather than during the first load. */
const prefetched = nav.map((n) => n.href);

/** The section a path belongs to: /learn/<id> is under Learn. */
const current = (pathname: string, href: string) =>
  pathname === href || (href !== '/' && pathname.startsWith(`${href}/`));

export function AppHeader() {
  const t = useTranslations('nav');
  const pathname = usePathname();
  usePrefetchLater(prefetched);
  // From 1024 to 1280 px the tagline gives way and the gaps narrow, so the header is one row in
  // both languages (it wrapped at 1024 px). Below 768 px the links and the lab's controls fold into
  // one menu (in Japanese they took three rows of a phone's header): open on request, closed again
  // by going somewhere.
  const [menu, setMenu] = useState<string | null>(null);
  const menuOpen = menu === pathname;
  // Undo, history and the Lab menu (reset, latency, share) act on the simulated lab only: a real
  // libvirt has no such thing, so they are not offered there (decision 019).
  const real = useRealBackend();
  return (
    <header className="border-b border-line bg-panel">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2.5 md:gap-x-3 xl:gap-x-6">
        <Link href={paths.overview()} prefetch={false} className="font-semibold tracking-tight">
          Virt<span className="text-accent">Lab</span>
          <span className="ml-2 hidden text-xs font-normal text-muted sm:inline lg:hidden xl:inline">
            virsh · xl · xm
          </span>
        </Link>
        <button
          type="button"
          aria-expanded={menuOpen}
          aria-controls="main-nav header-controls"
          onClick={() => setMenu(menuOpen ? null : pathname)}
          className="ml-auto rounded-md border border-line px-2.5 py-1 text-sm md:hidden"
        >
          {t('menu')}
        </button>
        <nav
          id="main-nav"
          aria-label={t('label')}
          className={`flex flex-wrap gap-1 max-md:order-last max-md:basis-full max-md:flex-col ${menuOpen ? '' : 'max-md:hidden'}`}
        >
          {nav.map((n) => (
            <Link
              key={n.href}
              href={n.href}
              prefetch={false}
              aria-current={pathname === n.href ? 'page' : current(pathname, n.href) ? 'true' : undefined}
              className="whitespace-nowrap rounded-md px-2.5 py-1 text-sm lg:px-1.5 xl:px-2.5 hover:bg-sunken [&[aria-current]]:bg-sunken [&[aria-current]]:font-semibold"
            >
              {t(n.label)}
            </Link>
          ))}
        </nav>
        <div
          id="header-controls"
          className={`flex flex-wrap items-center gap-1 sm:gap-2 lg:gap-1.5 xl:gap-2 max-md:order-last max-md:basis-full md:ml-auto md:justify-end ${menuOpen ? '' : 'max-md:hidden'}`}
        >
          <BackendBadge />
          {!real && <HistoryControls />}
          {!real && <LabMenu />}
          <LanguageSwitch />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
