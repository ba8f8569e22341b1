import type { ReactNode } from 'react';
import { PageMessages } from '@/components/i18n/PageMessages';

/**
 * One prerendered page for every domain, per language: next.config.js rewrites
 * /hosts/<host>/domains/<name> to /hosts/_/domains/_, and the page reads the names from the URL
 * (docs/decisions/039). No server render per request and no page cached per name.
 */
export const generateStaticParams = () => [{ host: '_', name: '_' }];
export const dynamicParams = false;

export default async function DomainLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  return (
    <PageMessages page="domain" locale={(await params).locale}>
      {children}
    </PageMessages>
  );
}
