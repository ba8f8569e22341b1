import { useTranslations } from 'next-intl';

/** A route of the app as a link text: '/' is the Overview, a domain page names its domain and host. */
export function usePageLabel(): (path: string) => string {
  const t = useTranslations('pages');
  return (path) => {
    const fixed = {
      '/': 'overview',
      '/console': 'console',
      '/compare': 'compare',
      '/learn': 'learn',
      '/glossary': 'glossary',
    } as const;
    if (path in fixed) return t(fixed[path as keyof typeof fixed]);
    const m = /^\/hosts\/([^/]+)\/domains\/([^/]+)$/.exec(path);
    return m ? t('domain', { name: decodeURIComponent(m[2]), host: decodeURIComponent(m[1]) }) : path;
  };
}
