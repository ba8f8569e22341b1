'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { AffectMode, ApiDomain } from '@/lib/api/contract';
import { virshArgv } from '@/lib/api/commands';
import { ActionButton } from '@/components/actions/ActionButton';
import type { DomainCommand } from '@/components/actions/use-domain-command';
import { Field, inputClass, ModeField, useModeOptions } from './fields';
import { FormDialog } from './FormDialog';
import { uiActions } from '@/lib/actions/table';

/** virsh setvcpus: how many vCPUs are online (up to the maximum), or with --maximum --config the maximum itself. */
export function VcpusDialog({ domain, cmd }: { domain: ApiDomain; cmd: DomainCommand }) {
  const active = domain.state !== 'shut off';
  const [open, setOpen] = useState(false);
  const t = useTranslations('forms');
  const modeOptions = useModeOptions();
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
      ? t('vcpusForm.whole')
      : n > max
        ? t('vcpusForm.overMax', { max })
        : maximum && mode !== 'config'
          ? t('vcpusForm.maximumNeedsConfig')
          : null;
  const args = { count: n, mode, maximum };
  const argv = virshArgv('setvcpus', domain.name, args);
  return (
    <>
      <ActionButton
        domain={domain}
        action="setvcpus"
        args={args}
        size="sm"
        pending={cmd.pending === 'setvcpus'}
        onClick={() => setOpen(true)}
      />
      <FormDialog
        open={open}
        onOpenChange={setOpen}
        title={t('vcpusForm.title', { name: domain.name })}
        description={t('vcpusForm.description')}
        argv={argv.ok ? argv.argv : null}
        problem={problem}
        pending={cmd.pending === 'setvcpus'}
        failure={cmd.failureOf('setvcpus')}
        submitLabel={uiActions.setvcpus.submit}
        onSubmit={() => cmd.run('setvcpus', args, () => setOpen(false))}
      >
        <Field label={t('vcpus')} hint={Number.isFinite(max) ? t('vcpusForm.range', { max }) : undefined}>
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
          <input type="checkbox" checked={maximum} onChange={(e) => setMaximum(e.target.checked)} /> {t('maximumFlag')}
        </label>
      </FormDialog>
    </>
  );
}
