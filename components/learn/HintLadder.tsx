'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { blankedLine } from '@/lib/lessons/blanks';
import type { StepOutline } from '@/lib/lessons/outline';
import { Inline } from './Prose';
import { StepSolution } from './StepSolution';
import { Command } from '@/components/ui/Command';

const RUNGS = ['showHint', 'showBlanks', 'showSolution'] as const;

const rung = 'flex flex-col gap-1.5 rounded-md border border-line px-2.5 py-2 text-sm';

/**
 * Help in three rungs, each shown on request: a hint that does not give the command away, the
 * command with its words to recall left blank, then the whole solution. The button stays where
 * it is and names the next rung, so focus stays on it.
 */
export function HintLadder({ step }: { step: StepOutline }) {
  const t = useTranslations('panel');
  const [shown, setShown] = useState(0);
  return (
    <div className="flex flex-col gap-2">
      {shown >= 1 && (
        <section aria-label={t('hint')} className={rung}>
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">{t('hint')}</h4>
          <p>
            <Inline text={step.hint} />
          </p>
        </section>
      )}
      {shown >= 2 && (
        <section aria-label={t('blanks')} className={rung}>
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">{t('blanks')}</h4>
          <Command line={blankedLine(step.command.line)} />
        </section>
      )}
      {shown >= 3 && (
        <section aria-label={t('solution')} className={rung}>
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">{t('solution')}</h4>
          <StepSolution step={step} />
        </section>
      )}
      {shown < RUNGS.length && (
        <button
          type="button"
          onClick={() => setShown((n) => n + 1)}
          className="self-start rounded-md border border-line px-2.5 py-1 text-sm font-medium hover:bg-sunken"
        >
          {t(RUNGS[shown])}
        </button>
      )}
    </div>
  );
}
