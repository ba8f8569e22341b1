import { fail, ok, operationInvalid, type Result } from '../result';
import type { HostInterface, InterfaceDef, World } from '../types';
import { updateHost } from '../world';
import { hostOf, type OpContext } from './context';

/**
 * The test driver's host interfaces (testInterface*): define replaces a definition of the same
 * name, undefine removes even a running interface, and a change transaction keeps a copy of the
 * definitions that iface-rollback restores, every interface inactive.
 */
export const interfacesOf = (ctx: OpContext): HostInterface[] => hostOf(ctx).interfaces ?? [];

const put = (ctx: OpContext, fn: (is: HostInterface[]) => HostInterface[]): World =>
  updateHost(ctx.world, ctx.host, (h) => ({ ...h, interfaces: fn(h.interfaces ?? []) }));
const invalid = () => fail('OPERATION_INVALID', 'Requested operation is not valid');

export function interfaceDefine(ctx: OpContext, def: InterfaceDef): Result<World> {
  const old = interfacesOf(ctx).find((i) => i.def.name === def.name);
  return ok(put(ctx, (is) => (old ? is.map((i) => (i === old ? { ...i, def } : i)) : [...is, { def, active: false }])));
}

export const interfaceUndefine = (ctx: OpContext, name: string): Result<World> =>
  ok(put(ctx, (is) => is.filter((i) => i.def.name !== name)));

/** iface-start and iface-destroy: the driver's bare "not valid" when the state is already so. */
export function interfaceSetActive(ctx: OpContext, name: string, active: boolean): Result<World> {
  const i = interfacesOf(ctx).find((x) => x.def.name === name);
  if (!i || i.active === active) return invalid();
  return ok(put(ctx, (is) => is.map((x) => (x === i ? { ...x, active } : x))));
}

export function interfaceChange(ctx: OpContext, step: 'begin' | 'commit' | 'rollback'): Result<World> {
  const h = hostOf(ctx);
  if (step === 'begin') {
    if (h.interfaceBackup) return operationInvalid('there is another transaction running.');
    const backup = (h.interfaces ?? []).map((i) => ({ def: i.def, active: false }));
    return ok(updateHost(ctx.world, ctx.host, (x) => ({ ...x, interfaceBackup: backup })));
  }
  if (!h.interfaceBackup)
    return operationInvalid(
      step === 'commit'
        ? 'no transaction running, nothing to be committed.'
        : 'no transaction running, nothing to rollback.',
    );
  const restored = step === 'rollback' ? h.interfaceBackup : h.interfaces;
  return ok(updateHost(ctx.world, ctx.host, (x) => ({ ...x, interfaces: restored, interfaceBackup: undefined })));
}
