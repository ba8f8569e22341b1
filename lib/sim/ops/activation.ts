import type { Domain, DomainDef } from '../types';
import { removeDomain, updateDomain, updateHost } from '../world';
import { hostOf, type OpContext } from './context';
import { grantLeases, keepLeases } from './leases';

const cloneDef = (def: DomainDef): DomainDef => structuredCloneDef(def);
/** Domain definitions are plain data; a JSON round trip is a faithful deep copy. */
export const structuredCloneDef = (def: DomainDef): DomainDef => JSON.parse(JSON.stringify(def)) as DomainDef;

/** Brings a domain to an active state with a fresh id, as libvirt's driver does at start. */
export function activate(
  ctx: OpContext,
  d: Domain,
  def: DomainDef,
  state: Domain['state'],
  reason: string,
): { ctx: OpContext; domain: Domain } {
  const host = hostOf(ctx);
  const id = host.nextId;
  const live = cloneDef(def);
  // The driver names each guest NIC's host side at start (test driver: testnetN; QEMU: vnetN).
  const used = host.domains
    .flatMap((x) => x.live?.interfaces ?? [])
    .map((n) => /^vnet(\d+)$/.exec(n.target ?? '')?.[1])
    .filter(Boolean)
    .map(Number);
  let vnet = used.length ? Math.max(...used) + 1 : 0;
  live.interfaces = live.interfaces.map((n, i) =>
    n.target
      ? n
      : {
          ...n,
          target: host.driver === 'test' ? `testnet${i}` : host.driver === 'xen' ? `vif${id}.${i}` : `vnet${vnet++}`,
        },
  );
  const domain: Domain = { ...d, id, state, reason, live, startedAt: ctx.now, guestRequest: undefined };
  const world = updateHost(ctx.world, ctx.host, (h) => {
    const started = {
      ...h,
      nextId: id + 1,
      domains: h.domains.some((x) => x.uuid === d.uuid)
        ? h.domains.map((x) => (x.uuid === d.uuid ? domain : x))
        : [...h.domains, domain],
    };
    // Its DHCP client asks the network for an address (./leases.ts).
    const networks = grantLeases(started, domain, ctx.now);
    return networks ? { ...started, networks } : started;
  });
  return { ctx: { ...ctx, world }, domain };
}

/** Stops a domain; a transient one disappears, as in libvirt. */
export function deactivate(ctx: OpContext, d: Domain, reason: string, extra: Partial<Domain> = {}) {
  // Its DHCP leases stay in the network's status file until they expire (./leases.ts).
  const networks = keepLeases(hostOf(ctx), d, ctx.now);
  const world = networks ? updateHost(ctx.world, ctx.host, (h) => ({ ...h, networks })) : ctx.world;
  if (!d.config) return removeDomain(world, ctx.host, d.uuid);
  return updateDomain(world, ctx.host, d.uuid, (x) => ({
    ...x,
    ...extra,
    id: null,
    state: 'shut off',
    reason,
    live: null,
    startedAt: undefined,
    job: undefined,
    guestRequest: undefined,
    preserved: undefined,
    hung: undefined,
  }));
}
