import { fail, invalidArg, ok, operationInvalid, unsupportedFlags, type Result } from '../result';
import { quirks } from '../drivers';
import { freeMemoryKiB } from '../host-memory';
import { isActive } from '../states';
import { updateDomain } from '../world';
import { pinBeyondHost, pinError } from './admission';
import { affectedDefs, changeDefs, type AffectFlags } from './defs';
import { checkJobLock, commit, domainOf, hostOf, xendLock, type OpContext, type OpOutcome } from './context';
import { asPrintfD } from '../printf';

const tunable = (ctx: OpContext, name: string, detail: string) => [
  { time: ctx.now, host: ctx.host, domain: name, type: 'tunable' as const, event: 'Tunable', detail },
];

/** libvirt's API refuses zero, and sizes past virMemoryMaxValue (LLONG_MAX bytes, in KiB). */
function checkMemoryArg(kib: number) {
  if (kib === 0) return fail('INVALID_ARG', 'memory in virDomainSetMemoryFlags must not be zero');
  if (kib > 9007199254740991) return fail('OPERATION_FAILED', `numerical overflow: input too large: ${kib}`);
  return ok(true);
}

/** virDomainSetMemoryFlags: the balloon target, bounded by the maximum. */
export function domainSetMemory(ctx: OpContext, uuid: string, kib: number, flags: AffectFlags): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const bad = checkMemoryArg(kib);
  if (!bad.ok) return bad;
  const lock = xendLock(d, 'virDomainSetMemoryFlags');
  if (!lock.ok) return lock;
  const t = affectedDefs(ctx, d, flags, { one: true });
  if (!t.ok) return t;
  for (const def of [t.value.live ? d.live : null, t.value.config ? d.config : null]) {
    if (def && kib > def.memoryKiB) return invalidArg('cannot set memory higher than max memory');
  }
  // Xen's balloon can only claim pages the hypervisor has free: the target is set, the guest gets what there is.
  const host = hostOf(ctx);
  const grant =
    host.driver === 'xen' && d.live ? Math.min(kib, d.live.currentMemoryKiB + Math.max(0, freeMemoryKiB(host))) : kib;
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) => ({
    ...x,
    live: t.value.live && x.live ? { ...x.live, currentMemoryKiB: grant } : x.live,
    config: t.value.config && x.config ? { ...x.config, currentMemoryKiB: kib } : x.config,
  }));
  return commit(world, []);
}

/** virDomainSetMaxMemory: only the persistent maximum can change (not on a running guest). */
export function domainSetMaxMemory(ctx: OpContext, uuid: string, kib: number, flags: AffectFlags): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const bad = checkMemoryArg(kib);
  if (!bad.ok) return bad;
  const lock = xendLock(d, 'virDomainSetMemoryFlags');
  if (!lock.ok) return lock;
  const t = affectedDefs(ctx, d, flags, { one: true });
  if (!t.ok) return t;
  if (t.value.live && !quirks(hostOf(ctx).driver).liveMaxMemory)
    return operationInvalid('cannot resize the maximum memory on an active domain');
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) =>
    changeDefs(x, t.value, (def) => ({
      ...def,
      memoryKiB: kib,
      currentMemoryKiB: Math.min(def.currentMemoryKiB, kib),
    })),
  );
  return commit(world, []);
}

export interface VcpuFlags extends AffectFlags {
  maximum?: boolean;
  guest?: boolean;
  hotpluggable?: boolean;
}

