'use client';

import { useId, useState } from 'react';
import type { ApiDomain, Transcript } from '@/lib/api/contract';
import { transitionFor } from '@/lib/sim/transitions';
import { Button } from '@/components/ui/Button';
import { Hint } from '@/components/ui/Hint';
import { MigrateDialog } from '@/components/migrate/MigrateDialog';
import { uiActions } from '@/lib/actions/table';

/** Migrate… : enabled when the transition table allows it (canDo('migrate')); opens the migrate dialog. */
export function MigrateSlot({ domain, onCommand }: { domain: ApiDomain; onCommand?: (t: Transcript) => void }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const av = domain.actions.migrate;
  return (
    <>
      <Hint
        content={
          <div className="flex flex-col gap-1">
            {!av.allowed && <p className="font-medium text-danger">{av.why}</p>}
            <p>{transitionFor('migrate').summary} (virsh migrate, xm migrate, xl migrate)</p>
          </div>
        }
      >
        <Button
          disabledWhy={av.allowed ? undefined : av.why}
          aria-describedby={av.allowed ? undefined : id}
          onClick={() => setOpen(true)}
        >
          {uiActions.migrate.label}
        </Button>
      </Hint>
      {!av.allowed && (
        <span id={id} className="sr-only">
          {av.why}
        </span>
      )}
      <MigrateDialog domain={domain} open={open} onOpenChange={setOpen} onCommand={onCommand} />
    </>
  );
}
