'use client';

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
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState('');
  const [restoreAs, setRestoreAs] = useState<RestoreAs | ''>('');
  const files = useHostFiles(domain.host);
  const images = (files.data ?? []).filter((f) => f.kind === 'save-image');
  const file = picked || (images.find((f) => f.domain === domain.name) ?? images[0])?.path || '';
  const args = { file, ...(restoreAs ? { restoreAs } : {}) };
  const argv = file ? virshArgv('restore', domain.name, args) : null;
  const problem = images.length === 0 ? `There is no save file on ${domain.host}: save a domain first.` : null;
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
        title={`Restore on ${domain.host}`}
        description="Starts a domain from a save file. The file says which domain it holds."
        argv={argv?.ok ? argv.argv : null}
        problem={problem}
        pending={cmd.pending === 'restore'}
        failure={cmd.failureOf('restore')}
        submitLabel={uiActions.restore.submit}
        onSubmit={() => cmd.run('restore', args, () => setOpen(false))}
      >
        <fieldset className="flex flex-col gap-1 text-sm">
          <legend className="mb-1 font-medium">Save file</legend>
          {files.isPending && <p className="text-muted">Reading {domain.host}'s files…</p>}
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
              <span className="text-xs text-muted">holds {f.domain ?? 'an unreadable image'}</span>
            </label>
          ))}
        </fieldset>
        <RestoreAsField value={restoreAs} onChange={setRestoreAs} />
      </FormDialog>
    </>
  );
}
