import {
  configUnsupported,
  domainExists,
  fail,
  ok,
  operationFailed,
  operationInvalid,
  unsupportedFlags,
  type Result,
} from '../result';
import { quirks } from '../drivers';
import { isActive } from '../states';
import { outcomeOf, transitionFor } from '../transitions';
import type { Domain, DomainDef } from '../types';
import { uuidFromSeed } from '../uuid';
import {
  domainByName,
  domainByUuid,
  domainName,
  inactiveDomain,
  removeDomain,
  updateDomain,
  updateHost,
} from '../world';
import { activate } from './activation';
import { driverDef } from './devices';
import { checkJobLock, commit, domainOf, hostOf, lifecycleEvent, type OpContext, type OpOutcome } from './context';
import { admit } from './admission';
import { qemuLifecycleRefusal } from './lifecycle-action';

/** A definition without <uuid> gets one, as libvirt generates it (here from a seed: no randomness). */
export const withUuid = (ctx: OpContext, def: DomainDef): DomainDef =>
  def.uuid ? def : { ...def, uuid: uuidFromSeed(`${ctx.host}/${def.name}/${ctx.now}/${ctx.world.eventSeq}`) };

/** Checks a new definition against the domains already on the host (virDomainObjListAdd). */
function checkClash(ctx: OpContext, def: DomainDef): Result<Domain | undefined> {
  const host = hostOf(ctx);
  const byUuid = domainByUuid(host, def.uuid);
  if (byUuid && domainName(byUuid) !== def.name) {
    return operationFailed(`domain '${domainName(byUuid)}' is already defined with uuid ${def.uuid}`);
  }
  const byName = domainByName(host, def.name);
  if (byName && byName.uuid !== def.uuid) return domainExists(def.name, byName.uuid);
  return ok(byUuid);
}

/** Validation a real driver does against the host (the test driver does none). */
function validateForHost(ctx: OpContext, def: DomainDef): Result<true> {
  const host = hostOf(ctx);
  const q = quirks(host.driver);
  if (!q.validateAgainstHost) return ok(true);
  if (def.vcpuMax > q.maxVcpus)
    return configUnsupported(`Maximum CPUs greater than specified machine type limit ${q.maxVcpus}`);
  const wantKvm = def.type === 'kvm';
  if (host.driver === 'qemu' && def.type === 'xen')
    return configUnsupported("Emulator '/usr/bin/qemu-system-x86_64' does not support virt type 'xen'");
  if (host.driver === 'xen' && def.type !== 'xen')
    return configUnsupported(`Emulator '' does not support virt type '${def.type}'`);
  if (wantKvm && !host.kernelModules.includes('kvm'))
    return configUnsupported("Emulator '/usr/bin/qemu-system-x86_64' does not support virt type 'kvm'");
  if (host.driver === 'qemu') {
    const lifecycle = qemuLifecycleRefusal(def);
    if (!lifecycle.ok) return lifecycle;
  }
  if (host.driver === 'xen' && def.osType === 'hvm' && !host.cpu.flags.some((f) => f === 'vmx' || f === 'svm')) {
    return configUnsupported('hvm guests need a CPU with VT-x or AMD-V (no vmx/svm flag on this host)');
  }
  return ok(true);
}

export function domainDefine(ctx: OpContext, input: DomainDef): Result<OpOutcome & { domain: Domain }> {
  const def = driverDef(ctx, withUuid(ctx, input));
  const valid = validateForHost(ctx, def);
  if (!valid.ok) return valid;
  const clash = checkClash(ctx, def);
  if (!clash.ok) return clash;
  const prev = clash.value;
  const domain: Domain = prev ? { ...prev, config: def } : inactiveDomain(def.uuid, def);
  const world = prev
    ? updateDomain(ctx.world, ctx.host, def.uuid, () => domain)
    : updateHost(ctx.world, ctx.host, (h) => ({ ...h, domains: [...h.domains, domain] }));
  const done = commit(world, [lifecycleEvent(ctx, domain, ['Defined', prev ? 'Updated' : 'Added'], def.name)]);
  return done.ok ? ok({ ...done.value, domain }) : done;
}

