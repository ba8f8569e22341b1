import { xendWaitsSince } from '../../sim/ops/migrate/xend-suspend';
import { migrationProgress } from '../../sim/ops/migrate/advance';
import { migrationJobOf } from '../../sim/ops/migrate/jobs';
import { pausedAfterArrival, xenMigrationStage } from '../../sim/ops/migrate/switchover';
import type { Domain, OutgoingMigrationJob } from '../../sim/types';
import { currentDef } from '../../sim/world';

/**
 * A domain Xen holds shut down (xl list's `s`, then the reason's letter; xm's `s`): suspended by a save
 * stream, or kept by a `preserve` action after a power-off or reboot. `paused` once a destroy has
 * paused it (libxl__destroy_domid pauses first).
 */
export interface XenShutdown {
  reason: 'suspend' | 'poweroff' | 'reboot' | 'crash';
  paused: boolean;
}

/**
 * A guest leaving a Xen host, as the toolstack moving it names it there (migration-names below):
 * xend renames it `migrating-<name>` for the whole save (XendCheckpoint.save), xl only once the
 * target has acknowledged the transfer (`<name>--migratedaway`, xl_migrate.c migrate_domain);
 * libvirt's libxl driver renames nothing. The stream suspends it for its last round.
 */
export function leavingXen(d: Domain, now: number): { name?: string; shutdown?: XenShutdown } {
  const job = migrationJobOf(d);
  const stage = xenMigrationStage(d, now);
  if (!job || !stage) return {};
  const name = currentDef(d).name;
  const renamed =
    job.request.via === 'xm'
      ? `migrating-${name}`
      : job.request.via === 'xl' && stage === 'switchover'
        ? `${name}--migratedaway`
        : undefined;
  // A guest `xm pause` stopped never suspends: xend waits for it (xend-suspend.ts), paused, not shut down.
  const last = (stage === 'switchover' || migrationProgress(d, now)?.paused) && xendWaitsSince(d, now) === null;
  // In the switch-over libxl's destroy has paused it; `xl unpause` clears that flag (still shut down: `---ss-`).
  const paused = stage === 'switchover' ? job.xlPause?.leaving !== false : job.wasPaused;
  return {
    ...(renamed ? { name: renamed } : {}),
    ...(last ? { shutdown: { reason: 'suspend' as const, paused } } : {}),
  };
}

/**
 * The guest a Xen target is receiving, as its toolstack names it: xl's migrate-receive restores the
 * stream into `<name>--incoming` and renames it back once the source says go (xl_vmcontrol.c
 * create_domain); xend (XendCheckpoint.restore) and libvirt restore it under its own name. Paused
 * while the memory arrives; then running (unless it was paused), as the source destroys its copy.
 */
export function arrivingXen(
  d: Domain,
  job: OutgoingMigrationJob,
  now: number,
): { name: string; running: boolean; unpaused: boolean } {
  const name = currentDef(d).name;
  const stage = xenMigrationStage(d, now);
  const started = stage === 'switchover';
  return {
    name: job.request.via === 'xl' && !started ? `${name}--incoming` : name,
    running: started && !job.wasPaused && !job.request.suspend && !pausedAfterArrival(job),
    // `xl unpause` while the memory arrives clears the creation's pause flag, but the vCPUs stay down until
    // the stream sets their context: Xen lists the domain blocked (`-b----`), not paused.
    unpaused: !started && job.xlPause?.incoming?.paused === false,
  };
}
