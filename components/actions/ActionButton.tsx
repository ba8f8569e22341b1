'use client';

import type { ArgsOf, UiActionId } from '@/lib/actions/args';
import { argvOf } from '@/lib/actions/table';
import type { ApiDomainSummary } from '@/lib/api/contract';
import type { ButtonProps } from '@/components/ui/Button';
import { HintButton } from '@/components/ui/HintButton';
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
 * transition table, or a migration job's lock); otherwise it stays focusable and says why
 * (HintButton: on hover, Tab focus and a tap). Its hint shows the command it runs in all three dialects.
 */
export function ActionButton<K extends UiActionId>({ domain, action, args, ...rest }: Props<K>) {
  const label = useActionLabel();
  const summary = useTranslations('actionSummary');
  const why = useActionWhyNot()(action, domain);
  const argv = argvOf(action, domain.name, args ?? ((PLACEHOLDER[action] ?? {}) as ArgsOf[K]));
  const hint = (
    <>
      {summary.has(action as 'start') && <p>{summary(action as 'start')}</p>}
      <Equivalents argv={argv} compact />
    </>
  );
  return (
    <HintButton disabledWhy={why} hint={hint} {...rest}>
      {label(action)}
    </HintButton>
  );
}