/** virDomainCreateXML: a transient domain, running at once. */
export function domainCreateXml(
  ctx: OpContext,
  input: DomainDef,
  flags: { paused?: boolean; autodestroy?: boolean } = {},
): Result<OpOutcome & { domain: Domain }> {
  const def = driverDef(ctx, withUuid(ctx, input));
  const bits = (flags.paused ? 1 : 0) | (flags.autodestroy ? 2 : 0);
  if (bits && !quirks(hostOf(ctx).driver).startFlags) return unsupportedFlags(bits, 'testDomainCreateXML');
  const valid = validateForHost(ctx, def);
  if (!valid.ok) return valid;
  const clash = checkClash(ctx, def);
  if (!clash.ok) return clash;
  const prev = clash.value;
  if (prev && isActive(prev.state)) return operationInvalid(`domain '${def.name}' is already active`);
  const base: Domain = prev ?? inactiveDomain(def.uuid, null);
  const admitted = admit(ctx, def);
  if (!admitted.ok) return admitted;
  const { ctx: next, domain } = activate(
    ctx,
    base,
    def,
    flags.paused ? 'paused' : 'running',
    flags.paused ? 'user' : 'booted',
  );
  const done = commit(next.world, [lifecycleEvent(next, domain, ['Started', 'Booted'])]);
  return done.ok ? ok({ ...done.value, domain }) : done;
}

export interface UndefineFlags {
  managedSave?: boolean;
  snapshotsMetadata?: boolean;
  nvram?: boolean;
  /** Other VIR_DOMAIN_UNDEFINE_* bits sent along (checkpoints metadata 0x10, tpm 0x20, keep-tpm 0x40). */
  otherBits?: number;
}

export function domainUndefine(ctx: OpContext, uuid: string, flags: UndefineFlags = {}): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const q = quirks(hostOf(ctx).driver);
  const lock = checkJobLock(d, 'virDomainUndefineFlags');
  if (!lock.ok) return lock;
  if (!d.config && q.strictTransient) return operationInvalid('cannot undefine transient domain');
  // virsh falls back to a plain undefine when the driver refuses other bits, but not when NVRAM is to go.
  if (flags.nvram && q.driver === 'test')
    return unsupportedFlags(4 | (flags.otherBits ?? 0), 'testDomainUndefineFlags');
  if (d.managedSave && !flags.managedSave)
    return fail('OPERATION_INVALID', 'Refusing to undefine while domain managed save image exists');
  if (d.snapshots.length && !flags.snapshotsMetadata) {
    return operationInvalid(`cannot delete inactive domain with ${d.snapshots.length} snapshots`);
  }
  const event = lifecycleEvent(ctx, d, transitionFor('undefine').event);
  const world =
    outcomeOf(transitionFor('undefine'), d.state) === 'removed'
      ? removeDomain(ctx.world, ctx.host, uuid)
      : updateDomain(ctx.world, ctx.host, uuid, (x) => ({ ...x, config: null, autostart: false, managedSave: null }));
  return commit(world, [event]);
}

export function domainRename(ctx: OpContext, uuid: string, newName: string): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  // A preserved Xen domain still has its id: libvirt counts it active.
  if (isActive(d.state) || d.preserved) return operationInvalid('cannot rename active domain');
  if (newName === domainName(d)) return operationInvalid("Can't rename domain to itself");
  if (!d.config) return operationInvalid('cannot rename a transient domain');
  const other = domainByName(hostOf(ctx), newName);
  if (other) return operationInvalid(`domain with name '${newName}' already exists`);
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) => ({ ...x, config: { ...x.config!, name: newName } }));
  return commit(world, [
    lifecycleEvent(ctx, d, ['Undefined', 'Renamed']),
    lifecycleEvent(ctx, d, ['Defined', 'Renamed'], newName),
  ]);
}
