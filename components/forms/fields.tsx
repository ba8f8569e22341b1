'use client';

import { useTranslations } from 'next-intl';
import { cloneElement, type ReactElement, type ReactNode, useId } from 'react';
import type { AffectMode, RestoreAs } from '@/lib/actions/args';

export const inputClass = 'rounded-md border border-line bg-panel px-2 py-1.5 text-sm text-fg';

/**
 * A labelled control: the label is the control's accessible name, the hint (limits, a format) its
 * description (aria-describedby) — inside the <label> the hint would be read as part of the name.
 * `children` is one form control; it gets the id, and the hint's id in its aria-describedby.
 */
export function Field({ label, hint, children }: { label: string; hint?: ReactNode; children: ReactElement }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const own = children.props as { id?: string; 'aria-describedby'?: string };
  const control = cloneElement(children, {
    id: own.id ?? id,
    'aria-describedby': [own['aria-describedby'], hint ? hintId : undefined].filter(Boolean).join(' ') || undefined,
  } as Record<string, unknown>);
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={own.id ?? id} className="font-medium">
        {label}
      </label>
      {control}
      {hint && (
        <span id={hintId} className="text-xs text-muted">
          {hint}
        </span>
      )}
    </div>
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
  const t = useTranslations('forms');
  return (
    <fieldset className="flex flex-col gap-1 text-sm">
      <legend className="mb-1 font-medium">{t('appliesTo')}</legend>
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

/** Which modes a domain allows: live needs it running, config needs it persistent (labels start "<flags> (" in every language). */
export function useModeOptions() {
  const t = useTranslations('forms');
  return (active: boolean, persistent: boolean, both = true): ModeOption[] => {
    const notRunning = active ? undefined : t('modeWhy.notRunning');
    const transient = persistent ? undefined : t('modeWhy.transient');
    const opts: ModeOption[] = [
      { mode: 'current', label: t('mode.current') },
      { mode: 'live', label: t('mode.live'), why: notRunning },
      { mode: 'config', label: t('mode.config'), why: transient },
    ];
    if (both) opts.push({ mode: 'live+config', label: t('mode.both'), why: notRunning ?? transient });
    return opts;
  };
}

/** --running / --paused: the state a save file restores to (save, managedsave, restore). */
export function RestoreAsField({ value, onChange }: { value: RestoreAs | ''; onChange: (v: RestoreAs | '') => void }) {
  const t = useTranslations('forms');
  const options = [
    ['', t('asSaved')],
    ['running', '--running'],
    ['paused', '--paused'],
  ] as const;
  return (
    <fieldset className="flex flex-col gap-1 text-sm">
      <legend className="mb-1 font-medium">{t('afterRestore')}</legend>
      {options.map(([v, l]) => (
        <label key={v} className="flex items-center gap-2">
          <input type="radio" name="restore-as" checked={value === v} onChange={() => onChange(v)} /> {l}
        </label>
      ))}
    </fieldset>
  );
}
