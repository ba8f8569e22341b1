import { http, HttpResponse } from 'msw';
import type { ApiEvent, Transcript } from '@/lib/api/contract';
import { eventsQuery } from '@/lib/api/schemas/requests';
import { parse, queryOf, withLab } from '../http';
import { errorEvent } from '@/lib/api/error-event';
import { toEvent } from '../map';

export const eventHandlers = [
  /** `virsh event --all --loop` so far, with failed commands; `?host=` and `?domain=` narrow it. */
  http.get('*/api/events', ({ request }) =>
    withLab((lab) => {
      const q = parse(eventsQuery, queryOf(request));
      if (!q.ok) return q.error;
      const { host, domain } = q.value;
      const events = lab.world.events.map(toEvent);
      const errors = lab.journal.filter((t) => t.status !== 0).map((t) => errorEvent(t, t.domain ?? null));
      const all = [...events, ...errors]
        .filter((e) => (!host || e.host === host) && (!domain || e.domain === domain))
        .sort((a, b) => a.time - b.time);
      return HttpResponse.json<ApiEvent[]>(all);
    }),
  ),

  /** Every command run, by buttons and at the console, with what the tool printed. */
  http.get('*/api/journal', () => withLab((lab) => HttpResponse.json<Transcript[]>(lab.journal))),
];
