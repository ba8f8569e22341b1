'use client';

import type { ApiDomain } from '@/lib/api/contract';
import { Button } from '@/components/ui/Button';
import { Hint } from '@/components/ui/Hint';

/**
 * The place for live migration (virsh migrate / xm migrate / xl migrate). Its dialog arrives with
 * the migration module (lib/sim/migration, lib/sim/ops/migrate.ts); until then the button says so.
 */
export function MigrateSlot({ domain }: { domain: ApiDomain }) {
  const av = domain.actions.migrate;
  const why = av.allowed ? 'migrate: the migration dialog is not in the lab yet' : av.why;
  return (
    <Hint content={<p>{why}</p>}>
      <Button disabledWhy={why} aria-label="Migrate" aria-description={why}>Migrate…</Button>
    </Hint>
  );
}
