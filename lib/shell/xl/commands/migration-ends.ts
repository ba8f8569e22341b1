import { migrationJobOf } from '../../../sim/ops/migrate/jobs';
import { switchoverAt, xenMigrationStage } from '../../../sim/ops/migrate/switchover';
import { destroyXenArrival, destroyXenLeaving, xlPauseHeld } from '../../../sim/ops/migrate/xen-ends';
import type { XenDomain } from '../../xen/view';
import type { XlCtx } from '../context';

/**
 * xl destroy of a guest a Xen migration holds (decision 050): the `<name>--incoming` a target is
 * restoring (the migration fails: the sender's stream breaks, the guest runs on at its source), or
 * the source's suspended copy in the switch-over (already being destroyed: the migration ends now).
 * Returns xl's exit status, or null when the domain is no migration's.
 */
export function destroyInMigration(c: XlCtx, x: XenDomain): number | null {
  const d = x.domain;
  if (!d) return null;
  if (x.arriving) {
    const r = xenMigrationStage(d, c.now) === 'transfer' ? destroyXenArrival(c.world, x.arriving, d.uuid, c.now) : null;
    if (!r) {
      c.eprint(`virtlab: ${x.name} has just arrived from ${x.arriving}; destroy it once the migration has ended\n`);
      return 1;
    }
    c.world = r.world;
    return 0;
  }
  if (xenMigrationStage(d, c.now) !== 'switchover') return null;
  const r = destroyXenLeaving(c.world, c.hostName, d.uuid, c.now);
  if (!r) return null;
  c.world = r.world;
  return 0;
}

/**
 * xl pause / unpause of a guest a Xen migration holds (decision 055): Xen 4.4 sets or clears the domain's
 * controller-pause flag and the migration goes on. The arriving copy was created with it set (pause changes
 * nothing; unpause leaves it blocked with its vCPUs down until the stream sets them; the receiver's unpause
 * at the switch-over clears it either way), and a pause after that unpause keeps the guest paused on the
 * target. The source's copy in the switch-over was paused by libxl's destroy (unpause: `---ss-`, still shut
 * down). Returns xl's exit status, or null when the domain is no migration's.
 */
export function pauseInMigration(c: XlCtx, x: XenDomain, paused: boolean): number | null {
  const d = x.domain;
  if (!d) return null;
  const which = x.arriving ? 'incoming' : xenMigrationStage(d, c.now) === 'switchover' ? 'leaving' : null;
  const w = which && xlPauseHeld(c.world, x.arriving ?? c.hostName, d.uuid, which, paused, c.now);
  if (!w) return null;
  c.world = w;
  return 0;
}

/** xenconsole's wait for the domain's tty to appear in xenstore (tools/console/client/main.c get_pty_fd). */
export const XENCONSOLE_WAIT_MS = 5000;

/**
 * xl console of the arriving copy: xl execs xenconsole, which waits 5 s for the console tty xenconsoled makes
 * once the restore is done (the end of the transfer); then it attaches, and the lab's console, not a
 * terminal, reads end-of-file at once. Otherwise xenconsole's err(): exit 2 (ENOENT). The lab's clock does
 * not jump for the wait: a command cannot move it (the world would run ahead of the views).
 */
export function consoleInMigration(c: XlCtx, x: XenDomain): number | null {
  const d = x.domain;
  const job = d && migrationJobOf(d);
  if (!x.arriving || !d || !job) return null;
  if (xenMigrationStage(d, c.now) !== 'transfer') return 0;
  const ready = job.plan.stop_reason === 'no-convergence' ? Number.POSITIVE_INFINITY : switchoverAt(job);
  if (ready <= c.now + XENCONSOLE_WAIT_MS) return 0;
  c.eprint('xenconsole: Could not read tty from store: No such file or directory\n');
  return 2;
}
