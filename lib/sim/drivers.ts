import type { Driver } from './types';

/**
 * Where libvirt's drivers behave differently. `test` is libvirt's test driver exactly as virsh 9.0
 * meets it (src/test/test_driver.c); `qemu` and `xen` follow the QEMU and libxl drivers as
 * libvirt documents them. docs/model.md lists every difference.
 */
export interface DriverQuirks {
  driver: Driver;
  /** start --paused / --autodestroy / --force-boot accepted (test: virCheckFlags(0)). */
  startFlags: boolean;
  /** start after managedsave resumes the saved memory (test: boots fresh, nothing was saved). */
  managedSaveRestores: boolean;
  /** restore keeps a domain paused if it was saved paused (test: always running). */
  restoreKeepsPaused: boolean;
  /** save/restore accept --running / --paused (test: virCheckFlags(0)). */
  saveFlags: boolean;
  /** destroy --graceful accepted. */
  destroyGraceful: boolean;
  /** vcpupin accepts --live/--config, and pinning an inactive domain's config. */
  pinFlags: boolean;
  /** setmem --live --config together. */
  memLiveAndConfig: boolean;
  /** The maximum memory of a running guest can change (libxl: libxl_domain_setmaxmem; QEMU cannot). */
  liveMaxMemory: boolean;
  /** undefine / autostart check that the domain is persistent. */
  strictTransient: boolean;
  /** Domain XML is validated against the host (max vCPUs, memory). */
  validateAgainstHost: boolean;
  /** dominfo's OS Type (the test driver always answers "linux"). */
  osTypeOverride?: string;
  /** Security model line of dominfo. */
  securityModel: { model: string; doi: string; label?: string };
  /** libvirt's maxvcpus for the connection. */
  maxVcpus: number;
}

const base: Omit<DriverQuirks, 'driver'> = {
  startFlags: true,
  managedSaveRestores: true,
  restoreKeepsPaused: true,
  saveFlags: true,
  destroyGraceful: true,
  pinFlags: true,
  memLiveAndConfig: true,
  liveMaxMemory: false,
  strictTransient: true,
  validateAgainstHost: true,
  securityModel: { model: 'none', doi: '0' },
  maxVcpus: 288,
};

const table: Record<Driver, DriverQuirks> = {
  test: {
    ...base,
    driver: 'test',
    startFlags: false,
    managedSaveRestores: false,
    restoreKeepsPaused: false,
    saveFlags: false,
    destroyGraceful: true,
    pinFlags: false,
    memLiveAndConfig: false,
    strictTransient: false,
    validateAgainstHost: false,
    osTypeOverride: 'linux',
    securityModel: { model: 'testSecurity', doi: '', label: 'libvirt-test (enforcing)' },
    maxVcpus: 32,
  },
  qemu: {
    ...base,
    driver: 'qemu',
    securityModel: { model: 'apparmor', doi: '0', label: 'libvirt-<uuid> (enforcing)' },
  },
  xen: { ...base, driver: 'xen', liveMaxMemory: true, maxVcpus: 512 },
};

export const quirks = (driver: Driver): DriverQuirks => table[driver];