/** virDomainSetVcpusFlags: online vCPUs up to the maximum; --maximum changes the config's maximum. */
export function domainSetVcpus(ctx: OpContext, uuid: string, count: number, flags: VcpuFlags): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const q = quirks(hostOf(ctx).driver);
  const lock = xendLock(d, 'virDomainSetVcpusFlags');
  if (!lock.ok) return lock;
  if (flags.guest || flags.hotpluggable)
    return unsupportedFlags((flags.guest ? 8 : 0) | (flags.hotpluggable ? 16 : 0), 'testDomainSetVcpusFlags');
  const t = affectedDefs(ctx, d, flags);
  if (!t.ok) return t;
  // testDomainSetVcpusFlags sets the live count even with --maximum (bounded by the live
  // maximum); only the persistent definition's maximum changes. QEMU refuses a live maximum.
  const test = hostOf(ctx).driver === 'test';
  if (flags.maximum && t.value.live && !test)
    return operationInvalid('cannot change maximum vcpus on an active domain');
  if (count > q.maxVcpus)
    return invalidArg(`requested cpu amount exceeds maximum supported amount (${asPrintfD(count)} > ${q.maxVcpus})`);
  for (const [def, live] of [
    [t.value.live ? d.live : null, true],
    [t.value.config ? d.config : null, false],
  ] as const) {
    if (def && (!flags.maximum || live) && count > def.vcpuMax)
      return invalidArg(`requested cpu amount exceeds maximum (${count} > ${def.vcpuMax})`);
  }
  // QEMU pins a vCPU it brings online through the vCPU's cgroup (qemuProcessSetupVcpu): a pin to
  // a CPU this host lacks — kept while the vCPU was offline, e.g. from a bigger host — fails there.
  if (t.value.live && d.live && count > d.live.vcpus && hostOf(ctx).driver === 'qemu') {
    const pin = pinBeyondHost(hostOf(ctx), { ...d.live, vcpus: count });
    if (pin) return pinError(hostOf(ctx), d.live, d.id ?? 0, pin.vcpu);
  }
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) => {
    const live = t.value.live && x.live ? { ...x.live, vcpus: count } : x.live;
    const config =
      t.value.config && x.config
        ? flags.maximum
          ? { ...x.config, vcpuMax: count, vcpus: Math.min(x.config.vcpus, count) }
          : { ...x.config, vcpus: count }
        : x.config;
    return { ...x, live, config };
  });
  return commit(world, []);
}

/** virDomainPinVcpuFlags: a vCPU's host CPU affinity. */
export function domainPinVcpu(
  ctx: OpContext,
  uuid: string,
  vcpu: number,
  cpus: number[],
  flags: AffectFlags,
): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const q = quirks(hostOf(ctx).driver);
  if (!q.pinFlags && (flags.live || flags.config))
    return unsupportedFlags((flags.live ? 1 : 0) | (flags.config ? 2 : 0), 'testDomainPinVcpuFlags');
  if (!q.pinFlags && !isActive(d.state)) return operationInvalid('cannot pin vcpus on an inactive domain');
  const lock = checkJobLock(d, 'virDomainPinVcpuFlags');
  if (!lock.ok) return lock;
  const t = affectedDefs(ctx, d, flags);
  if (!t.ok) return t;
  for (const def of [t.value.live ? d.live : null, t.value.config ? d.config : null]) {
    if (def && vcpu >= (q.driver === 'test' ? def.vcpus : def.vcpuMax))
      return invalidArg(`requested vcpu '${asPrintfD(vcpu)}' is not present in the domain`);
  }
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) =>
    changeDefs(x, t.value, (def) => ({ ...def, vcpupin: { ...def.vcpupin, [vcpu]: cpus } })),
  );
  return commit(world, tunable(ctx, (d.live ?? d.config)!.name, `cputune.vcpupin${vcpu}`));
}

export function domainPinEmulator(ctx: OpContext, uuid: string, cpus: number[], flags: AffectFlags): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  // testDomainPinEmulator changes one definition (virDomainObjGetOneDef).
  const t = affectedDefs(ctx, d, flags, { one: true });
  if (!t.ok) return t;
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) =>
    changeDefs(x, t.value, (def) => ({ ...def, emulatorpin: cpus })),
  );
  return commit(world, []);
}

/** virDomainSetAutostart: start with the host (libvirtd), like a link in /etc/xen/auto for xm. */
export function domainSetAutostart(ctx: OpContext, uuid: string, autostart: boolean): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  if (!d.config && quirks(hostOf(ctx).driver).strictTransient)
    return operationInvalid('cannot set autostart for transient domain');
  return ok({ world: updateDomain(ctx.world, ctx.host, uuid, (x) => ({ ...x, autostart })), events: [] });
}
