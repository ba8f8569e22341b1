import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';

/** The glossary terms a lesson teaches, each linking to its entry. */
export function TermLinks({ terms, className = '' }: { terms: { id: string; term: string }[]; className?: string }) {
  if (!terms.length) return null;
  return (
    <ul aria-label="Glossary terms" className={`flex flex-wrap gap-1.5 ${className}`}>
      {terms.map((t) => (
        <li key={t.id}>
          <Link
            href={paths.glossary(t.id)}
            className="inline-block rounded-full border border-line px-2 py-0.5 text-xs text-accent hover:bg-sunken"
          >
            {t.term}
          </Link>
        </li>
      ))}
    </ul>
  );
}
