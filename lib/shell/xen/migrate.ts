import { advanceJobs, migrationEndsAt } from '../../sim/ops/migrate/advance';
import { migrateStart } from '../../sim/ops/migrate/start';
import { domainRestore, domainSave } from '../../sim/ops/save';
import type { Host, World } from '../../sim/types';
import { domainByName, findHost } from '../../sim/world';
import { hvmCapable } from './host-info';

/**
 * The migration both dialects run once their own checks pass: the simulator's migration job,
 * run to its end (xm and xl both block until the guest has moved). To the same host (xend and
 * xl allow "localhost" for testing) the guest is saved and restored in place, with a new id.
 */
export type MigrateRun = { ok: true; world: World; now: number } | { ok: false; message: string };

export function runMigration(
  world: World,
  source: string,
  uuid: string,
  target: string,
  now: number,
  live: boolean,
  via: 'xl' | 'xm',
  wait = true,
): MigrateRun {
  if (target === source) {
    const saved = domainSave({ world, host: source, now }, uuid);
    if (!saved.ok) return { ok: false, message: saved.error.message };
    const back = domainRestore(
      { world: saved.value.world, host: source, now },
      { data: saved.value.image },
      '<migration stream>',
    );
    return back.ok ? { ok: true, world: back.value.world, now } : { ok: false, message: back.error.message };
  }
  const started = migrateStart({ world, host: source, now }, { uuid, target, live, persistent: false, via });
  if (!started.ok) return { ok: false, message: started.error.message };
  const moving = findHost(started.value.world, source)!.domains.find((d) => d.uuid === uuid)!;
  const end = migrationEndsAt(moving);
  if (end === null || !wait) return { ok: true, world: started.value.world, now };
  // A millisecond past the plan's end: at epoch-sized clocks, start + duration can round below it.
  const done = Math.ceil(end) + 1;
  return { ok: true, world: advanceJobs(started.value.world, done).world, now: done };
}

/** What the receiving side refuses while restoring: an HVM guest on a host without VT-x/AMD-V, a name in use. */
export function targetRefusal(target: Host, name: string, hvm: boolean): 'hvm' | { clashId: number } | null {
  if (hvm && !hvmCapable(target)) return 'hvm';
  const other = domainByName(target, name);
  if (other && other.id !== null) return { clashId: other.id };
  return null;
}
