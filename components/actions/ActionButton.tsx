'use client';

import { useId } from 'react';
import type { ArgsOf, UiActionId } from '@/lib/actions/args';
import { argvOf } from '@/lib/actions/table';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { transitionFor, type LifecycleAction } from '@/lib/sim/transitions';
import { Button, type ButtonProps } from '@/components/ui/Button';
import { Hint } from '@/components/ui/Hint';
import { Equivalents } from './Equivalents';
import { useActionLabel } from './use-action-label';

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
  const av = domain.actions[action];
  const t = transitionFor(action);
  const argv = argvOf(action, domain.name, PLACEHOLDER[action] ?? {});
  return (
    <>
      <Hint
        content={
          <div className="flex flex-col gap-2">
            {!av.allowed && <p className="font-medium text-danger">{av.why}</p>}
            <p>{t.summary}</p>
            <Equivalents argv={argv} compact />
          </div>
        }
      >
        <Button disabledWhy={av.allowed ? undefined : av.why} aria-describedby={av.allowed ? undefined : id} {...rest}>
          {label(action)}
        </Button>
      </Hint>
      {!av.allowed && (
        <span id={id} className="sr-only">
          {av.why}
        </span>
      )}
    </>
  );
}
