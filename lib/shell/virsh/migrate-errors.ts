import type { Driver } from '../../sim/types';

/** How a migration ended without the guest moving: the simulator's last job. */
export type EndedMigration = { result: 'failed'; reason: string } | { result: 'canceled' };

/**
 * What QEMU says when the stream breaks (migration/qemu-file.c, "Unable to write to socket: %s"),
 * by the simulator's reason: a cut link times out, a destination that died resets the connection.
 */
const QEMU_CAUSE: Record<string, string> = {
  'link cut': 'Unable to write to socket: Connection timed out',
  'destination destroyed': 'Unable to write to socket: Connection reset by peer',
};

/**
 * The line a waiting `virsh migrate` prints when its job ends without the guest moving. QEMU:
 * qemuMigrationJobCheckStatus (libvirt 9.0) names the job "migration out" — a cancel is
 * VIR_ERR_OPERATION_ABORTED "job '%s' canceled by client", a failure VIR_ERR_OPERATION_FAILED
 * "job '%s' failed: %s" with QEMU's error, and a source killed under it "guest unexpectedly quit".
 * libxl: libxlDoMigrateSrcSend's "Failed to send migration data to destination host".
 */
export function migrateJobError(driver: Driver, ended: EndedMigration): string {
  // A Xen job is never canceled: libxl's driver has no domainAbortJob (job-info.ts jobAbort).
  if (driver === 'xen') return 'error: operation failed: Failed to send migration data to destination host';
  if (ended.result === 'canceled') return "error: operation aborted: job 'migration out' canceled by client";
  if (ended.reason === 'source destroyed')
    return "error: operation failed: job 'migration out' failed: guest unexpectedly quit";
  const cause = QEMU_CAUSE[ended.reason] ?? ended.reason;
  return `error: operation failed: job 'migration out' failed: ${cause}`;
}
