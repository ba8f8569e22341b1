'use client';

import { DropdownMenu } from 'radix-ui';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { useState } from 'react';
import { paths } from '@/lib/routes';
import { MigrateDialog } from '@/components/migrate/MigrateDialog';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { oneClickActions } from '@/lib/actions/table';
import { useDomainAction } from '@/lib/api/domains';
import { rowActionsTrigger } from '@/components/ui/menu-triggers';
import { useActionLabel } from '@/components/actions/use-action-label';
import { useWhyNot } from '@/components/actions/use-why-not';
import { toastCommand } from '@/components/lab/Toasts';

const item =
  'flex cursor-default flex-col rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-sunken data-[disabled]:text-muted';

/** A row's menu (and its migrate dialog), loaded and mounted open the first time its button is pressed (RowActions). */
export default function RowActionsMenu({ domain }: { domain: ApiDomainSummary }) {
  const action = useDomainAction();
  const [migrating, setMigrating] = useState(false);
  const router = useRouter();
  const label = useActionLabel();
  const whyNot = useWhyNot();
  const t = useTranslations('overview');
  const migrate = domain.actions.migrate;
  return (
    <>
      <DropdownMenu.Root modal={false} defaultOpen>
        <DropdownMenu.Trigger
          aria-label={t('actionsFor', { name: domain.name })}
          aria-busy={action.isPending || undefined}
          className={rowActionsTrigger}
        >
          {action.isPending ? t('runningAction') : t('actions')}
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={4}
            className="z-50 w-72 rounded-md border border-line bg-panel p-1 text-fg shadow-lg"
          >
            {/* The one-click actions; save and restore need a file, so they live on the domain page. */}
            {oneClickActions.map((a) => {
              const av = domain.actions[a];
              return (
                <DropdownMenu.Item
                  key={a}
                  disabled={!av.allowed}
                  className={item}
                  onSelect={() =>
                    action.run(
                      { host: domain.host, name: domain.name, action: a },
                      { onSuccess: (r) => toastCommand(r.transcript) },
                    )
                  }
                >
                  <span>{label(a)}</span>
                  {!av.allowed && <span className="text-xs">{whyNot(a, av)}</span>}
                </DropdownMenu.Item>
              );
            })}
            <DropdownMenu.Item disabled={!migrate.allowed} className={item} onSelect={() => setMigrating(true)}>
              <span>{label('migrate')}</span>
              {!migrate.allowed && <span className="text-xs">{whyNot('migrate', migrate)}</span>}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {/* The job panel is on the domain page: go there to watch the migration. */}
      <MigrateDialog
        domain={domain}
        open={migrating}
        onOpenChange={setMigrating}
        onStarted={() => router.push(paths.domain(domain.host, domain.name))}
      />
    </>
  );
}
