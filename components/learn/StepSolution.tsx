'use client';

import { useTranslations } from 'next-intl';
import { type StepOutline, stepDialects } from '@/lib/lessons/outline';
import { clickTexts } from '@/lib/actions/table';
import { untyped } from '@/lib/actions/form';
import { useActionLabel } from '@/components/actions/use-action-label';
import { Inline } from './Prose';
import { Command } from '@/components/ui/Command';

/**
 * The command in the three dialects: the step's own line, and what it says for the others. On a
 * KVM host xm and xl are not there: their lines are shown as what a Xen host would take, not as
 * something to type here.
 */
function Dialects({ step }: { step: StepOutline }) {
  const t = useTranslations('panel');
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
      {stepDialects(step).map(({ tool, equivalent, elsewhere }) => (
        <div key={tool} className="contents">
          <dt className="text-muted">{tool}</dt>
          <dd>
            {elsewhere && <span className="text-muted">{t('elsewhere', { host: step.command.host })} </span>}
            {'line' in equivalent ? (
              <Command line={equivalent.line} className={elsewhere ? 'text-muted' : ''} />
            ) : (
              <span className="text-muted">
                <Inline text={`none: ${equivalent.none}`} />
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The last rung of the hint ladder: the button and its values, or the line, in every dialect. */
export function StepSolution({ step }: { step: StepOutline }) {
  const t = useTranslations('panel');
  const label = useActionLabel();
  const values = clickTexts(step.ui, untyped(useTranslations()));
  return (
    <div className="flex flex-col gap-2">
      {step.ui && (
        <p className="text-sm">
          {t.rich(values.length > 0 ? 'pressWith' : 'press', {
            button: label(step.ui.action),
            values: values.join(', '),
            strong: (c) => <strong>{c}</strong>,
          })}
        </p>
      )}
      <Dialects step={step} />
    </div>
  );
}
