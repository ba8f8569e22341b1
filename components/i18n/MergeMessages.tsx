'use client';

import { NextIntlClientProvider, useLocale, useMessages, useTimeZone } from 'next-intl';
import { type ReactNode, useMemo } from 'react';

/**
 * The layout's messages and a page's own, for the page: next-intl's providers replace their
 * parent's messages, so the page's provider is given both, joined here in the browser — the HTML
 * carries each namespace once (i18n/page-messages.ts).
 */
export function MergeMessages({ messages, children }: { messages: Record<string, unknown>; children: ReactNode }) {
  const outer = useMessages();
  const merged = useMemo(() => ({ ...outer, ...messages }), [outer, messages]);
  return (
    <NextIntlClientProvider locale={useLocale()} timeZone={useTimeZone()} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
