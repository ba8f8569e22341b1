'use client';

import { useState } from 'react';
import type { ApiDomain } from '@/lib/api/contract';
import { oneClickActions, uiActions } from '@/lib/actions/table';
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
  return (
    <div role="group" aria-label="Lifecycle actions" className="flex flex-wrap gap-2">
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
        title={`Undefine ${domain.name}?`}
        description={
          domain.state === 'shut off'
            ? 'The persistent definition is removed and the domain disappears from the host (virsh undefine).'
            : 'The persistent definition is removed; the running domain becomes transient and disappears when it stops.'
        }
        confirmLabel={uiActions.undefine.submit}
        pending={cmd.pending === 'undefine'}
        onConfirm={() => cmd.run('undefine', {}, () => setConfirmUndefine(false))}
      />
    </div>
  );
}
