import { advanceJobs } from '@/lib/sim/ops/migrate/advance';
import { migrationJobOf } from '@/lib/sim/ops/migrate/jobs';
import type { World } from '@/lib/sim/types';
import { domainName } from '@/lib/sim/world';
import type { Lab } from './store';
import { diffTransitions } from './transitions-log';

/**
 * The virsh line a running job or a guest's pending request stands for, to label the state
 * changes it causes as it moves.
 */
function jobLines(world: World): Map<string, string> {
  const lines = new Map<string, string>();
  for (const h of world.hosts) {
    for (const d of h.domains) {
      if (d.guestRequest)
        lines.set(d.uuid, `virsh ${d.guestRequest.kind === 'reboot' ? 'reboot' : 'shutdown'} ${domainName(d)}`);
      const req = migrationJobOf(d)?.request;
      if (!req) continue;
      const target = world.hosts.find((x) => x.name === req.target);
      const name = (d.live ?? d.config)?.name ?? '';
      lines.set(d.uuid, `virsh migrate ${req.live ? '--live ' : ''}${name} ${target?.uri ?? req.target}`);
    }
  }
  return lines;
}

/**
 * Moves the lab's jobs to `now` before a request is answered: a migration pauses for its
 * stop-and-copy, lands on its target or fails with time, a guest answers a shutdown, whoever asks. The state changes join
 * the transition log (the state diagram) like a command's; the lab is unchanged when no job moved.
 */
export function advanceLab(lab: Lab, now: number): Lab {
  const lines = jobLines(lab.world);
  if (lines.size === 0) return lab;
  const moved = advanceJobs(lab.world, now);
  if (moved.world === lab.world) return lab;
  let seq = lab.seq;
  const transitions = [];
  for (const [uuid, line] of lines) {
    const own = diffTransitions(lab.world, moved.world, moved.events, line, 'migrate', now, seq).filter(
      (t) => t.uuid === uuid,
    );
    for (const t of own) transitions.push({ ...t, seq: ++seq });
  }
  return { ...lab, world: moved.world, transitions: [...lab.transitions, ...transitions], seq };
}
