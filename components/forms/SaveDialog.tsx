'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { RestoreAs } from '@/lib/actions/args';
import type { ActionArgs, ApiDomain } from '@/lib/api/contract';
import { virshArgv } from '@/lib/api/commands';
import { ActionButton } from '@/components/actions/ActionButton';
import type { DomainCommand } from '@/components/actions/use-domain-command';
import { Field, inputClass, RestoreAsField } from './fields';
import { FormDialog } from './FormDialog';
import { uiActions } from '@/lib/actions/table';

/** virsh save DOMAIN FILE [--running|--paused]: memory to a file, and the domain stops. */
export function SaveDialog({ domain, cmd }: { domain: ApiDomain; cmd: DomainCommand }) {
  const t = useTranslations('forms');
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState(`${domain.name}.save`);
  const [restoreAs, setRestoreAs] = useState<RestoreAs | ''>('');
  const args: ActionArgs = { file, ...(restoreAs ? { restoreAs } : {}) };
  const argv = virshArgv('save', domain.name, args);
  const problem = !file.trim() ? t('save.noName') : /\s/.test(file.trim()) ? t('save.noSpaces') : null;
  return (
    <>
      <ActionButton domain={domain} action="save" pending={cmd.pending === 'save'} onClick={() => setOpen(true)} />
      <FormDialog
        open={open}
        onOpenChange={setOpen}
        title={t('save.title', { name: domain.name })}
        description={t('save.description')}
        argv={argv.ok ? argv.argv : null}
        problem={problem}
        pending={cmd.pending === 'save'}
        failure={cmd.failureOf('save')}
        submitLabel={uiActions.save.submit}
        onSubmit={() => cmd.run('save', args, () => setOpen(false))}
      >
        <Field label={t('fileName')} hint={t('save.hint')}>
          <input className={inputClass} value={file} onChange={(e) => setFile(e.target.value)} required />
        </Field>
        <RestoreAsField value={restoreAs} onChange={setRestoreAs} />
      </FormDialog>
    </>
  );
}
