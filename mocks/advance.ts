import { advanceJobs } from '@/lib/sim/ops/migrate/advance';
import { migrationJobOf } from '@/lib/sim/ops/migrate/jobs';
import type { LifecycleAction } from '@/lib/sim/transitions';
import type { World } from '@/lib/sim/types';
import { domainName } from '@/lib/sim/world';
import type { Lab } from './store';
import { diffTransitions } from './transitions-log';

/**
 * The virsh line a running job or a guest's pending request stands for, to label the state
 * changes it causes as it moves.
 */
function jobLines(world: World): Map<string, { line: string; action: LifecycleAction }> {
  const lines = new Map<string, { line: string; action: LifecycleAction }>();
  for (const h of world.hosts) {
    for (const d of h.domains) {
      if (d.guestRequest) {
        const action = d.guestRequest.kind === 'reboot' ? 'reboot' : 'shutdown';
        lines.set(d.uuid, { line: `virsh ${action} ${domainName(d)}`, action });
      }
      const req = migrationJobOf(d)?.request;
      if (!req) continue;
      const target = world.hosts.find((x) => x.name === req.target);
      const name = (d.live ?? d.config)?.name ?? '';
      const line = `virsh migrate ${req.live ? '--live ' : ''}${name} ${target?.uri ?? req.target}`;
      lines.set(d.uuid, { line, action: 'migrate' });
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
  for (const [uuid, { line, action }] of lines) {
    const own = diffTransitions(lab.world, moved.world, moved.events, line, action, now, seq).filter(
      (t) => t.uuid === uuid,
    );
    for (const t of own) transitions.push({ ...t, seq: ++seq });
  }
  return { ...lab, world: moved.world, transitions: [...lab.transitions, ...transitions], seq };
}
