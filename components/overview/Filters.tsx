'use client';

import { useTranslations } from 'next-intl';
import { useVirshWord } from '@/components/ui/use-virsh-word';
import { domainStates } from '@/lib/sim/states';
import type { ApiHost } from '@/lib/api/contract';
import type { DomainFilter } from './filters';
import { NameField, type NameInput } from './NameField';

const field = 'rounded-md border border-line bg-panel px-2 py-1.5 text-sm';

/**
 * `disabled`: the prerendered copy of `/`, until the page has hydrated (what was typed there would be
 * lost). The form is inert rather than each field disabled: a select's `disabled` changes every one of
 * its options' state, and Lighthouse's trace records each such change with a JavaScript stack (decision 058).
 */
export function Filters({
  hosts,
  filter,
  name,
  onChange,
  disabled,
}: {
  hosts: ApiHost[];
  /** The selects' values (the name's is the field's own: NameField). */
  filter: DomainFilter;
  name: NameInput;
  onChange: (f: Partial<DomainFilter>) => void;
  disabled?: boolean;
}) {
  const t = useTranslations('overview');
  const w = useVirshWord();
  return (
    <form
      role="search"
      aria-label={t('filter')}
      className="flex flex-wrap items-end gap-3"
      inert={disabled}
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="flex flex-col gap-1 text-xs text-muted">
        {t('host')}
        <select className={field} value={filter.host} onChange={(e) => onChange({ host: e.target.value })}>
          <option value="">{t('allHosts')}</option>
          {hosts.map((h) => (
            <option key={h.name} value={h.name}>
              {h.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs text-muted">
        {t('state')}
        <select
          className={field}
          value={filter.state}
          onChange={(e) => onChange({ state: e.target.value as DomainFilter['state'] })}
        >
          <option value="">{t('anyState')}</option>
          {domainStates.map((s) => (
            <option key={s} value={s}>
              {w(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs text-muted">
        {t('name')}
        <NameField name={name} className={`${field} w-48`} />
      </label>
    </form>
  );
}
