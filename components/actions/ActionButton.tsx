'use client';

import { useId } from 'react';
import type { ApiDomainSummary, DomainAction } from '@/lib/api/contract';
import { virshArgv } from '@/lib/api/commands';
import { uiActions } from '@/lib/actions/table';
import { transitionFor, type LifecycleAction } from '@/lib/sim/transitions';
import { Button, type ButtonProps } from '@/components/ui/Button';
import { Hint } from '@/components/ui/Hint';
import { Equivalents } from './Equivalents';

interface Props extends Omit<ButtonProps, 'children'> {
  domain: ApiDomainSummary;
  action: LifecycleAction & DomainAction;
}

/**
 * A lifecycle button: enabled only when the transition table allows it; otherwise it stays
 * focusable and says why. Its tooltip shows the command it runs in all three dialects.
 */
export function ActionButton({ domain, action, ...rest }: Props) {
  const id = useId();
  const av = domain.actions[action];
  const t = transitionFor(action);
  const argv = virshArgv(action, domain.name, action === 'save' || action === 'restore' ? { file: 'FILE' } : {});
  return (
    <>
      <Hint
        content={
          <div className="flex flex-col gap-2">
            {!av.allowed && <p className="font-medium text-danger">{av.why}</p>}
            <p>{t.summary}</p>
            <Equivalents argv={argv.ok ? argv.argv : null} compact />
          </div>
        }
      >
        <Button disabledWhy={av.allowed ? undefined : av.why} aria-describedby={av.allowed ? undefined : id} {...rest}>
          {uiActions[action].label}
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
