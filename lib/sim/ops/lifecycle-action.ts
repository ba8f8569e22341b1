import { configUnsupported, type Result } from '../result';
import type { DomainDef } from '../types';
import { updateDomain } from '../world';
import { affectedDefs, changeDefs, type AffectFlags } from './defs';
import { commit, domainOf, type OpContext, type OpOutcome } from './context';

export type LifecycleType = 'poweroff' | 'reboot' | 'crash';
const FIELD = { poweroff: 'onPoweroff', reboot: 'onReboot', crash: 'onCrash' } as const;

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
  return commit(
    updateDomain(ctx.world, ctx.host, uuid, (d) => changeDefs(d, t.value, set)),
    [],
  );
}
