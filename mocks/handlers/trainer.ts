import { http, HttpResponse } from 'msw';
import type { CrashResult } from '@/lib/api/contract';
import { guestCrash } from '@/lib/sim/ops/guest-crash';
import { currentDef, domainByName, findHost } from '@/lib/sim/world';
import { problem, withLab } from '../http';
import { toDomain, toEvent } from '../map';
import { lessonStore } from '../lessons';
import { store } from '../store';
import { diffTransitions } from '../transitions-log';
import { findForCommand, type Params } from './jobs';

/** What the diagram's caption says made the move: the line inside the guest a trainer's panic stands for. */
export const CRASH_LINE = 'echo c > /proc/sysrq-trigger';

export const trainerHandlers = [
  /** Failure injection: the guest's kernel panics now; its on_crash action decides what follows. */
  http.post<Params>('*/api/hosts/:host/domains/:name/crash', ({ params, request }) =>
    withLab(async (lab, now) => {
      const f = await findForCommand(lab, params, request);
      if (!f.ok) return f.error;
      const crash = guestCrash({ world: lab.world, host: f.h.name, now }, f.d.uuid);
      if (!crash.ok) return problem(409, crash.error.code, crash.error.message);
      const { world, events, dumpFile, hung } = crash.value;
      const moves = diffTransitions(lab.world, world, events, CRASH_LINE, 'crash', now, lab.seq, f.h.name);
      const seq = moves.at(-1)?.seq ?? lab.seq;
      const after = { ...lab, world, transitions: [...lab.transitions, ...moves], seq };
      store().commit(after);
      lessonStore().observe(world, now);
      const h = findHost(world, f.h.name)!;
      const d = domainByName(h, params.name);
      return HttpResponse.json<CrashResult>({
        onCrash: currentDef(f.d).onCrash,
        events: events.map(toEvent),
        dumpFile: dumpFile ?? null,
        hung: hung ?? false,
        domain: d ? toDomain(h, d, after.transitions) : null,
      });
    }),
  ),
];
