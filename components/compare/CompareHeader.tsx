import { useTranslations } from 'next-intl';

/**
 * The page's heading and introduction: a server component, so they are in the prerendered HTML and
 * paint at once (the controls and results below read the query string, which only the browser has).
 */
export function CompareHeader() {
  const t = useTranslations('compare');
  return (
    <header>
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="mt-1 max-w-3xl text-sm text-muted">{t('intro')}</p>
    </header>
  );
}
