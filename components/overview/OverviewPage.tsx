'use client';

import { useTranslations } from 'next-intl';
import { useDeferredValue, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useDomains } from '@/lib/api/domains';
import { useHosts } from '@/lib/api/hosts';
import { labChangedHere } from '@/lib/api/client';
import { realBackend } from '@/lib/browser/backend';
import { labStored } from '@/lib/browser/first-paint';
import type { OverviewLists } from '@/lib/api/contract';
import { QueryString } from '@/components/ui/QueryString';
import type { DomainFilter } from './filters';
import { Heading, Overview } from './OverviewBody';
import type { NameInput } from './NameField';
import { useUrlFilter } from './use-url-filter';

const noFilter: DomainFilter = { host: '', state: '', q: '' };
const ignore = () => {};
const noName: NameInput = { url: '', typed: { current: null }, type: ignore };
const never = () => () => {};

function Loading({
  fields,
  name,
  onChange,
  disabled,
}: {
  fields: DomainFilter;
  name: NameInput;
  onChange: (c: Partial<DomainFilter>) => void;
  disabled?: boolean;
}) {
  const t = useTranslations('overview');
  return (
    <div className="flex flex-col gap-5">
      <Heading fields={fields} name={name} onChange={onChange} disabled={disabled} />
      <p role="status" className="text-muted">
        {t('loading')}
      </p>
    </div>
  );
}

/**
 * The overview. The prerendered HTML holds the first-visit lists (`firstVisit`, app/page.tsx) and
 * the loading line; the inline script of lib/browser/first-paint.ts shows the latter instead when
 * the lists may not be this browser's lab (a lab is stored, or the URL filters). Hydration renders
 * exactly that. Then, in the browser, the first-visit lists stand in until the API has answered when
 * they are known to be this lab: no lab is stored, and this page has sent no command (nor setting,
 * nor lesson) since it loaded. The lists keep their place in the tree throughout, so neither the
 * step after hydration nor the API's answer rebuilds rows that did not change.
 */
export function OverviewPage({ firstVisit }: { firstVisit: OverviewLists }) {
  const [search, setSearch] = useState('');
  const filter = useUrlFilter(search);
  const hosts = useHosts();
  const domains = useDomains();
  // Deferred: the step after hydration renders in a background render and commits in a task of its
  // own, not in one task with hydration's effects (decision 071). A client navigation renders at once.
  const inBrowser = useDeferredValue(
    useSyncExternalStore(
      never,
      () => true,
      () => false,
    ),
  );
  const stand = useRef<OverviewLists | null | undefined>(undefined);
  if (inBrowser && stand.current === undefined)
    stand.current = !labChangedHere() && !labStored() && !realBackend() ? firstVisit : null;
  if (hosts.data && domains.data) stand.current = null; // once live, never the first-visit lists again (a reset, a lesson)

  // The prerendered markup, made once: the render that only learns it is in the browser (its deferred
  // value still false) finds the same elements and renders none of it again (decision 071). Two
  // elements in the same places as before, so the lists keep their place in the tree (decision 058).
  const prerenderedLists = useMemo(
    () => (
      <div className="first-paint-lists">
        <Overview
          lists={firstVisit}
          live={false}
          fields={noFilter}
          name={noName}
          listed={noFilter}
          onChange={ignore}
          prerendered
        />
      </div>
    ),
    [firstVisit],
  );
  const prerenderedWait = useMemo(
    () => (
      <div className="first-paint-wait">
        <Loading fields={noFilter} name={noName} onChange={ignore} disabled />
      </div>
    ),
    [],
  );
  // The query string, read so that this page still hydrates (components/ui/QueryString.tsx).
  const query = <QueryString onChange={setSearch} />;
  if (!inBrowser)
    return (
      <>
        {query}
        {prerenderedLists}
        {prerenderedWait}
      </>
    );
  if (hosts.isError || domains.isError)
    return (
      <>
        {query}
        <p role="alert" className="text-danger">
          {(hosts.error ?? domains.error)?.message}
        </p>
      </>
    );
  const lists = hosts.data && domains.data ? { hosts: hosts.data, domains: domains.data } : stand.current;
  return (
    <>
      {query}
      <div>
        {lists ? (
          <Overview
            lists={lists}
            live={lists !== stand.current}
            fields={filter.fields}
            name={filter.name}
            listed={filter.listed}
            onChange={filter.change}
          />
        ) : (
          <Loading fields={filter.fields} name={filter.name} onChange={filter.change} />
        )}
      </div>
    </>
  );
}
