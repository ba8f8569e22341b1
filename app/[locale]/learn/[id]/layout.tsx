import type { ReactNode } from 'react';
import { PageMessages } from '@/components/i18n/PageMessages';
import { titled } from '@/i18n/metadata';

/**
 * One prerendered page for every lesson, per language — built-in or imported (a lesson file,
 * decision 028): next.config.js rewrites /learn/<id> to /learn/_, and the page reads the id from
 * the URL and names the lesson in the window title once it has it (docs/decisions/039).
 */
export const generateStaticParams = () => [{ id: '_' }];
export const dynamicParams = false;
export const generateMetadata = titled('lessonUnknown');

export default async function LessonLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  return (
    <PageMessages page="lesson" locale={(await params).locale}>
      {children}
    </PageMessages>
  );
}
