import { freeMemoryKiB, neededKiB } from '../host-memory';
import { hostCpuCount } from '../host-cpus';
import { fail, internalError, ok, operationInvalid, type Result } from '../result';
import { diskHolder, writableDisks } from '../storage-sharing';
import { missingImages } from '../storage-files';
import type { DomainDef, Host, World } from '../types';
import { updateHost } from '../world';
import { hostOf, type OpContext } from './context';
import { networkNotFound } from './networks';

/** libvirt's words when QEMU dies before its monitor answers: the last line QEMU wrote to the domain's log. */
export const qemuExited = (now: number, line: string) => {
  const stamp = new Date(now).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
  return internalError(`process exited while connecting to monitor: ${stamp} qemu-system-x86_64: ${line}`);
};

/**
 * The first vCPU pinned to a CPU the host lacks. libvirt writes a vCPU's pins to its cgroup's
 * cpuset.cpus before sched_setaffinity (qemuProcessSetupPid), and the kernel refuses CPUs the
 * host has not got: the start, restore or incoming migration fails there.
 */
export function pinBeyondHost(host: Host, def: DomainDef): { vcpu: number; cpu: number } | null {
  const cpus = hostCpuCount(host);
  for (const [vcpu, pins] of Object.entries(def.vcpupin)) {
    const cpu = pins.find((c) => c >= cpus);
    if (cpu !== undefined && Number(vcpu) < def.vcpus) return { vcpu: Number(vcpu), cpu };
  }
  return null;
}

/** The error a guest's start on `host` with these pins gets (cgroup v2 layout of libvirt 9, domain id `id`). */
export function pinError(host: Host, def: DomainDef, id: number, vcpu: number): Result<never> {
  if (host.driver === 'xen') return internalError(`libxenlight failed to create new domain '${def.name}'`);
  const scope = `machine-qemu\\x2d${id}\\x2d${def.name}.scope`;
  return fail(
    'SYSTEM_ERROR',
    `Unable to write to '/sys/fs/cgroup/machine.slice/${scope}/libvirt/vcpu${vcpu}/cpuset.cpus': Invalid argument`,
  );
}

/**
 * The user and group QEMU runs as on the lab's Debian hosts (qemu.conf's defaults as Debian builds
 * libvirt: libvirt-qemu:kvm). Debian's base-passwd reserves uid 64055 for libvirt-qemu; kvm's gid is
 * allocated at install — 108 here (decision 074).
 */
export const QEMU_UID = 64055;
export const QEMU_GID = 108;

/**
 * qemuProcessPrepareDomain gives each `<interface type='network'>` a port on its network
 * (virDomainNetAllocateActualDevice → networkAllocatePort) before anything touches the host's
 * storage: the network must exist and be active.
 */
function qemuNetworks(host: Host, def: DomainDef): Result<true> {
  for (const n of def.interfaces) {
    if (n.type !== 'network') continue;
    const net = host.networks?.find((x) => x.def.name === n.source);
    if (!net) return networkNotFound(n.source);
    if (!net.active) return operationInvalid(`network '${net.def.name}' is not active`);
  }
  return ok(true);
}

/**
 * qemuProcessPrepareHostStorage walks the disks from the last to the first and opens each image as
 * QEMU's user: a missing one fails the start (virStorageSourceReportBrokenChain) before QEMU runs.
 */
function qemuStorage(ctx: OpContext, host: Host, def: DomainDef): Result<true> {
  const missing = missingImages(ctx.world, host, def).at(-1);
  if (!missing) return ok(true);
  return fail(
    'SYSTEM_ERROR',
    `Cannot access storage file '${missing.source}' (as uid:${QEMU_UID}, gid:${QEMU_GID}): No such file or directory`,
  );
}

/**
 * What a driver checks as a guest's process starts (start, restore, create, a snapshot's revert):
 * the disks' image files (QEMU: before it runs; libxl: after the memory, as it creates the domain),
 * memory the hypervisor can give it, CPUs its vCPUs are pinned to, and — on QEMU — the write lock
 * on each disk image, which QEMU takes with OFD locks that hold across the shared NFS store.
 * The test driver checks none of these (it validates nothing against the host).
 */
export function admit(ctx: OpContext, def: DomainDef, uuid: string = def.uuid): Result<true> {
  const r = admitOnHost(ctx, def);
  return r.ok || hostOf(ctx).driver !== 'qemu' ? r : failedStart(ctx, uuid, r);
}

/**
 * Every check `admit` makes on QEMU fails after qemuProcessInit has given the guest its domain id
 * (PrepareDomain's networks, PrepareHost's storage, QEMU's own exit, the cgroup's cpuset): the
 * `stop:` path runs qemuProcessStop(…, VIR_DOMAIN_SHUTOFF_FAILED, …). So the id is spent — the next
 * start gets the one after it — and a defined guest stays "shut off (failed)" (a transient one is
 * removed, as it was never listed). No lifecycle event is sent (qemuDomainObjStart emits Started
 * only on success).
 */
function failedStart(ctx: OpContext, uuid: string, r: Result<true>): Result<true> {
  if (r.ok) return r;
  return { ok: false, error: r.error, world: failedStartMarks(ctx.world, ctx.host, uuid) };
}

/**
 * The world a QEMU start on `hostName` leaves when it fails after qemuProcessInit: the host's next id
 * spent, the guest's definition there (if it has one) "shut off (failed)". A start, a snapshot's
 * revert, and an incoming migration's target (qemuMigrationDstPrepareActive calls qemuProcessInit,
 * then PrepareDomain, PrepareHost and Launch, and its `error:` path stops the process with
 * VIR_DOMAIN_SHUTOFF_FAILED; PrepareFresh's cleanup then drops only a transient object).
 */
export function failedStartMarks(world: World, hostName: string, uuid: string): World {
  return updateHost(world, hostName, (h) => ({
    ...h,
    nextId: h.nextId + 1,
    domains: h.domains.map((d) =>
      d.uuid === uuid && d.config && d.id === null ? { ...d, state: 'shut off', reason: 'failed' } : d,
    ),
  }));
}

function admitOnHost(ctx: OpContext, def: DomainDef): Result<true> {
  const host = hostOf(ctx);
  if (host.driver === 'test') return ok(true);
  if (host.driver === 'qemu') {
    const networks = qemuNetworks(host, def);
    if (!networks.ok) return networks;
    const storage = qemuStorage(ctx, host, def);
    if (!storage.ok) return storage;
  }
  if (neededKiB(host, def) > freeMemoryKiB(host)) {
    return host.driver === 'xen'
      ? internalError(`libxenlight failed to get free memory for domain '${def.name}'`)
      : qemuExited(ctx.now, "cannot set up guest memory 'pc.ram': Cannot allocate memory");
  }
  if (host.driver === 'xen' && missingImages(ctx.world, host, def).length)
    return internalError(`libxenlight failed to create new domain '${def.name}'`);
  const pin = pinBeyondHost(host, def);
  if (pin) return pinError(host, def, host.nextId, pin.vcpu);
  if (host.driver !== 'qemu') return ok(true);
  const disks = writableDisks(def);
  for (const [i, k] of disks.entries()) {
    if (!diskHolder(ctx.world, host, k.source)) continue;
    const n = disks.length - i;
    const blockdev = `{"node-name":"libvirt-${n}-format","read-only":false,"driver":"${k.driverType ?? 'raw'}","file":"libvirt-${n}-storage","backing":null}`;
    return qemuExited(
      ctx.now,
      `-blockdev ${blockdev}: Failed to get "write" lock\nIs another process using the image [${k.source}]?`,
    );
  }
  return ok(true);
}
