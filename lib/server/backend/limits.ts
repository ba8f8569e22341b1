import type { LifecycleAction } from '@/lib/sim/transitions';
import type { Driver } from '@/lib/sim/types';

/**
 * What a driver cannot do, whatever the state: virsh waits on the command's job with
 * virDomainGetJobInfo, which libvirt's test driver does not have — `virsh save` writes its image
 * and `virsh migrate` starts, then neither ever returns, and `virsh managedsave` returns or hangs
 * by a race (10 runs in 20 on virsh 9.0). The server would
 * have to kill the session, and with it the test driver's guests. So these are disabled there, and
 * the reason names libvirt's own error (what `virsh domjobinfo` answers on that driver).
 */
export const NO_JOB_INFO = 'this function is not supported by the connection driver: virDomainGetJobInfo';

const limits: Partial<Record<Driver, Partial<Record<LifecycleAction, string>>>> = {
  test: {
    save: `libvirt's test driver cannot report the save job, so virsh save never returns (${NO_JOB_INFO})`,
    managedsave: `libvirt's test driver cannot report the save job, so virsh managedsave may never return (${NO_JOB_INFO})`,
    migrate: `libvirt's test driver cannot migrate, nor report a migration job (${NO_JOB_INFO})`,
  },
};

export const driverLimit = (driver: Driver, action: LifecycleAction): string | null => limits[driver]?.[action] ?? null;

/** Why every button is off on a `virsh -r` connection (libvirt refuses whatever is sent anyway). */
export const READ_ONLY = 'this server connects read-only (virsh -r)';
