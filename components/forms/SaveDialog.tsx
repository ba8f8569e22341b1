'use client';

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
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState(`${domain.name}.save`);
  const [restoreAs, setRestoreAs] = useState<RestoreAs | ''>('');
  const args: ActionArgs = { file, ...(restoreAs ? { restoreAs } : {}) };
  const argv = virshArgv('save', domain.name, args);
  const problem = !file.trim()
    ? 'Give the save file a name.'
    : /\s/.test(file.trim())
      ? 'Use a file name without spaces.'
      : null;
  return (
    <>
      <ActionButton domain={domain} action="save" pending={cmd.pending === 'save'} onClick={() => setOpen(true)} />
      <FormDialog
        open={open}
        onOpenChange={setOpen}
        title={`Save ${domain.name} to a file`}
        description="Writes the guest's memory to a file on the host and stops it. Restore brings it back where it was."
        argv={argv.ok ? argv.argv : null}
        problem={problem}
        pending={cmd.pending === 'save'}
        failure={cmd.failureOf('save')}
        submitLabel={uiActions.save.submit}
        onSubmit={() => cmd.run('save', args, () => setOpen(false))}
      >
        <Field label="File name" hint="Relative names are under /root, as when typed at the console.">
          <input className={inputClass} value={file} onChange={(e) => setFile(e.target.value)} required />
        </Field>
        <RestoreAsField value={restoreAs} onChange={setRestoreAs} />
      </FormDialog>
    </>
  );
}
