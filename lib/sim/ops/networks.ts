import { fail, ok, operationFailed, operationInvalid, type Result } from '../result';
import type { NetworkDef, VirtNetwork, World } from '../types';
import { updateHost } from '../world';
import { hostOf, type OpContext } from './context';
import { freezeLeases } from './leases';

/**
 * Virtual networks: the test driver's (src/test/test_driver.c, testNetwork*) and libvirtd's
 * network driver on the lab's hosts (src/network/bridge_driver.c): define, create, start, destroy,
 * undefine, autostart. The test driver checks less: destroying an inactive network succeeds, a
 * transient network can be marked autostart, and undefining a running network is refused, where
 * the network driver leaves it running as a transient one.
 */
const isTest = (ctx: OpContext) => hostOf(ctx).driver === 'test';
export const networksOf = (ctx: OpContext): VirtNetwork[] => hostOf(ctx).networks ?? [];

const put = (ctx: OpContext, fn: (ns: VirtNetwork[]) => VirtNetwork[]): World =>
  updateHost(ctx.world, ctx.host, (h) => ({ ...h, networks: fn(h.networks ?? []) }));

/** Replaces one network's object (its definitions and state). */
export const putNetwork = (ctx: OpContext, name: string, net: VirtNetwork): World =>
  put(ctx, (ns) => ns.map((n) => (n.def.name === name ? net : n)));

export const networkNotFound = (name: string) =>
  fail('NO_NETWORK', `Network not found: no network with matching name '${name}'`);

/** virNetworkObjListAdd's checks: one name per UUID, one UUID per name. */
function clash(ctx: OpContext, def: NetworkDef): Result<VirtNetwork | undefined> {
  const ns = networksOf(ctx);
  const same = ns.find((n) => n.def.uuid === def.uuid);
  if (same && same.def.name !== def.name)
    return operationFailed(`network '${same.def.name}' is already defined with uuid ${def.uuid}`);
  const named = ns.find((n) => n.def.name === def.name);
  if (named && named.def.uuid !== def.uuid)
    return operationFailed(`network '${def.name}' already exists with uuid ${named.def.uuid}`);
  return ok(same);
}

export function networkDefine(ctx: OpContext, def: NetworkDef): Result<World> {
  const c = clash(ctx, def);
  if (!c.ok) return c;
  const old = c.value;
  // virNetworkObjAssignDef: a running network keeps its live definition; the new one waits (newDef).
  const net: VirtNetwork = old
    ? old.active
      ? { ...old, newDef: def, persistent: true }
      : { ...old, def, persistent: true }
    : { def, active: false, persistent: true, autostart: false };
  return ok(put(ctx, (ns) => (old ? ns.map((n) => (n === old ? net : n)) : [...ns, net])));
}

export function networkCreate(ctx: OpContext, def: NetworkDef): Result<World> {
  const c = clash(ctx, def);
  if (!c.ok) return c;
  const old = c.value;
  if (old?.active) return operationInvalid(`network is already active as '${old.def.name}'`);
  // A persistent network started from other XML keeps its persistent definition aside (newDef).
  const net: VirtNetwork = old
    ? { ...old, def, active: true, newDef: old.persistent ? (old.newDef ?? old.def) : undefined, ...started(ctx) }
    : { def, active: true, persistent: false, autostart: false, ...started(ctx) };
  return ok(put(ctx, (ns) => (old ? ns.map((n) => (n === old ? net : n)) : [...ns, net])));
}

const change = (ctx: OpContext, name: string, fn: (n: VirtNetwork) => VirtNetwork | null): World =>
  put(ctx, (ns) => ns.flatMap((n) => (n.def.name === name ? (fn(n) ?? []) : [n])));

export function networkStart(ctx: OpContext, name: string): Result<World> {
  const n = networksOf(ctx).find((x) => x.def.name === name);
  if (!n) return networkNotFound(name);
  if (n.active)
    return operationInvalid(isTest(ctx) ? `Network '${name}' is already running` : 'network is already active');
  return ok(change(ctx, name, (x) => ({ ...x, active: true, ...started(ctx) })));
}

/** A libvirtd host's network starts with a new bridge: what was plugged into the old one is not on it. */
const started = (ctx: OpContext): Partial<VirtNetwork> => (isTest(ctx) ? {} : { startedAt: ctx.now });

/**
 * A transient network is gone once destroyed. The network driver then puts the waiting persistent
 * definition in place (virNetworkObjUnsetDefTransient); the test driver never does.
 */
export function networkDestroy(ctx: OpContext, name: string): Result<World> {
  const n = networksOf(ctx).find((x) => x.def.name === name);
  if (n && !n.active && !isTest(ctx)) return operationInvalid('network is not active');
  // Its dnsmasq is killed with the leases as they stand in its status file (./leases.ts).
  const off = (x: VirtNetwork): VirtNetwork =>
    hostOf(ctx).driver === 'qemu'
      ? { ...x, active: false, leases: freezeLeases(hostOf(ctx), x, ctx.now) }
      : { ...x, active: false };
  const stopped = (x: VirtNetwork): VirtNetwork =>
    isTest(ctx) || !x.newDef ? off(x) : { ...off(x), def: x.newDef, newDef: undefined };
  return ok(change(ctx, name, (x) => (x.persistent ? stopped(x) : null)));
}

export function networkUndefine(ctx: OpContext, name: string): Result<World> {
  const n = networksOf(ctx).find((x) => x.def.name === name);
  if (!n) return networkNotFound(name);
  if (n.active && isTest(ctx)) return operationInvalid(`Network '${name}' is still running`);
  return ok(
    change(ctx, name, (x) => (x.active ? { ...x, persistent: false, autostart: false, newDef: undefined } : null)),
  );
}

export function networkAutostart(ctx: OpContext, name: string, autostart: boolean): Result<World> {
  const n = networksOf(ctx).find((x) => x.def.name === name);
  if (n && !n.persistent && !isTest(ctx)) return operationInvalid('cannot set autostart for transient network');
  return ok(change(ctx, name, (x) => ({ ...x, autostart })));
}
