import { setRequestLocale } from 'next-intl/server';
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
 * before. No Suspense boundary around ComparePage: one made React stream it after the shell, shown
 * by a script a frame (or up to 300 ms) after the first paint, which had painted the explanations
 * where the controls go — and then pushed them down (CLS 0.29–0.39; decision 076).
 */
export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const lang = isLocale(locale) ? locale : routing.defaultLocale;
  setRequestLocale(lang);
  return (
    <PageMessages page="compare" locale={lang}>
      <div className="@container flex flex-col gap-4">
        <CompareHeader />
        <ComparePage />
        {/* Static text, rendered here on the server: the browser neither renders it at hydration nor
            again with the page's first results (decision 071). */}
        <ExplainPanel />
      </div>
    </PageMessages>
  );
}
