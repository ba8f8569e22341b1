'use client';

import { useState } from 'react';
import type { ApiDomain, DomainAction } from '@/lib/api/contract';
import type { LifecycleAction } from '@/lib/sim/transitions';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { SaveDialog } from '@/components/forms/SaveDialog';
import { RestoreDialog } from '@/components/forms/RestoreDialog';
import { ActionButton } from './ActionButton';
import { MigrateSlot } from './MigrateSlot';
import type { DomainCommand } from './use-domain-command';

const ONE_CLICK: (LifecycleAction & DomainAction)[] = [
  'start',
  'shutdown',
  'reboot',
  'reset',
  'destroy',
  'suspend',
  'resume',
  'managedsave',
];

/** Every lifecycle action of the transition table, as buttons. */
export function ActionBar({ domain, cmd }: { domain: ApiDomain; cmd: DomainCommand }) {
  const [confirmUndefine, setConfirmUndefine] = useState(false);
  return (
    <div role="group" aria-label="Lifecycle actions" className="flex flex-wrap gap-2">
      {ONE_CLICK.map((a) => (
        <ActionButton
          key={a}
          domain={domain}
          action={a}
          pending={cmd.pending === a}
          variant={
            a === 'destroy' || a === 'reset' ? 'danger' : a === 'start' || a === 'resume' ? 'primary' : 'secondary'
          }
          onClick={() => cmd.run(a)}
        />
      ))}
      <SaveDialog domain={domain} cmd={cmd} />
      <RestoreDialog domain={domain} cmd={cmd} />
      <ActionButton
        domain={domain}
        action="undefine"
        variant="danger"
        pending={cmd.pending === 'undefine'}
        onClick={() => setConfirmUndefine(true)}
      />
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
        confirmLabel="Undefine"
        pending={cmd.pending === 'undefine'}
        onConfirm={() => cmd.run('undefine', {}, () => setConfirmUndefine(false))}
      />
    </div>
  );
}
