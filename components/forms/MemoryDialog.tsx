'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { AffectMode, ApiDomain, MemoryUnit } from '@/lib/api/contract';
import { virshArgv } from '@/lib/api/commands';
import { ActionButton } from '@/components/actions/ActionButton';
import type { DomainCommand } from '@/components/actions/use-domain-command';
import { Field, inputClass, ModeField, useModeOptions } from './fields';
import { FormDialog } from './FormDialog';
import { uiActions } from '@/lib/actions/table';

const UNIT_KIB: Record<MemoryUnit, number> = { KiB: 1, MiB: 1024, GiB: 1048576 };
/** Below this a ballooned guest stops working (the lab's advice, not a libvirt limit). */
const MIN_KIB = 65536;
/** A limit in the field's unit, never rounded up (the field takes whole numbers, as virsh does). */
const inUnit = (kib: number, unit: MemoryUnit) => Math.floor((kib / UNIT_KIB[unit]) * 100) / 100;

/**
 * virsh setmem (the balloon target, at most the maximum) or setmaxmem (the maximum; libvirt
 * only changes it in the persistent config while the domain runs).
 */
export function MemoryDialog({
  domain,
  cmd,
  kind,
}: {
  domain: ApiDomain;
  cmd: DomainCommand;
  kind: 'setmem' | 'setmaxmem';
}) {
  const active = domain.state !== 'shut off';
  const [open, setOpen] = useState(false);
  const t = useTranslations('forms');
  const modeOptions = useModeOptions();
  const [unit, setUnit] = useState<MemoryUnit>('MiB');
  const [mode, setMode] = useState<AffectMode>(kind === 'setmaxmem' && active ? 'config' : 'current');
  const start = kind === 'setmem' ? domain.memoryKiB : domain.maxMemoryKiB;
  const [size, setSize] = useState(String(Math.round(start / 1024)));
  const n = Number(size);
  const kib = n * UNIT_KIB[unit];
  const targets = [
    mode === 'live' || mode === 'live+config' || (mode === 'current' && active) ? domain.live : null,
    mode === 'config' || mode === 'live+config' || (mode === 'current' && !active) ? domain.config : null,
  ].filter((d) => d !== null);
  const max = kind === 'setmem' ? Math.min(...targets.map((d) => d.maxMemoryKiB)) : Infinity;
  const problem =
    !Number.isInteger(n) || n <= 0
      ? t('memory.whole')
      : kib > max
        ? t('memory.overMax', { max: inUnit(max, unit), unit })
        : kind === 'setmem' && kib < MIN_KIB
          ? t('memory.min', { min: inUnit(MIN_KIB, unit), unit })
          : null;
  const args = { size: n, unit, mode };
  const argv = virshArgv(kind, domain.name, args);
  const options = modeOptions(active, domain.persistent, kind === 'setmem').map((o) =>
    kind === 'setmaxmem' && active && (o.mode === 'live' || o.mode === 'current')
      ? { ...o, why: t('modeWhy.maxRunning') }
      : o,
  );
  return (
    <>
      <ActionButton
        domain={domain}
        action={kind}
        args={args}
        size="sm"
        pending={cmd.pending === kind}
        onClick={() => setOpen(true)}
      />
      <FormDialog
        open={open}
        onOpenChange={setOpen}
        title={t(kind === 'setmem' ? 'memory.title' : 'memory.maxTitle', { name: domain.name })}
        description={t(kind === 'setmem' ? 'memory.description' : 'memory.maxDescription')}
        argv={argv.ok ? argv.argv : null}
        problem={problem}
        pending={cmd.pending === kind}
        failure={cmd.failureOf(kind)}
        submitLabel={uiActions[kind].submit}
        onSubmit={() => cmd.run(kind, args, () => setOpen(false))}
      >
        <div className="flex items-start gap-2">
          <Field
            label={t('size')}
            hint={
              kind === 'setmem' && Number.isFinite(max)
                ? t('memory.range', { min: Math.ceil(MIN_KIB / UNIT_KIB[unit]), max: inUnit(max, unit), unit })
                : undefined
            }
          >
            <input
              className={`${inputClass} w-36`}
              type="number"
              min={1}
              step={1}
              value={size}
              onChange={(e) => setSize(e.target.value)}
            />
          </Field>
          <Field label={t('unit')}>
            <select
              className={inputClass}
              value={unit}
              onChange={(e) => {
                const u = e.target.value as MemoryUnit;
                setSize(String(Math.round(kib / UNIT_KIB[u]) || 1));
                setUnit(u);
              }}
            >
              {(Object.keys(UNIT_KIB) as MemoryUnit[]).map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>
          </Field>
        </div>
        <ModeField name={`${kind}-mode`} value={mode} onChange={setMode} options={options} />
      </FormDialog>
    </>
  );
}
