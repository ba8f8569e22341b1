'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ApiDomain } from '@/lib/api/contract';
import { oneClickActions, uiActions } from '@/lib/actions/table';
import { untyped } from '@/lib/actions/form';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { SaveDialog } from '@/components/forms/SaveDialog';
import { RestoreDialog } from '@/components/forms/RestoreDialog';
import { RenameDialog } from '@/components/forms/RenameDialog';
import { ActionButton } from '@/components/actions/ActionButton';
import { MigrateSlot } from './MigrateSlot';
import type { DomainCommand } from '@/components/actions/use-domain-command';

/** Every lifecycle action of the transition table, as buttons. */
export function ActionBar({ domain, cmd }: { domain: ApiDomain; cmd: DomainCommand }) {
  const [confirmUndefine, setConfirmUndefine] = useState(false);
  const t = useTranslations('forms');
  const words = untyped(useTranslations());
  return (
    <div role="group" aria-label={t('lifecycleActions')} className="flex flex-wrap gap-2">
      {oneClickActions.map((a) => (
        <ActionButton
          key={a}
          domain={domain}
          action={a}
          pending={cmd.pending === a}
          variant={uiActions[a].tone}
          onClick={() => cmd.run(a)}
        />
      ))}
      <SaveDialog domain={domain} cmd={cmd} />
      <RestoreDialog domain={domain} cmd={cmd} />
      <ActionButton
        domain={domain}
        action="undefine"
        variant={uiActions.undefine.tone}
        pending={cmd.pending === 'undefine'}
        onClick={() => setConfirmUndefine(true)}
      />
      <RenameDialog domain={domain} cmd={cmd} />
      <MigrateSlot domain={domain} onCommand={cmd.show} />
      <ConfirmDialog
        open={confirmUndefine}
        onOpenChange={setConfirmUndefine}
        title={t('undefine.title', { name: domain.name })}
        description={t(domain.state === 'shut off' ? 'undefine.shutOff' : 'undefine.running')}
        confirmLabel={words(uiActions.undefine.submit)}
        pending={cmd.pending === 'undefine'}
        onConfirm={() => cmd.run('undefine', {}, () => setConfirmUndefine(false))}
      />
    </div>
  );
}
