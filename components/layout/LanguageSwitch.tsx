'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { MouseEvent } from 'react';
import { Link, usePathname, useRouter } from '@/i18n/navigation';

/**
 * The other language, as a link to this page in it. A click keeps the query and the fragment
 * (filters, a glossary term) and remembers the choice in the locale cookie, so `/` stays English
 * for a Japanese browser that chose English (and the other way round).
 */
export function LanguageSwitch() {
  const t = useTranslations('language');
  const locale = useLocale();
  const other = locale === 'ja' ? 'en' : 'ja';
  const pathname = usePathname();
  const router = useRouter();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    router.replace(`${pathname}${window.location.search}${window.location.hash}`, { locale: other });
  };
  return (
    <Link
      href={pathname}
      locale={other}
      prefetch={false}
      hrefLang={other}
      lang={other}
      aria-label={t('switchLabel')}
      onClick={onClick}
      className="rounded-md border border-line px-2.5 py-1 text-sm hover:bg-sunken"
    >
      {t('switchTo')}
    </Link>
  );
}
