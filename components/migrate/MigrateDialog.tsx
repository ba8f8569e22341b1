'use client';

import { useTranslations } from 'next-intl';
import { realBackend } from '@/lib/browser/backend';
import { useState } from 'react';
import { ApiError } from '@/lib/api/client';
import type { ApiDomainSummary, ApiHost, Transcript } from '@/lib/api/contract';
import { useHosts } from '@/lib/api/hosts';
import { useMigrate, useMigrateCheck, useSetReachable } from '@/lib/api/migration';
import { CommandBox, FormDialog } from '@/components/forms/FormDialog';
import { Field, inputClass } from '@/components/forms/fields';
import { formatKiB } from '@/components/ui/format';
import { FlagFields } from './FlagFields';
import { MigrationEstimate } from './MigrationEstimate';
import { formArgs, initialForm, virshWords, type MigrateForm } from './migrate-form';
import { PreconditionList } from './PreconditionList';
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
  const blocked =
    problem ??
    (!current
      ? 'Checking the preconditions…'
      : failed
        ? `Not possible: ${failed.label.toLowerCase()} — ${failed.detail}.`
        : current.refusal);
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      wide
      title={`Migrate ${domain.name}`}
      description={
        <>
          Moves {domain.name} from {domain.host} to another host with <code>{form.tool} migrate</code>. The guest stays
          on {domain.host} until the copy has finished; any failure leaves it running here.
        </>
      }
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

function TargetField({
  hosts,
  source,
  value,
  onChange,
}: {
  hosts: ApiHost[];
  source: ApiHost | undefined;
  value: string;
  onChange: (v: string) => void;
}) {
  const t = useTranslations('forms');
  return (
    <Field label={t('targetHost')} hint={t('targetHint')}>
      <select className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
        {hosts
          .filter((h) => h.name !== source?.name)
          .map((h) => (
            <option key={h.name} value={h.name}>
              {t('hostOption', {
                name: h.name,
                hypervisor: h.hypervisor,
                version: h.hypervisorVersion,
                free: formatKiB(h.freeKiB),
                offline: h.reachable ? 'no' : 'yes',
              })}
            </option>
          ))}
      </select>
    </Field>
  );
}

function ToolField({ value, onChange }: { value: MigrateForm['tool']; onChange: (v: MigrateForm['tool']) => void }) {
  const options = [
    ['xm', "xm migrate — through xend: the target's xend-config.sxp must accept relocations from this host"],
    ['virsh', "virsh migrate — through libvirt's libxl driver: xend's relocation settings play no part"],
  ] as const;
  return (
    <fieldset className="flex flex-col gap-1 text-sm">
      <legend className="mb-1 font-medium">Run with</legend>
      {options.map(([v, label]) => (
        <label key={v} className="flex items-baseline gap-2">
          <input type="radio" name="migrate-tool" checked={value === v} onChange={() => onChange(v)} />{' '}
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Failure injection: take the target off the lab's network to see a migration refused (or a running one fail). */
function ReachableToggle({ host }: { host: ApiHost }) {
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
        Take {host.name} off the network{' '}
        <span className="block text-xs text-muted">
          Failure injection: migrations to it are refused, running ones fail, and the guest stays where it was.
        </span>
      </span>
    </label>
  );
}
