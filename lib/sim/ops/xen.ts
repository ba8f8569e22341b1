import { fail, ok, type Result } from '../result';
import { isActive } from '../states';
import { domainByName, updateDomain, updateHost } from '../world';
import { commit, domainOf, hostOf, lifecycleEvent, type OpContext, type OpOutcome } from './context';

/**
 * Operations only Xen's own toolstacks (xm/xend, xl/libxl) offer; libvirt has no API for them.
 * Each leaves the caller to word its errors: xend and libxl say different things.
 */

/** xend's XendDomainInfo._checkName: letters, digits and `_-.:+`. */
export const validXenName = (name: string) => /^[A-Za-z0-9_\-.:+]+$/.test(name);

/**
 * Renames a domain, running or not (xm rename / xl rename; libvirt can only rename inactive
 * domains). DOM_EXIST when another domain has the name; INVALID_ARG for a name xend refuses.
 */
export function xenRename(ctx: OpContext, uuid: string, newName: string): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  if (!validXenName(newName)) return fail('INVALID_ARG', newName === '' ? 'Missing VM Name' : 'Invalid VM Name');
  const other = domainByName(hostOf(ctx), newName);
  if (other && other.uuid !== uuid)
    return fail('DOM_EXIST', `VM name '${newName}' already exists${other.id !== null ? ` as domain ${other.id}` : ''}`);
  const rename = (x: typeof d) => ({
    ...x,
    live: x.live ? { ...x.live, name: newName } : null,
    config: x.config ? { ...x.config, name: newName } : null,
  });
  const world = updateDomain(ctx.world, ctx.host, uuid, rename);
  const events = isActive(d.state)
    ? []
    : [lifecycleEvent(ctx, d, ['Undefined', 'Renamed']), lifecycleEvent(ctx, d, ['Defined', 'Renamed'], newName)];
  return commit(world, events);
}

/** Domain-0's balloon target (xm mem-set Domain-0 / xl mem-set 0), in MiB. */
export function dom0SetMemory(ctx: OpContext, mib: number): Result<OpOutcome> {
  const host = hostOf(ctx);
  if (!host.xen) return fail('NO_SUPPORT', `host ${host.name} has no Domain-0`);
  const xen = host.xen;
  return ok({
    world: updateHost(ctx.world, ctx.host, (h) => ({ ...h, xen: { ...xen, dom0: { ...xen.dom0, memoryMiB: mib } } })),
    events: [],
  });
}

/** `xm dmesg -c` / `xl dmesg -c`: the hypervisor's console ring is emptied after it is read. */
export function xenDmesgClear(ctx: OpContext): Result<OpOutcome> {
  const host = hostOf(ctx);
  if (!host.xen) return fail('NO_SUPPORT', `host ${host.name} has no Xen console ring`);
  const xen = host.xen;
  return ok({ world: updateHost(ctx.world, ctx.host, (h) => ({ ...h, xen: { ...xen, dmesg: [] } })), events: [] });
}

/** Domain-0's online vCPUs (xm vcpu-set Domain-0 / xl vcpu-set 0). */
export function dom0SetVcpus(ctx: OpContext, vcpus: number): Result<OpOutcome> {
  const host = hostOf(ctx);
  if (!host.xen) return fail('NO_SUPPORT', `host ${host.name} has no Domain-0`);
  const xen = host.xen;
  return ok({
    world: updateHost(ctx.world, ctx.host, (h) => ({ ...h, xen: { ...xen, dom0: { ...xen.dom0, vcpus } } })),
    events: [],
  });
}
