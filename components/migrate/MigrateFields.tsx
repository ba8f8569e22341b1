'use client';

import { useTranslations } from 'next-intl';
import type { ApiHost } from '@/lib/api/contract';
import { Field, inputClass } from '@/components/forms/fields';
import { formatKiB } from '@/components/ui/format';
import type { MigrateForm } from './migrate-form';

export function TargetField({
  hosts,
  source,
  value,
  onChange,
}: {
  hosts: ApiHost[];
  source: ApiHost | undefined;
  value: string;
  onChange: (v: string) => void;
}) {
  const t = useTranslations('forms');
  return (
    <Field label={t('targetHost')} hint={t('targetHint')}>
      <select className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
        {hosts
          .filter((h) => h.name !== source?.name)
          .map((h) => (
            <option key={h.name} value={h.name}>
              {t('hostOption', {
                name: h.name,
                hypervisor: h.hypervisor,
                version: h.hypervisorVersion,
                free: formatKiB(h.freeKiB),
                offline: h.reachable ? 'no' : 'yes',
              })}
            </option>
          ))}
      </select>
    </Field>
  );
}

/** On a Xen host: through xend (xm), xl over ssh, or libvirt's libxl driver (virsh). */
export function ToolField({
  value,
  onChange,
}: {
  value: MigrateForm['tool'];
  onChange: (v: MigrateForm['tool']) => void;
}) {
  const t = useTranslations('migrateForm.tool');
  return (
    <fieldset className="flex flex-col gap-1 text-sm">
      <legend className="mb-1 font-medium">{t('legend')}</legend>
      {(['xm', 'xl', 'virsh'] as const).map((v) => (
        <label key={v} className="flex items-baseline gap-2">
          <input type="radio" name="migrate-tool" checked={value === v} onChange={() => onChange(v)} />{' '}
          <span>
            {v} migrate — {t(v)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
