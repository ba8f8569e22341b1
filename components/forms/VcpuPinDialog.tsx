'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { AffectMode, ApiDomain } from '@/lib/api/contract';
import { virshArgv } from '@/lib/api/commands';
import { formatCpuList, parseCpuList } from '@/lib/sim/cpulist';
import { ActionButton } from '@/components/actions/ActionButton';
import type { DomainCommand } from '@/components/actions/use-domain-command';
import { Field, inputClass, ModeField, useModeOptions } from './fields';
import { FormDialog } from './FormDialog';
import { uiActions } from '@/lib/actions/table';

/** virsh vcpupin DOMAIN VCPU CPULIST: which host CPUs a vCPU may run on, as a grid or a cpulist. */
export function VcpuPinDialog({
  domain,
  cmd,
  initialVcpu = 0,
}: {
  domain: ApiDomain;
  cmd: DomainCommand;
  initialVcpu?: number;
}) {
  const active = domain.state !== 'shut off';
  const facts = domain.live ?? domain.config;
  const [open, setOpen] = useState(false);
  const t = useTranslations('forms');
  const modeOptions = useModeOptions();
  const [vcpu, setVcpu] = useState(initialVcpu);
  const [mode, setMode] = useState<AffectMode>('current');
  const [text, setText] = useState(formatCpuList(facts?.pinning[initialVcpu] ?? []));
  const parsed = parseCpuList(text.trim(), domain.hostCpus);
  const chosen = parsed.ok ? parsed.value : [];
  const toggle = (cpu: number) =>
    setText(formatCpuList(chosen.includes(cpu) ? chosen.filter((c) => c !== cpu) : [...chosen, cpu]));
  const pickVcpu = (v: number) => {
    setVcpu(v);
    setText(formatCpuList(facts?.pinning[v] ?? []));
  };
  const problem = !parsed.ok ? parsed.error.message : chosen.length === 0 ? t('pin.none') : null;
  const args = { vcpu, cpulist: text.trim(), mode };
  const argv = virshArgv('vcpupin', domain.name, args);
  const cpus = Array.from({ length: domain.hostCpus }, (_, i) => i);
  return (
    <>
      <ActionButton
        domain={domain}
        action="vcpupin"
        args={args}
        size="sm"
        pending={cmd.pending === 'vcpupin'}
        onClick={() => setOpen(true)}
      />
      <FormDialog
        open={open}
        onOpenChange={setOpen}
        title={t('pin.title', { name: domain.name })}
        description={t('pin.description', { last: domain.hostCpus - 1, host: domain.host })}
        argv={argv.ok ? argv.argv : null}
        problem={problem}
        pending={cmd.pending === 'vcpupin'}
        failure={cmd.failureOf('vcpupin')}
        submitLabel={uiActions.vcpupin.submit}
        onSubmit={() => cmd.run('vcpupin', args, () => setOpen(false))}
      >
        <Field label={t('vcpu')}>
          <select className={`${inputClass} w-24`} value={vcpu} onChange={(e) => pickVcpu(Number(e.target.value))}>
            {Array.from({ length: facts?.maxVcpus ?? 0 }, (_, v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </Field>
        <fieldset>
          <legend className="mb-1 text-sm font-medium">{t('hostCpus')}</legend>
          <div className="flex flex-wrap gap-1.5">
            {cpus.map((c) => (
              <label
                key={c}
                className="flex w-12 cursor-pointer flex-col items-center rounded border border-line py-1 text-xs has-[:checked]:border-accent has-[:checked]:bg-sunken"
              >
                <input
                  type="checkbox"
                  checked={chosen.includes(c)}
                  onChange={() => toggle(c)}
                  aria-label={t('hostCpu', { cpu: c })}
                />
                {c}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t('cpuList')} hint={t('pin.hint')}>
          <input className={`${inputClass} font-mono`} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <ModeField
          name="vcpupin-mode"
          value={mode}
          onChange={setMode}
          options={modeOptions(active, domain.persistent)}
        />
      </FormDialog>
    </>
  );
}
