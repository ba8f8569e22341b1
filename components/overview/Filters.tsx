'use client';

import { domainStates } from '@/lib/sim/states';
import type { ApiHost } from '@/lib/api/contract';
import type { DomainFilter } from './filters';

const field = 'rounded-md border border-line bg-panel px-2 py-1.5 text-sm';

/** `disabled`: the prerendered copy of `/`, replaced once the page's code runs (what was typed there would be lost). */
export function Filters({
  hosts,
  filter,
  onChange,
  disabled,
}: {
  hosts: ApiHost[];
  filter: DomainFilter;
  onChange: (f: Partial<DomainFilter>) => void;
  disabled?: boolean;
}) {
  return (
    <form
      role="search"
      aria-label="Filter domains"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="flex flex-col gap-1 text-xs text-muted">
        Host
        <select
          className={field}
          disabled={disabled}
          value={filter.host}
          onChange={(e) => onChange({ host: e.target.value })}
        >
          <option value="">All hosts</option>
          {hosts.map((h) => (
            <option key={h.name} value={h.name}>
              {h.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs text-muted">
        State
        <select
          className={field}
          disabled={disabled}
          value={filter.state}
          onChange={(e) => onChange({ state: e.target.value as DomainFilter['state'] })}
        >
          <option value="">Any state</option>
          {domainStates.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs text-muted">
        Name
        <input
          type="search"
          disabled={disabled}
          className={`${field} w-48`}
          placeholder="web, db…"
          value={filter.q}
          onChange={(e) => onChange({ q: e.target.value })}
        />
      </label>
    </form>
  );
}
