'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { uiActions } from '@/lib/actions/table';
import { virshArgv } from '@/lib/api/commands';
import type { ApiDomain } from '@/lib/api/contract';
import { paths } from '@/lib/routes';
import type { DomainCommand } from '@/components/actions/use-domain-command';
import { ActionButton } from '@/components/actions/ActionButton';
import { Field, inputClass } from './fields';
import { FormDialog } from './FormDialog';

/** virsh domrename DOMAIN NEW-NAME: libvirt renames only a shut-off domain; the page moves with it. */
export function RenameDialog({ domain, cmd }: { domain: ApiDomain; cmd: DomainCommand }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const t = useTranslations('forms');
  const [newName, setNewName] = useState('');
  const argv = virshArgv('domrename', domain.name, { newName });
  const name = newName.trim();
  const problem = !name ? t('rename.empty') : name === domain.name ? t('rename.same') : null;
  return (
    <>
      <ActionButton
        domain={domain}
        action="domrename"
        pending={cmd.pending === 'domrename'}
        onClick={() => setOpen(true)}
      />
      <FormDialog
        open={open}
        onOpenChange={setOpen}
        title={t('rename.title', { name: domain.name })}
        description={t('rename.description')}
        argv={argv.ok ? argv.argv : null}
        problem={problem}
        pending={cmd.pending === 'domrename'}
        failure={cmd.failureOf('domrename')}
        submitLabel={uiActions.domrename.submit}
        onSubmit={() =>
          cmd.run('domrename', { newName: name }, () => {
            setOpen(false);
            router.replace(paths.domain(domain.host, name));
          })
        }
      >
        <Field label={t('newName')}>
          <input className={inputClass} value={newName} onChange={(e) => setNewName(e.target.value)} required />
        </Field>
      </FormDialog>
    </>
  );
}
