import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PAGE_NAMESPACES, type PageWithMessages, pickMessages } from '@/i18n/page-messages';
import { isLocale, routing } from '@/i18n/routing';
import { MergeMessages } from './MergeMessages';

/**
 * A page's own messages (PAGE_NAMESPACES), added to the layout's for its client components. The
 * locale is the page's, given: the page is prerendered per language, never read from the request.
 */
export async function PageMessages({
  page,
  locale,
  children,
}: {
  page: PageWithMessages;
  locale: string;
  children: ReactNode;
}) {
  const lang = isLocale(locale) ? locale : routing.defaultLocale;
  const messages = pickMessages(await getMessages({ locale: lang }), PAGE_NAMESPACES[page]);
  return <MergeMessages messages={messages}>{children}</MergeMessages>;
}
