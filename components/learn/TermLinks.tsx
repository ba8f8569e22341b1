import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';

/** The glossary terms a lesson teaches, each linking to its entry. */
export function TermLinks({ terms, className = '' }: { terms: { id: string; term: string }[]; className?: string }) {
  const t = useTranslations('lesson');
  if (!terms.length) return null;
  return (
    <ul aria-label={t('termLinks')} className={`flex flex-wrap gap-1.5 ${className}`}>
      {terms.map((term) => (
        <li key={term.id}>
          <Link
            href={paths.glossary(term.id)}
            className="inline-block rounded-full border border-line px-2 py-0.5 text-xs text-accent hover:bg-sunken"
          >
            {term.term}
          </Link>
        </li>
      ))}
    </ul>
  );
}
