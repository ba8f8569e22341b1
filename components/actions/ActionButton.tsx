'use client';

import { useId } from 'react';
import type { ArgsOf, UiActionId } from '@/lib/actions/args';
import { argvOf } from '@/lib/actions/table';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { Button, type ButtonProps } from '@/components/ui/Button';
import { Hint } from '@/components/ui/Hint';
import { Equivalents } from './Equivalents';
import { useActionLabel } from './use-action-label';
import { useActionWhyNot } from './use-why-not';
import { useTranslations } from 'next-intl';

/** What the tooltip's command shows for an argument the form asks for. */
const PLACEHOLDER: Partial<{ [K in UiActionId]: ArgsOf[K] }> = {
  save: { file: 'FILE' },
  restore: { file: 'FILE' },
  migrate: { target: 'DESTURI' },
  domrename: { newName: 'NEW-NAME' },
};

interface Props<K extends UiActionId> extends Omit<ButtonProps, 'children'> {
  domain: ApiDomainSummary;
  action: K;
  /** A form's arguments as they stand, for the tooltip's command (else the placeholders above). */
  args?: ArgsOf[K];
}

/**
 * A button of the action table: enabled only when its row may run now (useActionWhyNot: the
 * transition table, or a migration job's lock); otherwise it stays focusable and says why. Its
 * tooltip shows the command it runs in all three dialects.
 */
export function ActionButton<K extends UiActionId>({ domain, action, args, ...rest }: Props<K>) {
  const id = useId();
  const label = useActionLabel();
  const summary = useTranslations('actionSummary');
  const why = useActionWhyNot()(action, domain);
  const argv = argvOf(action, domain.name, args ?? ((PLACEHOLDER[action] ?? {}) as ArgsOf[K]));
  return (
    <>
      <Hint
        tapShows={!!why}
        content={
          <div className="flex flex-col gap-2">
            {why && <p className="font-medium text-danger">{why}</p>}
            {summary.has(action as 'start') && <p>{summary(action as 'start')}</p>}
            <Equivalents argv={argv} compact />
          </div>
        }
      >
        <Button disabledWhy={why} aria-describedby={why ? id : undefined} {...rest}>
          {label(action)}
        </Button>
      </Hint>
      {why && (
        <span id={id} className="sr-only">
          {why}
        </span>
      )}
    </>
  );
}
