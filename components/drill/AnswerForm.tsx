'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { Question } from '@/lib/drills/types';
import { Button } from '@/components/ui/Button';
import { HintButton } from '@/components/ui/HintButton';
import { DrillOutput } from './DrillOutput';

/**
 * Choose one of the choices, or (where the question allows) type the answer: a command is right
 * when the simulator says it does the same, a number when it is within ±10 %.
 */
export function AnswerForm({
  q,
  disabled,
  onAnswer,
}: {
  q: Question;
  disabled: boolean;
  onAnswer: (a: string) => void;
}) {
  const t = useTranslations('drill');
  const [typing, setTyping] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const id = useId();
  const answer = typing ? typed : (chosen ?? '');
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (answer.trim()) onAnswer(answer);
      }}
    >
      {typing && q.typed ? (
        <label className="block text-sm">
          {t(`typed.${q.typed}`)}
          <input
            value={typed}
            disabled={disabled}
            onChange={(e) => setTyped(e.target.value)}
            className="mt-1 w-full rounded border border-line bg-sunken px-2 py-1 font-mono text-sm"
            autoComplete="off"
            spellCheck={false}
          />
        </label>
      ) : (
        <fieldset>
          <legend className="sr-only">{t('choices')}</legend>
          <div className="space-y-2">
            {q.choices.map((c, i) => (
              <label
                key={c}
                className="flex cursor-pointer items-start gap-2 rounded border border-line p-2 has-[:checked]:border-accent has-[:checked]:bg-sunken"
              >
                <input
                  type="radio"
                  name={id}
                  value={c}
                  checked={chosen === c}
                  disabled={disabled}
                  onChange={() => setChosen(c)}
                  className="mt-1"
                  aria-label={t('choice', { n: i + 1 })}
                  aria-describedby={`${id}-${i}`}
                />
                <pre id={`${id}-${i}`} className="min-w-0 overflow-x-auto whitespace-pre-wrap font-mono text-sm">
                  <DrillOutput kind={q.kind} text={c} />
                </pre>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex flex-wrap gap-2">
        {/* Why it cannot be checked yet shows on hover, Tab focus and a tap (its tooltip's code on first use). */}
        <HintButton
          type="submit"
          variant="primary"
          disabled={disabled}
          disabledWhy={!disabled && !answer.trim() ? t(typing ? 'typeFirst' : 'chooseFirst') : undefined}
        >
          {t('check')}
        </HintButton>
        {q.typed && (
          <Button type="button" disabled={disabled} aria-pressed={typing} onClick={() => setTyping(!typing)}>
            {t('typeInstead')}
          </Button>
        )}
      </div>
    </form>
  );
}
