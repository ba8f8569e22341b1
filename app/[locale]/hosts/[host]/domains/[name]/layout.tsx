import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { isLocale, routing } from '@/i18n/routing';

type Params = Promise<{ locale: string; host: string; name: string }>;
const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Each domain page names its domain and host in the window title (WCAG 2.4.2). */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, host, name } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : routing.defaultLocale, namespace: 'titles' });
  return { title: t('domain', { name: decode(name), host: decode(host) }) };
}

export default function DomainLayout({ children }: { children: ReactNode }) {
  return children;
}
