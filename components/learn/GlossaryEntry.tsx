'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { paths } from '@/lib/routes';
import { Link } from '@/i18n/navigation';
import type { GlossaryTerm } from '@/lib/lessons/glossary';
import { termText } from '@/lib/lessons/glossary-i18n';
import { usePageLabel } from './page-label';
import { Prose } from './Prose';

export const link = 'text-accent underline underline-offset-2';

function Links({ label, children }: { label: string; children: ReactNode[] }) {
  if (!children.length) return null;
  return (
    <p className="text-sm">
      <span className="text-muted">{label}: </span>
      {children.map((c, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          {c}
        </span>
      ))}
    </p>
  );
}

/** One term: its name and definition in the page's language, and where the lab shows it. */
export function GlossaryEntry({
  t,
  lessonTitle,
  termName,
}: {
  t: GlossaryTerm;
  lessonTitle: (id: string) => string;
  termName: (id: string) => string;
}) {
  const tr = useTranslations('glossary');
  const pageLabel = usePageLabel();
  const text = termText(t, useLocale());
  return (
    // Written by hand in both languages (lib/glossary): English proper nouns and tool messages are its own.
    <article
      data-content="glossary"
      id={t.id}
      aria-labelledby={`${t.id}-term`}
      className="scroll-mt-4 rounded-lg border border-line bg-panel p-4 target:border-accent target:ring-2 target:ring-accent"
    >
      <h3 id={`${t.id}-term`} className="text-base font-semibold">
        <a href={`#${t.id}`} className="hover:underline">
          {text.term}
        </a>
      </h3>
      {text.aka && text.aka.length > 0 && (
        <p className="text-xs text-muted">
          {tr('aka')}: {text.aka.join(', ')}
        </p>
      )}
      <Prose text={text.definition} className="mt-2 text-sm leading-relaxed" />
      <div className="mt-2 flex flex-col gap-1">
        <Links label={tr('lessons')}>
          {t.lessons.map((id) => (
            <Link key={id} href={paths.learn(id)} className={link}>
              {lessonTitle(id)}
            </Link>
          ))}
        </Links>
        <Links label={tr('inTheLab')}>
          {t.pages.map((p) => (
            <Link key={p} href={p} className={link}>
              {pageLabel(p)}
            </Link>
          ))}
        </Links>
        <Links label={tr('seeAlso')}>
          {(t.see ?? []).map((id) => (
            <a key={id} href={`#${id}`} className={link}>
              {termName(id)}
            </a>
          ))}
        </Links>
      </div>
    </article>
  );
}
