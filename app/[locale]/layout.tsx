import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { earlyWorkerScript } from '@/lib/browser/early-worker';
import { leaveFirstAnswers } from '@/lib/browser/first-answers-global';
import { FirstAnswersScript } from '@/lib/browser/first-answers-script';
import { firstPaintScript } from '@/lib/browser/first-paint';
import { orientedScript } from '@/lib/browser/orientation';
import { themeBootScript } from '@/lib/browser/theme';
import { loadFailedScript } from '@/components/ui/load-failed';
import { labWorkerStart } from '@/lib/server/lab-worker-start';
import { AppShell } from '@/components/layout/AppShell';
import { FrameBoundary } from '@/components/ui/FrameBoundary';
import { LAYOUT_NAMESPACES, pickMessages } from '@/i18n/page-messages';
import { routing } from '@/i18n/routing';
import { Providers } from '../providers';
import '../globals.css';

type Params = Promise<{ locale: string }>;

/** Both languages are prerendered: the language is in the path, never read from the request. */
export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'meta' });
  return { title: t('title'), description: t('description') };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: dark)', color: '#0d1117' },
    { media: '(prefers-color-scheme: light)', color: '#f7f8fa' },
  ],
};

export default async function RootLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // The lab worker's entry, named by its content (docs/decisions/047-…), started once the page has
  // painted (decision 064).
  const worker = labWorkerStart();
  // The built-in lab's answers inline after the early-worker script, written once (decision 091).
  leaveFirstAnswers(worker.answersText);
  const failed = await getTranslations({ locale, namespace: 'recovery.failed' });
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* biome-ignore-start lint/security/noDangerouslySetInnerHtml: our own inline boot scripts, built from constants, run before first paint */}
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
        <script
          dangerouslySetInnerHTML={{
            __html: earlyWorkerScript(worker.entry, worker.first, worker.answersText ? 'inline' : worker.answers),
          }}
        />
        <FirstAnswersScript />
        <script dangerouslySetInnerHTML={{ __html: firstPaintScript }} />
        <script dangerouslySetInnerHTML={{ __html: orientedScript }} />
        <script dangerouslySetInnerHTML={{ __html: loadFailedScript }} />
        {/* biome-ignore-end lint/security/noDangerouslySetInnerHtml: end of the boot scripts */}
        {/* No paint before the header is parsed whole: under a slow CPU Chrome painted a header
            whose links or controls were half parsed, and the rest then moved it (decision 076). */}
        <link rel="expect" href="#header-controls" blocking="render" />
      </head>
      <body className="min-h-screen antialiased">
        {/* Shown only by the inline loadFailedScript's mark: a chunk lost before the app started. */}
        <div id="load-failed" role="alert" aria-labelledby="load-failed-heading" className="mx-auto max-w-2xl p-8">
          <h1 id="load-failed-heading" className="text-2xl font-semibold">
            {failed('heading')}
          </h1>
          <p className="mt-3">{failed('body')}</p>
          <button
            type="button"
            data-reload
            className="mt-6 rounded-md border border-accent bg-accent px-3 py-1.5 text-sm font-medium text-accent-fg"
          >
            {failed('retry')}
          </button>
        </div>
        {/* The frame's messages; each page adds its own (i18n/page-messages.ts) */}
        <NextIntlClientProvider messages={pickMessages(await getMessages({ locale }), LAYOUT_NAMESPACES)}>
          {/* Around the providers too: the toaster (a lazy chunk) is theirs, beside the page. */}
          <FrameBoundary>
            <Providers>
              <AppShell>{children}</AppShell>
            </Providers>
          </FrameBoundary>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
