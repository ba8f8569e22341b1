import { xcSaveFailed } from '../sim/relocation';
import type { CompletedJob, Driver } from '../sim/types';
import { migrateJobError } from './virsh/migrate-errors';
import { cmdHelp } from './xm/help';

/** The tools whose migrate command waits for the job: what each prints when it ends, and its exit status. */
export type MigratingTool = 'virsh' | 'xl' | 'xm';
export interface MigrationEnd {
  stdout: string;
  stderr: string;
  status: number;
}

/** The rest of xl's sender/receiver dialogue once the memory is across (xl_migrate.c migrate_domain / migrate_receive). */
export const XL_HANDSHAKE = [
  'migration sender: Target has acknowledged transfer.',
  'migration sender: Giving target permission to start.',
  'migration target: Transfer complete, requesting permission to start domain.',
  'migration target: Got permission, starting domain.',
];
export const XL_STARTED = [
  'migration target: Domain started successsfully.',
  'migration sender: Target reports successful startup.',
  'Migration successful.',
];
/** libxl_domain_suspend's write to the stream failed (ERROR_FAIL): xl goes to failed_resume. */
export const XL_SUSPEND_FAILED = [
  'migration sender: libxl_domain_suspend failed (rc=-3)',
  'Migration failed, resuming at sender.',
];

const lines = (l: string[]) => l.map((x) => `${x}\n`).join('');

/**
 * What a migration's tool prints once the job has ended: nothing from virsh on success, libvirt's error
 * on failure; xl's closing dialogue, or its failed_resume lines; xend's xc_save fault for xm.
 * `domid`/`hvm` are the guest's on the source (xm's words name them).
 */
export function migrationEndWords(
  tool: MigratingTool,
  driver: Driver,
  last: CompletedJob | undefined,
  guest: { domid: number; hvm: boolean },
): MigrationEnd {
  const s = last?.stats;
  const done = !s || s.result === 'completed';
  if (done) return { stdout: '', stderr: tool === 'xl' ? lines([...XL_HANDSHAKE, ...XL_STARTED]) : '', status: 0 };
  if (tool === 'xl') return { stdout: '', stderr: lines(XL_SUSPEND_FAILED), status: 3 };
  // xm prints a fault as `Error: …` and the command's usage (xm/main.ts finish).
  // xend's fault: waitForSuspend's own words when it gave up on the guest, else xc_save's failure.
  if (tool === 'xm') {
    const reason = s.result === 'failed' && s.reason.startsWith('Timeout waiting for domain') ? s.reason : null;
    return {
      stdout: cmdHelp('migrate'),
      stderr: `Error: ${reason ?? xcSaveFailed(guest.domid, last?.live ?? false, guest.hvm)}\n`,
      status: 1,
    };
  }
  return { stdout: '', stderr: `${migrateJobError(driver, s)}\n`, status: 1 };
}

/** The line the job panel shows for a migration that ended without the guest moving: its tool's own words. */
export function failedJobWords(driver: Driver, last: CompletedJob, guest: { domid: number; hvm: boolean }): string {
  const end = migrationEndWords(last.via ?? 'virsh', driver, last, guest);
  return end.stderr.trimEnd();
}
