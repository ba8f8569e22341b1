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
import { formatKiB } from '@/components/ui/format';

const UNIT_KIB: Record<MemoryUnit, number> = { KiB: 1, MiB: 1024, GiB: 1048576 };
/** Below this a ballooned guest stops working (the lab's advice, not a libvirt limit). */
const MIN_KIB = 65536;
/**
 * The limits a learner reads are values the field accepts: whole numbers of the unit, as virsh takes them
 * (vshCommandOptScaledInt: `setmem web01 1.5G` is "Scaled numeric value '1.5G' for <size> option is malformed
 * or out of range"). The top rounds down, the bottom up; in a unit too large for the range none may fit.
 */
export const wholeTop = (kib: number, unit: MemoryUnit) => Math.floor(kib / UNIT_KIB[unit]);
export const wholeBottom = (kib: number, unit: MemoryUnit) => Math.ceil(kib / UNIT_KIB[unit]);

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
  const top = wholeTop(max, unit);
  const bottom = wholeBottom(MIN_KIB, unit);
  // No whole number of this unit lies between the two (a 512 MiB maximum in GiB): say so, point to a smaller unit.
  const noneFits = kind === 'setmem' && Number.isFinite(max) && top < bottom;
  const problem =
    !Number.isInteger(n) || n <= 0
      ? t('memory.whole')
      : noneFits
        ? t('memory.noWhole', { unit, low: formatKiB(MIN_KIB), maxMemory: formatKiB(max) })
        : kib > max
          ? max % UNIT_KIB[unit] === 0
            ? t('memory.overMax', { max: top, unit })
            : t('memory.overMaxWhole', { max: top, unit, maxMemory: formatKiB(max) })
          : kind === 'setmem' && kib < MIN_KIB
            ? t('memory.min', { min: bottom, unit })
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
              // When no whole number fits, the alert below says so (once, not also here).
              kind === 'setmem' && Number.isFinite(max) && !noneFits
                ? t('memory.range', { min: bottom, max: top, unit })
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
