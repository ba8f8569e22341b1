'use client';

import { useTranslations } from 'next-intl';
import { realBackend } from '@/lib/browser/backend';
import { useState } from 'react';
import { ApiError } from '@/lib/api/client';
import type { ApiDomainSummary, ApiHost, Transcript } from '@/lib/api/contract';
import { useHosts } from '@/lib/api/hosts';
import { useMigrate, useMigrateCheck } from '@/lib/api/migration';
import { CommandBox } from '@/components/forms/CommandBox';
import { FormDialog } from '@/components/forms/FormDialog';
import { FlagFields } from './FlagFields';
import { TargetField, ToolField } from './MigrateFields';
import { MigrationEstimate } from './MigrationEstimate';
import { formArgs, initialForm, virshWords, type MigrateForm } from './migrate-form';
import { PreconditionList } from './PreconditionList';
import { ReachableToggle } from './ReachableToggle';
import { useCheckText } from './use-check-text';
import { uiActions } from '@/lib/actions/table';

interface Props {
  domain: ApiDomainSummary;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onStarted?: () => void;
  /** The command that ran (or was refused), for the page's Last command echo. */
  onCommand?: (t: Transcript) => void;
}

/**
 * virsh migrate as a form: the fields are its flags, the preconditions are checked on the lab
 * before anything runs (as Proxmox's migrate dialog does), and the command shows in virsh, xl
 * and xm as the form changes. Mounted only while open, so each opening starts fresh.
 */
export function MigrateDialog(props: Props) {
  const hosts = useHosts();
  if (!props.open || !hosts.data) return null;
  return <MigrateFormBody {...props} hosts={hosts.data} />;
}

function MigrateFormBody({ domain, open, onOpenChange, onStarted, onCommand, hosts }: Props & { hosts: ApiHost[] }) {
  const source = hosts.find((h) => h.name === domain.host);
  const [form, setForm] = useState<MigrateForm>(() => initialForm(source, hosts, domain.state !== 'shut off'));
  const set = <K extends keyof MigrateForm>(k: K, v: MigrateForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const { args, problem } = formArgs(form);
  const check = useMigrateCheck(domain.host, domain.name, args, !problem);
  const migrate = useMigrate();
  const target = hosts.find((h) => h.name === form.target);
  const current = check.data && !check.isPlaceholderData ? check.data : undefined;
  const failed = current?.checks.find((c) => !c.ok);
  const argv = virshWords(domain.name, args, target);
  const t = useTranslations('migrateForm');
  const checkText = useCheckText();
  const blocked = problem
    ? problem.code === 'noTarget'
      ? t('noTarget')
      : t('notWhole', { option: problem.option })
    : !current
      ? t('checking')
      : failed
        ? checkText.blocked(failed)
        : current.refusal;
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      wide
      title={t('title', { name: domain.name })}
      description={t.rich('description', {
        name: domain.name,
        host: domain.host,
        tool: form.tool,
        code: (c) => <code>{c}</code>,
      })}
      argv={argv}
      hideCommands
      problem={blocked}
      failure={migrate.error?.message ?? null}
      pending={migrate.isPending}
      submitLabel={uiActions.migrate.submit}
      onSubmit={() =>
        migrate.mutate(
          { host: domain.host, name: domain.name, args },
          {
            onSuccess: (r) => {
              onCommand?.(r.transcript);
              onOpenChange(false);
              onStarted?.();
            },
            onError: (e) => {
              if (e instanceof ApiError && e.transcript) onCommand?.(e.transcript);
            },
          },
        )
      }
    >
      <div className="grid gap-5 md:grid-cols-2">
        <div className="flex flex-col gap-4">
          <TargetField hosts={hosts} source={source} value={form.target} onChange={(v) => set('target', v)} />
          {source?.driver === 'xen' && <ToolField value={form.tool} onChange={(v) => set('tool', v)} />}
          <FlagFields form={form} set={set} />
        </div>
        <div className="flex flex-col gap-4">
          <CommandBox argv={argv} host={hosts.find((h) => h.name === domain.host)} />
          <PreconditionList result={check.data} pending={check.isFetching} />
          {check.data && <MigrationEstimate result={check.data} autoConverge={form.autoConverge} />}
          {target && !realBackend() && <ReachableToggle host={target} />}
        </div>
      </div>
    </FormDialog>
  );
}
