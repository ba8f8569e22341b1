'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { memo, useMemo } from 'react';
import { paths } from '@/lib/routes';
import { useDomain } from '@/lib/api/domains';
import { DeferredMount } from '@/components/ui/DeferredMount';
import { StateBadge } from '@/components/ui/StateBadge';
import { JobPanel as JobPanelAlways } from '@/components/migrate/JobPanel';
import { WhereIsIt } from '@/components/migrate/WhereIsIt';
import { ActionBar } from './ActionBar';
import { EventLog as EventLogAlways } from './EventLog';
import { LastCommand as LastCommandAlways } from './LastCommand';
import { PendingRequest } from './PendingRequest';
import { ResourcePanel } from './ResourcePanel';
import { StateDiagram as StateDiagramAlways } from './StateDiagram';
import { useDomainCommand } from '@/components/actions/use-domain-command';
import { EquivalentsHost } from '@/components/actions/equivalents-host';
import { XmlView } from './XmlView';

/*
 * A click renders this page twice (the command pending, then its answer). The panels an action
 * does not change are skipped: only the buttons render for the pending state, and the answer
 * renders what it changed (XmlView compares the definitions itself).
 */
const StateDiagram = memo(StateDiagramAlways);
const LastCommand = memo(LastCommandAlways);
const JobPanel = memo(JobPanelAlways);
const EventLog = memo(EventLogAlways);

export function DomainPage({ host, name }: { host: string; name: string }) {
  const t = useTranslations('domain');
  const domain = useDomain(host, name);
  const cmd = useDomainCommand(host, name);
  const [eHost, eName] = [domain.data?.host ?? host, domain.data?.name ?? name];
  const events = useMemo(() => ({ host: eHost, domain: eName }), [eHost, eName]);
  const driver = domain.data?.driver;
  const onHost = useMemo(() => (driver ? { name: eHost, driver } : null), [eHost, driver]);

  if (domain.isPending)
    return (
      <p role="status" className="text-muted">
        Loading {name}…
      </p>
    );
  if (domain.isError) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-semibold">{name}</h1>
        <p role="alert" className="text-danger">
          {domain.error.message}
        </p>
        <WhereIsIt host={host} name={name} />
        <LastCommand transcript={cmd.last} />
        <Link href={paths.overview()} className="text-accent underline">
          {t('back')}
        </Link>
      </div>
    );
  }
  const d = domain.data;
  return (
    // The forms' equivalent commands are this host's (xm and xl only on a Xen host).
    <EquivalentsHost value={onHost}>
      {/* A container, not the viewport, decides the columns: with the lesson panel open at 1024 px the
          page is ~600 px wide, and the diagram takes the whole width so its labels stay readable. */}
      <div className="@container flex flex-col gap-4">
        <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
          <Link href={paths.overview()} className="text-accent underline underline-offset-2">
            {t('overview')}
          </Link>{' '}
          / {d.host} / <span className="text-fg">{d.name}</span>
        </nav>
        <header className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <h1 className="text-2xl font-semibold break-all">{d.name}</h1>
          <span role="status" aria-label={t('state')}>
            <StateBadge state={d.state} reason={d.reason} />
          </span>
          <PendingRequest domain={d} />
          <span className="text-sm text-muted">
            {t('facts', { id: d.id ?? '-', persistent: String(d.persistent), autostart: String(d.autostart) })}
            {d.managedSave && t('managedSave')}
          </span>
          <code className="text-xs text-muted">{d.uuid}</code>
        </header>
        <ActionBar domain={d} cmd={cmd} />
        {/* Right under the buttons: what a click ran and what the tool answered, without scrolling. */}
        <LastCommand transcript={cmd.last} />
        <JobPanel host={d.host} name={d.name} onCommand={cmd.show} />
        {/* The diagram, the XML, the resources and the log come one step after the rest when the
            page's data first arrives (its longest task, halved); an action renders them at once. */}
        <DeferredMount>
          <div className="grid gap-4 @4xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <div className="flex min-w-0 flex-col gap-4">
              <StateDiagram driver={d.driver} state={d.state} last={d.lastTransition} pending={d.pending} />
              {/* Keyed on whether there is a live XML (its tab is the default then), not on the state: a remount per action costs a style recalculation. */}
              <XmlView key={d.xml.live ? 'live' : 'inactive'} domain={d} />
            </div>
            <div className="flex min-w-0 flex-col gap-4">
              <ResourcePanel domain={d} cmd={cmd} />
              <EventLog title={t('events', { name: d.name })} filter={events} />
            </div>
          </div>
        </DeferredMount>
      </div>
    </EquivalentsHost>
  );
}
