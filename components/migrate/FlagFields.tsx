'use client';

import { useTranslations } from 'next-intl';
import { inputClass } from '@/components/forms/fields';
import { realBackend } from '@/lib/browser/backend';
import type { BoolFlag, MigrateForm } from './migrate-form';

/** Each flag with what libvirt does with it; the names are virsh's, so the form reads like the command. */
const FLAGS: { key: BoolFlag; flag: string }[] = [
  { key: 'live', flag: '--live' },
  { key: 'offline', flag: '--offline' },
  { key: 'persistent', flag: '--persistent' },
  { key: 'undefinesource', flag: '--undefinesource' },
  { key: 'suspend', flag: '--suspend' },
  { key: 'autoConverge', flag: '--auto-converge' },
  { key: 'postcopy', flag: '--postcopy' },
];

type Set = <K extends keyof MigrateForm>(k: K, v: MigrateForm[K]) => void;

export function FlagFields({ form, set }: { form: MigrateForm; set: Set }) {
  const t = useTranslations('migrateForm');
  // xm and xl have no other flags (xl not even --live: it always migrates live).
  const xm = form.tool !== 'virsh';
  return (
    <fieldset className="flex flex-col gap-2 text-sm">
      <legend className="mb-1 font-medium">{t('options')}</legend>
      {FLAGS.map(({ key, flag }) => {
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
              <span className="block text-xs text-muted">
                {off ? t('noSuchOption', { tool: form.tool }) : t(`help.${key}`)}
              </span>
            </span>
          </label>
        );
      })}
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberFlag
          label="--timeout"
          unit={t('seconds')}
          value={form.timeout}
          disabled={xm}
          onChange={(v) => set('timeout', v)}
          help={xm ? t('noSuchOption', { tool: form.tool }) : t('help.timeout')}
        />
        <NumberFlag
          label="--bandwidth"
          unit="MiB/s"
          value={form.bandwidth}
          disabled={xm}
          onChange={(v) => set('bandwidth', v)}
          help={
            xm ? t('noSuchOption', { tool: form.tool }) : t(realBackend() ? 'help.bandwidthReal' : 'help.bandwidth')
          }
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
  const t = useTranslations('migrateForm');
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
        placeholder={t('none')}
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="text-xs text-muted">{help}</span>
    </label>
  );
}
