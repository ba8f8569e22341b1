'use client';

import { useState } from 'react';
import type { AffectMode, ApiDomain } from '@/lib/api/contract';
import { virshArgv } from '@/lib/api/commands';
import { Button } from '@/components/ui/Button';
import type { DomainCommand } from '@/components/actions/use-domain-command';
import { useActionLabel } from '@/components/actions/use-action-label';
import { Field, inputClass, ModeField, modeOptions } from './fields';
import { FormDialog } from './FormDialog';
import { uiActions } from '@/lib/actions/table';

/** virsh setvcpus: how many vCPUs are online (up to the maximum), or with --maximum --config the maximum itself. */
export function VcpusDialog({ domain, cmd }: { domain: ApiDomain; cmd: DomainCommand }) {
  const active = domain.state !== 'shut off';
  const [open, setOpen] = useState(false);
  const label = useActionLabel();
  const [count, setCount] = useState(String(domain.vcpus));
  const [mode, setMode] = useState<AffectMode>('current');
  const [maximum, setMaximum] = useState(false);
  const n = Number(count);
  const max = maximum
    ? Infinity
    : Math.min(
        ...[
          mode !== 'config' && active ? domain.live : null,
          mode === 'config' || mode === 'live+config' || !active ? domain.config : null,
        ]
          .filter((d) => d !== null)
          .map((d) => d.maxVcpus),
      );
  const problem =
    !Number.isInteger(n) || n < 1
      ? 'Enter a whole number of vCPUs, at least 1.'
      : n > max
        ? `At most the maximum, ${max} (libvirt: "requested cpu amount exceeds maximum").`
        : maximum && mode !== 'config'
          ? '--maximum needs --config: the maximum of a domain only changes in its persistent definition.'
          : null;
  const args = { count: n, mode, maximum };
  const argv = virshArgv('setvcpus', domain.name, args);
  return (
    <>
      <Button size="sm" pending={cmd.pending === 'setvcpus'} onClick={() => setOpen(true)}>
        {label('setvcpus')}
      </Button>
      <FormDialog
        open={open}
        onOpenChange={setOpen}
        title={`vCPUs of ${domain.name}`}
        description="Online vCPUs can change while the domain runs (hot-plug), up to its maximum."
        argv={argv.ok ? argv.argv : null}
        problem={problem}
        pending={cmd.pending === 'setvcpus'}
        failure={cmd.failureOf('setvcpus')}
        submitLabel={uiActions.setvcpus.submit}
        onSubmit={() => cmd.run('setvcpus', args, () => setOpen(false))}
      >
        <Field label="vCPUs" hint={Number.isFinite(max) ? `1 to ${max}` : undefined}>
          <input
            className={`${inputClass} w-28`}
            type="number"
            min={1}
            step={1}
            value={count}
            onChange={(e) => setCount(e.target.value)}
          />
        </Field>
        <ModeField
          name="setvcpus-mode"
          value={mode}
          onChange={setMode}
          options={modeOptions(active, domain.persistent)}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={maximum} onChange={(e) => setMaximum(e.target.checked)} /> --maximum (change
          the maximum; needs --config)
        </label>
      </FormDialog>
    </>
  );
}
