import { exclusiveFlags, ok, operationInvalid, type Result } from '../result';
import { quirks } from '../drivers';
import { isActive } from '../states';
import type { Domain, DomainDef } from '../types';
import { hostOf, type OpContext } from './context';

/** VIR_DOMAIN_AFFECT_* as virsh passes them: live, config, or current (neither). */
export interface AffectFlags {
  live?: boolean;
  config?: boolean;
}

export interface DefTargets {
  live: boolean;
  config: boolean;
}

/**
 * libvirt's virDomainObjGetDefs: which definitions a change applies to. `current` means the
 * live one when the domain is active, else the persistent one.
 */
export function affectedDefs(
  ctx: OpContext,
  d: Domain,
  flags: AffectFlags,
  opts: { one?: boolean } = {},
): Result<DefTargets> {
  if (opts.one && flags.live && flags.config && !quirks(hostOf(ctx).driver).memLiveAndConfig) {
    return exclusiveFlags('VIR_DOMAIN_AFFECT_LIVE', 'VIR_DOMAIN_AFFECT_CONFIG');
  }
  const active = isActive(d.state);
  let live = !!flags.live;
  let config = !!flags.config;
  if (!live && !config) {
    if (active) live = true;
    else config = true;
  }
  if (live && !active) return operationInvalid('domain is not running');
  if (config && !d.config) return operationInvalid('transient domains do not have any persistent config');
  return ok({ live, config });
}

/** Applies `fn` to the chosen definitions of a domain. */
export function changeDefs(d: Domain, t: DefTargets, fn: (def: DomainDef) => DomainDef): Domain {
  return { ...d, live: t.live && d.live ? fn(d.live) : d.live, config: t.config && d.config ? fn(d.config) : d.config };
}
