import {
  domainExists,
  exclusiveFlags,
  fail,
  internalError,
  invalidArg,
  noSupport,
  ok,
  operationInvalid,
  type Result,
} from '../../result';
import { isActive } from '../../states';
import type { Domain, DomainDef, Host, MigrateRequest } from '../../types';
import { currentDef, domainByName, domainByUuid, findHost } from '../../world';
import { hostOf, type OpContext } from '../context';
import { failedStartMarks, pinBeyondHost, pinError } from '../admission';
import { freeMemoryKiB, neededKiB } from '../../host-memory';

/**
 * Checks libvirt makes before a migration starts. Nothing changes when one fails — except the
 * target's own start on QEMU (no memory for the guest, a pin to a CPU it lacks), which fails in
 * qemuProcessLaunch after qemuProcessInit has given the arriving guest an id: that id is spent and a
 * definition the target keeps of the guest is left "shut off (failed)" (failedStartMarks). No event
 * (Started Migrated is queued only on success); the source keeps running and prints the target's error.
 */
export function precheck(ctx: OpContext, d: Domain, req: MigrateRequest): Result<true> {
  const source = hostOf(ctx);
  const target = findHost(ctx.world, req.target);
  if (req.offline && req.live) return exclusiveFlags('VIR_MIGRATE_LIVE', 'VIR_MIGRATE_OFFLINE');
  if (req.offline && !req.persistent)
    return operationInvalid('offline migration must be specified with the persistent flag set');
  if (d.job) return operationInvalid('another migration job is already running for domain');
  if (!req.offline && !isActive(d.state)) return operationInvalid('domain is not running');
  if (req.offline && !d.config) return operationInvalid('cannot migrate a transient domain offline');
  if (!target?.reachable) {
    return fail(
      'SYSTEM_ERROR',
      `Cannot recv data: ssh: connect to host ${target?.hostname ?? req.target} port 22: No route to host: Connection reset by peer`,
    );
  }
  if (target.name === source.name) return invalidArg('Attempt to migrate guest to the same host');
  if (target.driver !== source.driver)
    return noSupport(`cannot migrate a ${source.hypervisor} domain to a ${target.hypervisor} host`);
  const def = currentDef(d);
  // The target may keep this very domain's definition (same UUID, shut off): libvirt activates it.
  const byName = domainByName(target, def.name);
  if (byName && byName.uuid !== d.uuid) return domainExists(def.name, byName.uuid);
  const same = domainByUuid(target, d.uuid);
  if (same && isActive(same.state)) return operationInvalid(`domain '${def.name}' is already active`);
  const refused = req.offline ? null : targetStartRefusal(target, def);
  if (!refused || refused.ok) return ok(true);
  return target.driver === 'qemu' ? { ...refused, world: failedStartMarks(ctx.world, target.name, d.uuid) } : refused;
}

/** The target's start of the arriving guest: QEMU's memory, then the vCPUs' cgroup cpusets (Launch's order). */
function targetStartRefusal(target: Host, def: DomainDef): Result<never> | null {
  if (neededKiB(target, def) > freeMemoryKiB(target)) {
    return internalError(
      "process exited while connecting to monitor: cannot set up guest memory 'pc.ram': Cannot allocate memory",
    );
  }
  // The target starts the guest's process with its pins: CPUs it lacks fail the Prepare step.
  const pin = pinBeyondHost(target, def);
  return pin ? pinError(target, def, target.nextId, pin.vcpu) : null;
}
