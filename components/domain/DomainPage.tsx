'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { memo, useEffect, useMemo } from 'react';
import { paths } from '@/lib/routes';
import { useDomain } from '@/lib/api/domains';
import { DeferredMount } from '@/components/ui/DeferredMount';
import { StateBadge } from '@/components/ui/StateBadge';
import { JobPanel as JobPanelAlways } from '@/components/migrate/JobPanel';
import { WhereIsIt } from '@/components/migrate/WhereIsIt';
import { ActionBar } from './ActionBar';
import { LastCommand as LastCommandAlways } from './LastCommand';
import { PendingRequest } from './PendingRequest';
import { useLastEcho } from './use-last-echo';
import { TrainerActions } from './TrainerActions';
import { useDomainCommand } from '@/components/actions/use-domain-command';
import { EquivalentsHost } from '@/components/actions/equivalents-host';
import { VirshError } from '@/components/actions/VirshError';

// The page's lower half (diagram, XML tabs, resources, event log) is a chunk of its own, asked for
// when the page mounts — while it waits for its data — so the first load does not carry it.
const loadDetails = () => import('./DomainDetails');
const DomainDetails = dynamic(loadDetails, { ssr: false });

/*
 * A click renders this page twice (the command pending, then its answer). The panels an action
 * does not change are skipped: only the buttons render for the pending state, and the answer
 * renders what it changed (XmlView compares the definitions itself).
 */
const LastCommand = memo(LastCommandAlways);
const JobPanel = memo(JobPanelAlways);

export function DomainPage({ host, name }: { host: string; name: string }) {
  const t = useTranslations('domain');
  const domain = useDomain(host, name);
  const cmd = useDomainCommand(host, name);
  const eHost = domain.data?.host ?? host;
  const driver = domain.data?.driver;
  const last = useLastEcho(eHost, domain.data?.name ?? name, cmd.last);
  const onHost = useMemo(() => (driver ? { name: eHost, driver } : null), [eHost, driver]);
  useEffect(() => void loadDetails(), []);

  if (domain.isPending)
    return (
      <p role="status" className="text-muted">
        {t('loading', { name })}
      </p>
    );
  if (domain.isError) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-semibold">{name}</h1>
        <p role="alert" className="text-danger">
          <VirshError message={domain.error.message} />
        </p>
        <WhereIsIt host={host} name={name} />
        <LastCommand transcript={last} />
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
        {/* When the page's data first arrives, what it shows comes in steps, each below the last, so no
            step moves what is painted: the name and state first; then the buttons (eighteen, each with
            its hint), what a click ran and the job; then the trainer's panel, the diagram, the XML, the
            resources and the log (on a phone all of it below the buttons). One render of it all was the
            page's longest task (decisions 064, 072). Once shown, an action renders them at once. */}
        <DeferredMount>
          <ActionBar domain={d} cmd={cmd} />
          {/* Right under the buttons: what a click ran and what the tool answered, without scrolling. */}
          <LastCommand transcript={last} />
          <JobPanel host={d.host} name={d.name} onCommand={cmd.show} />
          <DeferredMount>
            <TrainerActions key={`${d.host}/${d.name}`} domain={d} />
            <DomainDetails domain={d} cmd={cmd} />
          </DeferredMount>
        </DeferredMount>
      </div>
    </EquivalentsHost>
  );
}
