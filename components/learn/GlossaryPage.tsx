'use client';

import Link from 'next/link';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { paths } from '@/lib/routes';
import { useLessons } from '@/lib/api/lessons';
import type { GlossaryTerm } from '@/lib/lessons/glossary';
import { domainTerms } from '@/lib/lessons/glossary/domains';
import { hypervisorTerms } from '@/lib/lessons/glossary/hypervisors';
import { migrationTerms } from '@/lib/lessons/glossary/migration';
import { networkingTerms } from '@/lib/lessons/glossary/networking';
import { resourceTerms } from '@/lib/lessons/glossary/resources';
import { toolTerms } from '@/lib/lessons/glossary/tools';
import { plainText } from '@/lib/lessons/markup';
import { pageLabel } from './page-label';
import { Prose } from './Prose';

const topics: { id: string; title: string; terms: GlossaryTerm[] }[] = [
  { id: 'topic-hypervisors', title: 'Hypervisors and virtualization', terms: hypervisorTerms },
  { id: 'topic-tools', title: 'Tools and daemons', terms: toolTerms },
  { id: 'topic-domains', title: 'Domains and their lifecycle', terms: domainTerms },
  { id: 'topic-resources', title: 'Memory and CPUs', terms: resourceTerms },
  { id: 'topic-migration', title: 'Migration', terms: migrationTerms },
  { id: 'topic-networking', title: 'Networking', terms: networkingTerms },
];
const termName = new Map(topics.flatMap((t) => t.terms).map((t) => [t.id, t.term]));
const link = 'text-accent underline underline-offset-2';

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

function Entry({ t, lessonTitle }: { t: GlossaryTerm; lessonTitle: (id: string) => string }) {
  return (
    <article
      id={t.id}
      aria-labelledby={`${t.id}-term`}
      className="scroll-mt-4 rounded-lg border border-line bg-panel p-4 target:border-accent target:ring-2 target:ring-accent"
    >
      <h3 id={`${t.id}-term`} className="text-base font-semibold">
        <a href={`#${t.id}`} className="hover:underline">
          {t.term}
        </a>
      </h3>
      {t.aka && t.aka.length > 0 && <p className="text-xs text-muted">Also: {t.aka.join(', ')}</p>}
      <Prose text={t.definition} className="mt-2 text-sm leading-relaxed" />
      <div className="mt-2 flex flex-col gap-1">
        <Links label="Lessons">
          {t.lessons.map((id) => (
            <Link key={id} href={paths.learn(id)} className={link}>
              {lessonTitle(id)}
            </Link>
          ))}
        </Links>
        <Links label="In the lab">
          {t.pages.map((p) => (
            <Link key={p} href={p} className={link}>
              {pageLabel(p)}
            </Link>
          ))}
        </Links>
        <Links label="See also">
          {(t.see ?? []).map((id) => (
            <a key={id} href={`#${id}`} className={link}>
              {termName.get(id) ?? id}
            </a>
          ))}
        </Links>
      </div>
    </article>
  );
}

const matches = (t: GlossaryTerm, q: string) =>
  !q || [t.term, ...(t.aka ?? []), plainText(t.definition)].some((s) => s.toLowerCase().includes(q));

/** /glossary: the study guide's terms by topic; each entry's anchor is its id. */
export function GlossaryPage() {
  const lessons = useLessons();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const q = query.trim().toLowerCase();
  const shown = useMemo(
    () => topics.map((t) => ({ ...t, terms: t.terms.filter((x) => matches(x, q)) })).filter((t) => t.terms.length),
    [q],
  );
  const count = shown.reduce((n, t) => n + t.terms.length, 0);
  const titles = new Map((lessons.data?.lessons ?? []).map((l) => [l.id, l.title]));
  // The page renders after the lab starts, too late for the browser's own jump to #term.
  useEffect(() => {
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, []);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold">Glossary</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          The virtualization terms of the study guide, each with the lessons that teach it and the lab pages that show
          it.
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={inputId} className="font-medium">
            Find a term
          </label>
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="e.g. HVM, balloon, -net user"
            className="w-72 rounded-md border border-line bg-panel px-2 py-1.5 text-fg"
          />
        </div>
        <nav aria-label="Topics" className="text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {shown.map((t) => (
              <li key={t.id}>
                <a href={`#${t.id}`} className={link}>
                  {t.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p role="status" className="text-sm text-muted">
        {q ? `${count} ${count === 1 ? 'term matches' : 'terms match'} “${query.trim()}”.` : `${count} terms.`}
      </p>
      {shown.map((topic) => (
        <section key={topic.id} aria-labelledby={topic.id} className="flex flex-col gap-3">
          <h2 id={topic.id} className="scroll-mt-4 text-lg font-semibold">
            {topic.title}
          </h2>
          <div className="grid gap-3 lg:grid-cols-2">
            {topic.terms.map((t) => (
              <Entry key={t.id} t={t} lessonTitle={(id) => titles.get(id) ?? id} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
