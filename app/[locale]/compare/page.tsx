import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import { titled } from '@/i18n/metadata';
import { isLocale, routing } from '@/i18n/routing';
import { PageMessages } from '@/components/i18n/PageMessages';
import { CompareHeader } from '@/components/compare/CompareHeader';
import { ComparePage } from '@/components/compare/ComparePage';
import { ExplainPanel } from '@/components/compare/ExplainPanel';

export const generateMetadata = titled('compare');

/**
 * Prerendered with the default parameters; those of the query string are read in the browser, in a
 * boundary of their own (components/ui/QueryString.tsx), so the controls hydrate rather than being
 * made again (decision 058). The container is the page's own, so its queries see the same width as
 * before.
 */
export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const lang = isLocale(locale) ? locale : routing.defaultLocale;
  setRequestLocale(lang);
  const t = await getTranslations({ locale: lang, namespace: 'compare' });
  return (
    <PageMessages page="compare" locale={lang}>
      <div className="@container flex flex-col gap-4">
        <CompareHeader />
        <Suspense
          fallback={
            <p role="status" className="text-muted">
              {t('loading')}
            </p>
          }
        >
          <ComparePage />
        </Suspense>
        {/* Static text, rendered here on the server: the browser neither renders it at hydration nor
            again with the page's first results (decision 071). */}
        <ExplainPanel />
      </div>
    </PageMessages>
  );
}
