'use client';

import { useTranslations } from 'next-intl';
import type { Question } from '@/lib/drills/types';
import { typedAt } from '@/lib/shell/prompt';
import { AnswerForm } from './AnswerForm';
import { Feedback } from './Feedback';
import { QuestionPrompt } from './QuestionPrompt';
import type { Result } from './use-drill-session';
import { useTagLabel } from './use-tag-label';

interface Props {
  q: Question;
  /** Where the question is in the session; null for a missed one come back. */
  position: { n: number; of: number } | null;
  result: Result | null;
  ready: boolean;
  onAnswer: (text: string) => void;
  onNext: () => void;
}

export function QuestionCard({ q, position, result, ready, onAnswer, onNext }: Props) {
  const t = useTranslations('drill');
  const label = useTagLabel();
  return (
    <article aria-labelledby="drill-question" className="space-y-4 rounded-lg border border-line bg-panel p-4">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id="drill-question" className="text-lg font-semibold">
          {position ? t('position', position) : t('review')}
        </h2>
        <p className="text-xs text-muted">
          {t('difficulty', { level: q.difficulty })} · {q.tags.map(label).join(' · ')}
        </p>
      </header>
      <QuestionPrompt q={q} />
      {q.given.length > 0 && (
        <pre
          aria-label={t('given')}
          className="overflow-x-auto whitespace-pre-wrap rounded bg-sunken p-3 font-mono text-sm"
        >
          {q.given.map((s) => typedAt(s.host, s.line)).join('\n')}
        </pre>
      )}
      <AnswerForm q={q} disabled={!ready || result !== null} onAnswer={onAnswer} />
      {result && <Feedback q={q} result={result} onNext={onNext} />}
    </article>
  );
}
