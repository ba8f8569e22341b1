'use client';

import { useId } from 'react';
import type { ArgsOf, UiActionId } from '@/lib/actions/args';
import { argvOf } from '@/lib/actions/table';
import type { ApiDomainSummary } from '@/lib/api/contract';
import type { LifecycleAction } from '@/lib/sim/transitions';
import { Button, type ButtonProps } from '@/components/ui/Button';
import { Hint } from '@/components/ui/Hint';
import { Equivalents } from './Equivalents';
import { useActionLabel } from './use-action-label';
import { useWhyNot } from './use-why-not';
import { useTranslations } from 'next-intl';

/** What the tooltip's command shows for an argument the form asks for. */
const PLACEHOLDER: Partial<{ [K in UiActionId]: ArgsOf[K] }> = {
  save: { file: 'FILE' },
  restore: { file: 'FILE' },
  migrate: { target: 'DESTURI' },
};

interface Props extends Omit<ButtonProps, 'children'> {
  domain: ApiDomainSummary;
  action: LifecycleAction;
}

/**
 * A lifecycle button: enabled only when the transition table allows it; otherwise it stays
 * focusable and says why. Its tooltip shows the command it runs in all three dialects.
 */
export function ActionButton({ domain, action, ...rest }: Props) {
  const id = useId();
  const label = useActionLabel();
  const summary = useTranslations('actionSummary');
  const why = useWhyNot()(action, domain.actions[action]);
  const argv = argvOf(action, domain.name, PLACEHOLDER[action] ?? {});
  return (
    <>
      <Hint
        content={
          <div className="flex flex-col gap-2">
            {why && <p className="font-medium text-danger">{why}</p>}
            <p>{summary(action)}</p>
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
