import { configUnsupported, ok, type Result } from '../result';
import type { DomainDef } from '../types';
import { updateDomain } from '../world';
import { affectedDefs, changeDefs, type AffectFlags } from './defs';
import { commit, domainOf, hostOf, type OpContext, type OpOutcome } from './context';

export type LifecycleType = 'poweroff' | 'reboot' | 'crash';
const FIELD = { poweroff: 'onPoweroff', reboot: 'onReboot', crash: 'onCrash' } as const;

/**
 * qemuValidateLifecycleAction, on define and on set-lifecycle-action of a QEMU domain: QEMU has
 * nothing to do for rename-restart (any event) or preserve (power-off, reboot), nor for a power-off
 * that restarts while a reboot destroys. Its words, typo included.
 */
export function qemuLifecycleRefusal(def: Pick<DomainDef, 'onPoweroff' | 'onReboot' | 'onCrash'>): Result<true> {
  const actions = [def.onPoweroff, def.onReboot, def.onCrash];
  if (actions.includes('rename-restart'))
    return configUnsupported(
      "qemu driver doesn't support the 'rename-restart' action for 'on_reboot'/'on_poweroff'/'on_crash'",
    );
  if (def.onPoweroff === 'preserve' || def.onReboot === 'preserve')
    return configUnsupported("qemu driver doesn't support the 'preserve' action for 'on_reboot'/'on_poweroff'");
  if (def.onPoweroff === 'restart' && def.onReboot === 'destroy')
    return configUnsupported("qemu driver doesn't support 'onReboot' set to 'destroy and 'onPoweroff' set to 'reboot'");
  return ok(true);
}

/**
 * virDomainSetLifecycleAction (testDomainSetLifecycleAction): the coredump actions belong to a
 * crash only (virDomainDefLifecycleActionAllowed); the chosen definitions take the action.
 */
export function domainSetLifecycleAction(
  ctx: OpContext,
  uuid: string,
  type: LifecycleType,
  action: string,
  flags: AffectFlags,
): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  if (type !== 'crash' && action.startsWith('coredump-'))
    return configUnsupported(`Lifecycle event '${type}' doesn't support '${action}' action`);
  const t = affectedDefs(ctx, found.value, flags);
  if (!t.ok) return t;
  const set = (def: DomainDef): DomainDef => ({ ...def, [FIELD[type]]: action });
  if (hostOf(ctx).driver === 'qemu') {
    // qemuDomainSetLifecycleActionValidate: each definition changed, as it would be.
    const d = found.value;
    const defs = [t.value.live && d.live, t.value.config && d.config].filter((x): x is DomainDef => !!x);
    for (const def of defs) {
      const refused = qemuLifecycleRefusal(set(def));
      if (!refused.ok) return refused;
    }
  }
  return commit(
    updateDomain(ctx.world, ctx.host, uuid, (d) => changeDefs(d, t.value, set)),
    [],
  );
}
