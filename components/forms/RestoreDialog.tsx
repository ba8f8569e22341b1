'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { RestoreAs } from '@/lib/actions/args';
import type { ApiDomain } from '@/lib/api/contract';
import { virshArgv } from '@/lib/api/commands';
import { useHostFiles } from '@/lib/api/hosts';
import { ActionButton } from '@/components/actions/ActionButton';
import type { DomainCommand } from '@/components/actions/use-domain-command';
import { RestoreAsField } from './fields';
import { FormDialog } from './FormDialog';
import { uiActions } from '@/lib/actions/table';

/** virsh restore FILE [--running|--paused]: pick one of the host's save images. */
export function RestoreDialog({ domain, cmd }: { domain: ApiDomain; cmd: DomainCommand }) {
  const t = useTranslations('forms');
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState('');
  const [restoreAs, setRestoreAs] = useState<RestoreAs | ''>('');
  const files = useHostFiles(domain.host);
  const images = (files.data ?? []).filter((f) => f.kind === 'save-image');
  const file = picked || (images.find((f) => f.domain === domain.name) ?? images[0])?.path || '';
  const args = { file, ...(restoreAs ? { restoreAs } : {}) };
  const argv = file ? virshArgv('restore', domain.name, args) : null;
  const problem = images.length === 0 ? t('restore.none', { host: domain.host }) : null;
  return (
    <>
      <ActionButton
        domain={domain}
        action="restore"
        pending={cmd.pending === 'restore'}
        onClick={() => setOpen(true)}
      />
      <FormDialog
        open={open}
        onOpenChange={setOpen}
        title={t('restore.title', { host: domain.host })}
        description={t('restore.description')}
        argv={argv?.ok ? argv.argv : null}
        problem={problem}
        pending={cmd.pending === 'restore'}
        failure={cmd.failureOf('restore')}
        submitLabel={uiActions.restore.submit}
        onSubmit={() => cmd.run('restore', args, () => setOpen(false))}
      >
        <fieldset className="flex flex-col gap-1 text-sm">
          <legend className="mb-1 font-medium">{t('saveFile')}</legend>
          {files.isPending && <p className="text-muted">{t('restore.reading', { host: domain.host })}</p>}
          {images.map((f) => (
            <label key={f.path} className="flex items-center gap-2">
              <input
                type="radio"
                name="restore-file"
                value={f.path}
                checked={file === f.path}
                onChange={() => setPicked(f.path)}
              />
              <code>{f.path}</code>
              <span className="text-xs text-muted">
                {t('restore.holds', { domain: f.domain ?? t('restore.unreadable') })}
              </span>
            </label>
          ))}
        </fieldset>
        <RestoreAsField value={restoreAs} onChange={setRestoreAs} />
      </FormDialog>
    </>
  );
}
