'use client';

import { useState } from 'react';
import type { AffectMode, ApiDomain, MemoryUnit } from '@/lib/api/contract';
import { virshArgv } from '@/lib/api/commands';
import { Button } from '@/components/ui/Button';
import type { DomainCommand } from '@/components/actions/use-domain-command';
import { useActionLabel } from '@/components/actions/use-action-label';
import { formatKiB } from '@/components/ui/format';
import { Field, inputClass, ModeField, modeOptions } from './fields';
import { FormDialog } from './FormDialog';
import { uiActions } from '@/lib/actions/table';

const UNIT_KIB: Record<MemoryUnit, number> = { KiB: 1, MiB: 1024, GiB: 1048576 };

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
  const label = useActionLabel();
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
      ? 'Enter a whole number above 0.'
      : kib > max
        ? `At most the maximum memory, ${formatKiB(max)}: libvirt refuses more ("cannot set memory higher than max memory").`
        : kind === 'setmem' && kib < 65536
          ? 'Keep at least 64 MiB: a guest ballooned lower stops working.'
          : null;
  const args = { size: n, unit, mode };
  const argv = virshArgv(kind, domain.name, args);
  const options = modeOptions(active, domain.persistent, kind === 'setmem').map((o) =>
    kind === 'setmaxmem' && active && (o.mode === 'live' || o.mode === 'current')
      ? { ...o, why: 'the maximum of a running domain cannot change' }
      : o,
  );
  return (
    <>
      <Button size="sm" pending={cmd.pending === kind} onClick={() => setOpen(true)}>
        {label(kind)}
      </Button>
      <FormDialog
        open={open}
        onOpenChange={setOpen}
        title={kind === 'setmem' ? `Memory of ${domain.name}` : `Maximum memory of ${domain.name}`}
        description={
          kind === 'setmem'
            ? 'The balloon target: how much of its maximum the guest may use.'
            : 'The most memory the guest can ever have; the current memory is capped to it.'
        }
        argv={argv.ok ? argv.argv : null}
        problem={problem}
        pending={cmd.pending === kind}
        failure={cmd.failureOf(kind)}
        submitLabel={uiActions[kind].submit}
        onSubmit={() => cmd.run(kind, args, () => setOpen(false))}
      >
        <div className="flex items-start gap-2">
          <Field
            label="Size"
            hint={kind === 'setmem' && Number.isFinite(max) ? `64 MiB to ${formatKiB(max)}` : undefined}
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
          <Field label="Unit">
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
