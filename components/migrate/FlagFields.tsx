'use client';

import { inputClass } from '@/components/forms/fields';
import type { BoolFlag, MigrateForm } from './migrate-form';

/** Each flag with what libvirt does with it; the names are virsh's, so the form reads like the command. */
const FLAGS: { key: BoolFlag; flag: string; help: string }[] = [
  {
    key: 'live',
    flag: '--live',
    help: 'Copy memory while the guest keeps running (pre-copy rounds). Without it the guest is paused for the whole copy: the non-live ("offline" in the Xen sense) migration.',
  },
  {
    key: 'offline',
    flag: '--offline',
    help: 'libvirt\'s own --offline: move only the persistent definition. No memory is copied and a running guest stays here. Needs --persistent. Not the Xen "offline" migration above.',
  },
  {
    key: 'persistent',
    flag: '--persistent',
    help: 'Define the guest on the target too; without it it arrives as a transient domain.',
  },
  {
    key: 'undefinesource',
    flag: '--undefinesource',
    help: 'Remove the definition from this host once the guest has moved.',
  },
  { key: 'suspend', flag: '--suspend', help: 'Leave the guest paused on the target.' },
  {
    key: 'autoConverge',
    flag: '--auto-converge',
    help: "QEMU: throttle the guest's vCPUs (20 %, then +10 % steps) when pre-copy cannot keep up with its writes.",
  },
  {
    key: 'postcopy',
    flag: '--postcopy',
    help: 'QEMU: after the first pass, run the guest on the target and pull the remaining pages after it (the lab switches as --postcopy-after-precopy).',
  },
];

type Set = <K extends keyof MigrateForm>(k: K, v: MigrateForm[K]) => void;

export function FlagFields({ form, set }: { form: MigrateForm; set: Set }) {
  const xm = form.tool === 'xm';
  return (
    <fieldset className="flex flex-col gap-2 text-sm">
      <legend className="mb-1 font-medium">Options</legend>
      {FLAGS.map(({ key, flag, help }) => {
        const off = xm && key !== 'live';
        return (
          <label key={key} className={`flex items-start gap-2 ${off ? 'text-muted' : ''}`}>
            <input
              type="checkbox"
              className="mt-1"
              checked={!off && form[key]}
              disabled={off}
              onChange={(e) => set(key, e.target.checked)}
            />
            <span>
              <code className="font-semibold">{flag}</code>
              <span className="block text-xs text-muted">{off ? 'xm migrate has no such option.' : help}</span>
            </span>
          </label>
        );
      })}
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberFlag
          label="--timeout"
          unit="seconds"
          value={form.timeout}
          disabled={xm}
          onChange={(v) => set('timeout', v)}
          help="If a live migration runs longer, virsh suspends the guest so the copy can finish."
        />
        <NumberFlag
          label="--bandwidth"
          unit="MiB/s"
          value={form.bandwidth}
          disabled={xm}
          onChange={(v) => set('bandwidth', v)}
          help="Cap the migration stream. Empty: the lab's 1 GbE link, about 117 MiB/s."
        />
      </div>
    </fieldset>
  );
}

function NumberFlag({
  label,
  unit,
  value,
  disabled,
  help,
  onChange,
}: {
  label: string;
  unit: string;
  value: string;
  disabled: boolean;
  help: string;
  onChange: (v: string) => void;
}) {
  return (
    <label className={`flex flex-col gap-1 ${disabled ? 'text-muted' : ''}`}>
      <span>
        <code className="font-semibold">{label}</code> <span className="text-xs">({unit})</span>
      </span>
      <input
        className={inputClass}
        inputMode="numeric"
        value={disabled ? '' : value}
        disabled={disabled}
        placeholder="none"
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="text-xs text-muted">{disabled ? 'xm migrate has no such option.' : help}</span>
    </label>
  );
}
