'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Question } from '@/lib/drills/types';

const code = (chunks: ReactNode) => <code className="rounded bg-sunken px-1 font-mono text-[0.9em]">{chunks}</code>;

/** The question's text in the page's language; commands, names and outputs stay as they are. */
export function QuestionPrompt({ q }: { q: Question }) {
  const t = useTranslations('drill.kind');
  return <p className="leading-relaxed">{t.rich(`${q.kind}.prompt`, { ...q.values, code })}</p>;
}

/** Why the right answer is right, in the page's language. */
export function Explanation({ q }: { q: Question }) {
  const t = useTranslations('drill.kind');
  return (
    <p className="leading-relaxed">{t.rich(`${q.kind}.explain`, { ...q.values, ...q.explanation.values, code })}</p>
  );
}
