'use client';

import { useTranslations } from 'next-intl';
import { useEvents, type EventFilter } from '@/lib/api/events';
import { formatTime } from '@/components/ui/format';

/** The event log as `virsh event` prints it, newest first; failed commands appear in red with libvirt's message. */
export function EventLog({ title, filter = {}, limit = 50 }: { title: string; filter?: EventFilter; limit?: number }) {
  const t = useTranslations('events');
  const events = useEvents(filter);
  const list = [...(events.data ?? [])].reverse().slice(0, limit);
  return (
    <section aria-labelledby="event-log" className="rounded-lg border border-line bg-panel">
      <h2 id="event-log" className="border-b border-line px-4 py-2.5 text-base font-semibold">
        {title}
      </h2>
      {events.isError && (
        <p role="alert" className="px-4 py-3 text-danger">
          {events.error.message}
        </p>
      )}
      {list.length === 0 && !events.isPending && <p className="px-4 py-3 text-sm text-muted">{t('none')}</p>}
      <ol tabIndex={0} className="max-h-72 overflow-y-auto font-mono text-xs" aria-label={t('list')}>
        {list.map((e) => (
          <li
            key={e.id}
            className={`flex gap-3 border-b border-line/50 px-4 py-1.5 last:border-0 ${e.type === 'error' ? 'text-danger' : ''}`}
          >
            <time className="shrink-0 text-muted" dateTime={new Date(e.time).toISOString()}>
              {formatTime(e.time)}
            </time>
            <span className="shrink-0 text-muted">{e.host}</span>
            {/* What `virsh event` prints: tool output, never translated. */}
            <samp className="min-w-0 overflow-x-auto whitespace-pre-wrap">
              {e.type === 'error' ? `error: ${e.text}` : e.text}
            </samp>
          </li>
        ))}
      </ol>
    </section>
  );
}
