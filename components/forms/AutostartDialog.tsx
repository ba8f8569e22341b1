'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ApiDomain } from '@/lib/api/contract';
import { virshArgv } from '@/lib/api/commands';
import { Button } from '@/components/ui/Button';
import type { DomainCommand } from '@/components/actions/use-domain-command';
import { useActionLabel } from '@/components/actions/use-action-label';
import { FormDialog } from './FormDialog';
import { uiActions } from '@/lib/actions/table';

/** virsh autostart [--disable]: start the domain when the host boots (Xen: a link in /etc/xen/auto). */
export function AutostartDialog({ domain, cmd }: { domain: ApiDomain; cmd: DomainCommand }) {
  const [open, setOpen] = useState(false);
  const label = useActionLabel();
  const t = useTranslations('forms');
  const [enable, setEnable] = useState(!domain.autostart);
  const argv = virshArgv('autostart', domain.name, { enable });
  return (
    <>
      <Button
        size="sm"
        pending={cmd.pending === 'autostart'}
        onClick={() => {
          setEnable(!domain.autostart);
          setOpen(true);
        }}
      >
        {label('autostart')}
      </Button>
      <FormDialog
        open={open}
        onOpenChange={setOpen}
        title={t('autostart.title', { name: domain.name })}
        description={t('autostart.description', {
          state: t(domain.autostart ? 'autostart.enabled' : 'autostart.disabled'),
        })}
        argv={argv.ok ? argv.argv : null}
        pending={cmd.pending === 'autostart'}
        failure={cmd.failureOf('autostart')}
        submitLabel={uiActions.autostart.submit}
        problem={domain.persistent ? null : t('autostart.transient')}
        onSubmit={() => cmd.run('autostart', { enable }, () => setOpen(false))}
      >
        <fieldset className="flex flex-col gap-1 text-sm">
          <legend className="mb-1 font-medium">{t('startWithHost')}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="autostart" checked={enable} onChange={() => setEnable(true)} /> {t('enable')}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="autostart" checked={!enable} onChange={() => setEnable(false)} /> {t('disable')}
          </label>
        </fieldset>
      </FormDialog>
    </>
  );
}
