import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { lessonText } from '@/lib/lessons/i18n';
import { lessonById } from '@/lib/lessons/registry';
import { isLocale, routing } from '@/i18n/routing';

type Params = Promise<{ locale: string; id: string }>;

/** Each lesson names itself in the window title (WCAG 2.4.2). */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const lang = isLocale(locale) ? locale : routing.defaultLocale;
  const t = await getTranslations({ locale: lang, namespace: 'titles' });
  const lesson = lessonById(id);
  if (!lesson) return { title: t('lessonUnknown') };
  return { title: t('lesson', { title: lessonText(lesson, lang).title }) };
}

export default function LessonLayout({ children }: { children: ReactNode }) {
  return children;
}
