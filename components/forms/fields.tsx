'use client';

import type { ReactNode } from 'react';
import type { AffectMode } from '@/lib/api/contract';

export const inputClass = 'rounded-md border border-line bg-panel px-2 py-1.5 text-sm text-fg';

export function Field({ label, hint, children }: { label: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium">{label}</span>
      {children}
      {hint && <span className="text-xs text-muted">{hint}</span>}
    </label>
  );
}

export interface ModeOption {
  mode: AffectMode;
  label: string;
  why?: string;
}

/** --current / --live / --config: which definition a change goes to (libvirt's VIR_DOMAIN_AFFECT_*). */
export function ModeField({
  value,
  onChange,
  options,
  name,
}: {
  value: AffectMode;
  onChange: (m: AffectMode) => void;
  options: ModeOption[];
  name: string;
}) {
  return (
    <fieldset className="flex flex-col gap-1 text-sm">
      <legend className="mb-1 font-medium">Applies to</legend>
      {options.map((o) => (
        <label key={o.mode} className={`flex items-baseline gap-2 ${o.why ? 'text-muted' : ''}`}>
          <input
            type="radio"
            name={name}
            value={o.mode}
            checked={value === o.mode}
            disabled={!!o.why}
            onChange={() => onChange(o.mode)}
          />
          <span>
            {o.label}
            {o.why && <span className="ml-1 text-xs">— {o.why}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Which modes a domain allows: live needs it running, config needs it persistent. */
export function modeOptions(active: boolean, persistent: boolean, both = true): ModeOption[] {
  const notRunning = active ? undefined : 'the domain is not running';
  const transient = persistent ? undefined : 'a transient domain has no config';
  const opts: ModeOption[] = [
    { mode: 'current', label: '--current (live if running, else config)' },
    { mode: 'live', label: '--live (the running domain only)', why: notRunning },
    { mode: 'config', label: '--config (the persistent definition, from the next boot)', why: transient },
  ];
  if (both) opts.push({ mode: 'live+config', label: '--live --config (both)', why: notRunning ?? transient });
  return opts;
}
