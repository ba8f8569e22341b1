import { noSupport, operationFailed, type Result } from '../result';
import type { DomainDef, Interface } from '../types';
import { updateDomain } from '../world';
import { affectedDefs, changeDefs, type AffectFlags } from './defs';
import { commit, domainOf, hostOf, type OpContext, type OpOutcome } from './context';

/**
 * The test driver names every interface without a `<target dev>` testnet0, testnet1 ...
 * (testDomainGenerateIfnames) when it loads, defines, creates or restores a domain.
 */
export function withTestIfnames(def: DomainDef): DomainDef {
  const used = new Set(def.interfaces.map((n) => n.target).filter(Boolean));
  let next = 0;
  const interfaces = def.interfaces.map((n): Interface => {
    if (n.target) return n;
    while (used.has(`testnet${next}`)) next++;
    used.add(`testnet${next}`);
    return { ...n, target: `testnet${next}` };
  });
  return { ...def, interfaces };
}

/** A definition as the host's driver stores it. */
export const driverDef = (ctx: OpContext, def: DomainDef) =>
  hostOf(ctx).driver === 'test' ? withTestIfnames(def) : def;

/**
 * virDomainUpdateDeviceFlags for an interface's `<link state>` (what `domif-setlink` sends).
 * The test driver has no device update API.
 */
export function domainSetInterfaceLink(
  ctx: OpContext,
  uuid: string,
  mac: string,
  state: 'up' | 'down',
  flags: AffectFlags,
): Result<OpOutcome> {
  if (hostOf(ctx).driver === 'test') return noSupport('virDomainUpdateDeviceFlags');
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const t = affectedDefs(ctx, found.value, flags);
  if (!t.ok) return t;
  for (const def of [t.value.live ? found.value.live : null, t.value.config ? found.value.config : null]) {
    if (def && !def.interfaces.some((n) => n.mac === mac))
      return operationFailed(`no device matching MAC address ${mac} found`);
  }
  const set = (def: DomainDef): DomainDef => ({
    ...def,
    interfaces: def.interfaces.map((n) =>
      n.mac === mac ? { ...n, linkState: state === 'down' ? 'down' : undefined } : n,
    ),
  });
  return commit(
    updateDomain(ctx.world, ctx.host, uuid, (d) => changeDefs(d, t.value, set)),
    [],
  );
}
