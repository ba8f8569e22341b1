import type { ReactNode } from 'react';

/**
 * One prerendered page for every domain, per language: next.config.js rewrites
 * /hosts/<host>/domains/<name> to /hosts/_/domains/_, and the page reads the names from the URL
 * (docs/decisions/039). No server render per request and no page cached per name.
 */
export const generateStaticParams = () => [{ host: '_', name: '_' }];
export const dynamicParams = false;

export default function DomainLayout({ children }: { children: ReactNode }) {
  return children;
}
