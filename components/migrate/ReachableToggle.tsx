'use client';

import { useTranslations } from 'next-intl';
import type { ApiHost } from '@/lib/api/contract';
import { useSetReachable } from '@/lib/api/migration';

/** Failure injection: take the target off the lab's network to see a migration refused (or a running one fail). */
export function ReachableToggle({ host }: { host: ApiHost }) {
  const t = useTranslations('migrateForm.reachable');
  const setReachable = useSetReachable();
  return (
    <label className="flex items-start gap-2 rounded-md border border-dashed border-line p-2 text-sm">
      <input
        type="checkbox"
        className="mt-1"
        checked={!host.reachable}
        disabled={setReachable.isPending}
        onChange={(e) => setReachable.mutate({ host: host.name, reachable: !e.target.checked })}
      />
      <span>
        {t('label', { host: host.name })} <span className="block text-xs text-muted">{t('hint')}</span>
      </span>
    </label>
  );
}
