import { defineRouting } from 'next-intl/routing';

/**
 * English at the unprefixed paths, Japanese under /ja (docs/decisions/015-i18n-routing.md): every
 * page of both languages is prerendered as before, and a first visit is redirected by the proxy to
 * the browser's language, which a cookie then remembers.
 */
export const routing = defineRouting({
  locales: ['en', 'ja'],
  defaultLocale: 'en',
  localePrefix: 'as-needed',
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
});

export type Locale = (typeof routing.locales)[number];

export const isLocale = (s: string | undefined): s is Locale => routing.locales.includes(s as Locale);

/** A path of the app (`paths.*`) as the given language spells it: `/ja/glossary`, `/glossary`. */
export function localePath(locale: Locale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === '/'
    ? `/${locale}`
    : path.startsWith('/?') || path.startsWith('/#')
      ? `/${locale}${path.slice(1)}`
      : `/${locale}${path}`;
}
