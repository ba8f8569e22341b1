'use client';

import { useTranslations } from 'next-intl';
import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import type { ApiDomain } from '@/lib/api/contract';
import type { DomainCommand } from '@/components/actions/use-domain-command';
import { EventLog as EventLogAlways } from './EventLog';
import { ResourcePanel } from './ResourcePanel';
import { panicOf } from './diagram-model';
import { StateDiagram as StateDiagramAlways } from './StateDiagram';
import { XmlView } from './XmlView';

const StateDiagram = memo(StateDiagramAlways);
const EventLog = memo(EventLogAlways);

/**
 * How many of `count` parts are shown: one at first, then one more after each commit, in a transition
 * of its own. The lower half inserted at once was one commit of ~35 ms of CPU under Lighthouse's trace
 * (its DOM made and styled with every change recorded); in three parts no commit is that long
 * (decision 072). Once all are shown nothing is deferred: an action renders them together.
 */
function useParts(count: number) {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown < count) startTransition(() => setShown(shown + 1));
  }, [shown, count]);
  return shown;
}

/**
 * The lower half of the domain page: the state diagram, the XML, the resources (their
 * dialogs) and the event log. Its own chunk, loaded while the page waits for its data, so the
 * page's first load carries none of it (docs/decisions/039).
 */
export default function DomainDetails({ domain: d, cmd }: { domain: ApiDomain; cmd: DomainCommand }) {
  const t = useTranslations('domain');
  const events = useMemo(() => ({ host: d.host, domain: d.name }), [d.host, d.name]);
  // The diagram first (nearest the buttons), then the XML below it, then the resources and the log.
  const parts = useParts(3);
  return (
    <div className="grid gap-4 @4xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="flex min-w-0 flex-col gap-4">
        <StateDiagram
          driver={d.driver}
          state={d.state}
          last={d.lastTransition}
          pending={d.pending}
          panic={panicOf(d)}
        />
        {/* Keyed on whether there is a live XML (its tab is the default then), not on the state: a remount per action costs a style recalculation. */}
        {parts > 1 && <XmlView key={d.xml.live ? 'live' : 'inactive'} domain={d} />}
      </div>
      {parts > 2 && (
        <div className="flex min-w-0 flex-col gap-4">
          <ResourcePanel domain={d} cmd={cmd} />
          <EventLog title={t('events', { name: d.name })} filter={events} />
        </div>
      )}
    </div>
  );
}
