'use client';

import { useState } from 'react';
import type { ApiDomain, Transcript } from '@/lib/api/contract';
import { ActionButton } from '@/components/actions/ActionButton';
import { MigrateDialog } from '@/components/migrate/MigrateDialog';

/** Migrate… : enabled when the transition table allows it (canDo('migrate')); opens the migrate dialog. */
export function MigrateSlot({ domain, onCommand }: { domain: ApiDomain; onCommand?: (t: Transcript) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionButton domain={domain} action="migrate" onClick={() => setOpen(true)} />
      <MigrateDialog domain={domain} open={open} onOpenChange={setOpen} onCommand={onCommand} />
    </>
  );
}
