'use client';

import { useTranslations } from 'next-intl';
import { useRef, useSyncExternalStore } from 'react';
import { useDomains } from '@/lib/api/domains';
import { useHosts } from '@/lib/api/hosts';
import { labChangedHere } from '@/lib/api/client';
import { realBackend } from '@/lib/browser/backend';
import { labStored } from '@/lib/browser/first-paint';
import type { OverviewLists } from '@/lib/api/contract';
import type { DomainFilter } from './filters';
import { Heading, Overview } from './OverviewBody';
import { useUrlFilter } from './use-url-filter';

const noFilter: DomainFilter = { host: '', state: '', q: '' };
const ignore = () => {};
const never = () => () => {};

/**
 * What the prerendered HTML of `/` holds while the page's code loads: the first-visit lists
 * (app/page.tsx). The inline script of lib/browser/first-paint.ts hides them, and shows the
 * loading line instead, when they may not be this browser's lab (a lab is stored, or the URL filters).
 */
export function OverviewFirstPaint({ lists }: { lists: OverviewLists }) {
  const t = useTranslations('overview');
  return (
    <>
      <div className="first-paint-lists">
        <Overview lists={lists} live={false} fields={noFilter} listed={noFilter} onChange={ignore} prerendered />
      </div>
      <div className="first-paint-wait flex flex-col gap-5">
        <Heading fields={noFilter} onChange={ignore} disabled />
        <p role="status" className="text-muted">
          {t('loading')}
        </p>
      </div>
    </>
  );
}

/**
 * The overview. `firstVisit` (the lists a first visit gets) stands in until the API has answered,
 * when it is known to be this lab: no lab is stored, and this page has sent no command (nor
 * setting, nor lesson) since it loaded. Decided once, in the browser: on a server render (next dev
 * renders this page per request) and while hydrating, there is no stand-in.
 */
export function OverviewPage({ firstVisit }: { firstVisit?: OverviewLists }) {
  const t = useTranslations('overview');
  const filter = useUrlFilter();
  const hosts = useHosts();
  const domains = useDomains();
  const inBrowser = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  const stand = useRef<OverviewLists | null | undefined>(undefined);
  if (inBrowser && stand.current === undefined)
    stand.current = firstVisit && !labChangedHere() && !labStored() && !realBackend() ? firstVisit : null;
  if (hosts.data && domains.data) stand.current = null; // once live, never the first-visit lists again (a reset, a lesson)

  if (hosts.isError || domains.isError)
    return (
      <p role="alert" className="text-danger">
        {(hosts.error ?? domains.error)?.message}
      </p>
    );
  const lists = hosts.data && domains.data ? { hosts: hosts.data, domains: domains.data } : stand.current;
  if (!lists) {
    return (
      <div className="flex flex-col gap-5">
        <Heading fields={filter.fields} onChange={filter.change} />
        <p role="status" className="text-muted">
          {t('loading')}
        </p>
      </div>
    );
  }
  return (
    <Overview
      lists={lists}
      live={lists !== stand.current}
      fields={filter.fields}
      listed={filter.listed}
      onChange={filter.change}
    />
  );
}
