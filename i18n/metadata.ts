import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { Messages } from 'next-intl';
import { routing } from './routing';

type Params = Promise<{ locale: string }>;

/** A page's window title in its language (WCAG 2.4.2): `export const generateMetadata = titled('glossary')`. */
export const titled =
  (key: keyof Messages['titles']) =>
  async ({ params }: { params: Params }): Promise<Metadata> => {
    const { locale } = await params;
    if (!hasLocale(routing.locales, locale)) return {};
    const t = await getTranslations({ locale, namespace: 'titles' });
    return { title: t(key) };
  };
