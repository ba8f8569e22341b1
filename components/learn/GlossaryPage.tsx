'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useMemo, useState } from 'react';
import { useLessons } from '@/lib/api/lessons';
import { type GlossaryTerm, glossaryTerm } from '@/lib/lessons/glossary';
import { containerTerms } from '@/lib/lessons/glossary/containers';
import { domainTerms } from '@/lib/lessons/glossary/domains';
import { hypervisorTerms } from '@/lib/lessons/glossary/hypervisors';
import { migrationTerms } from '@/lib/lessons/glossary/migration';
import { networkingTerms } from '@/lib/lessons/glossary/networking';
import { platformTerms } from '@/lib/lessons/glossary/platform';
import { resourceTerms } from '@/lib/lessons/glossary/resources';
import { toolTerms } from '@/lib/lessons/glossary/tools';
import { termMatches, termText } from '@/lib/lessons/glossary-i18n';
import { lessonTitleIn } from '@/lib/lessons/i18n';
import { GlossaryEntry, link } from './GlossaryEntry';

const topics = [
  { id: 'topic-hypervisors', title: 'hypervisors', terms: hypervisorTerms },
  { id: 'topic-tools', title: 'tools', terms: toolTerms },
  { id: 'topic-platform', title: 'platform', terms: platformTerms },
  { id: 'topic-domains', title: 'domains', terms: domainTerms },
  { id: 'topic-resources', title: 'resources', terms: resourceTerms },
  { id: 'topic-migration', title: 'migration', terms: migrationTerms },
  { id: 'topic-networking', title: 'networking', terms: networkingTerms },
  { id: 'topic-containers', title: 'containers', terms: containerTerms },
] as const satisfies readonly { id: string; title: string; terms: GlossaryTerm[] }[];

/** /glossary: the study guide's terms by topic, in the page's language, found in either; anchors are ids. */
export function GlossaryPage() {
  const t = useTranslations('glossary');
  const locale = useLocale();
  const lessons = useLessons();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const q = query.trim();
  const shown = useMemo(
    () =>
      topics
        .map((x) => ({ ...x, terms: x.terms.filter((term) => termMatches(term, q)) }))
        .filter((x) => x.terms.length),
    [q],
  );
  const count = shown.reduce((n, x) => n + x.terms.length, 0);
  const titles = new Map((lessons.data?.lessons ?? []).map((l) => [l.id, l.title]));
  const lessonTitle = (id: string) => lessonTitleIn(locale, id, titles.get(id) ?? id);
  const termName = (id: string) => {
    const term = glossaryTerm(id);
    return term ? termText(term, locale).term : id;
  };
  // The page renders after the lab starts, too late for the browser's own jump to #term.
  useEffect(() => {
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, []);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">{t('intro')}</p>
      </div>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={inputId} className="font-medium">
            {t('find')}
          </label>
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('placeholder')}
            className="w-72 max-w-full rounded-md border border-line bg-panel px-2 py-1.5 text-fg"
          />
        </div>
        <nav aria-label={t('topics')} className="text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {shown.map((x) => (
              <li key={x.id}>
                <a href={`#${x.id}`} className={link}>
                  {t(`topic.${x.title}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p role="status" className="text-sm text-muted">
        {q ? t('matching', { count, query: q }) : t('count', { count })}
      </p>
      {shown.map((topic) => (
        <section key={topic.id} aria-labelledby={topic.id} className="flex flex-col gap-3">
          <h2 id={topic.id} className="scroll-mt-4 text-lg font-semibold">
            {t(`topic.${topic.title}`)}
          </h2>
          <div className="grid gap-3 lg:grid-cols-2">
            {topic.terms.map((term) => (
              <GlossaryEntry key={term.id} t={term} lessonTitle={lessonTitle} termName={termName} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
