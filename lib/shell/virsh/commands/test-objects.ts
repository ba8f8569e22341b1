import type { VirtError } from '../../../sim/result';
import type { CmdCtx } from '../context';
import { isUuid, networkArg } from './network-lookup';

/** Objects other than domains that virsh looks up before calling an API the test driver lacks. */
export type TestObject = 'network' | 'secret' | 'nwfilter' | 'binding';

const noSupport = (api: string): VirtError => ({
  code: 'NO_SUPPORT',
  message: `this function is not supported by the connection driver: ${api}`,
});

/**
 * virshCommandOptNetwork / Secret / NWFilter / NWFilterBinding as the test driver answers them;
 * returns the object's name, or undefined after printing virsh's error and recording libvirt's.
 */
export function testLookup(c: CmdCtx, kind: TestObject): string | undefined {
  const opt = kind === 'binding' ? 'binding' : kind;
  const v = c.str(opt);
  if (v === undefined) return undefined;
  if (v === '') {
    c.error(`Failed to get option '${opt}': Option argument is empty`);
    return undefined;
  }
  if (kind === 'network') return networkArg(c)?.def.name;
  if (kind === 'secret') {
    c.error(`failed to get secret '${v}'`);
    c.libvirtError(
      isUuid(v)
        ? noSupport('virSecretLookupByUUID')
        : { code: 'INVALID_ARG' as const, message: 'uuidstr in virSecretLookupByUUIDString must be a valid UUID' },
    );
    return undefined;
  }
  c.error(kind === 'nwfilter' ? `failed to get nwfilter '${v}'` : `failed to get nwfilter binding '${v}'`);
  c.libvirtError(noSupport(kind === 'nwfilter' ? 'virNWFilterLookupByName' : 'virNWFilterBindingLookupByPortDev'));
  return undefined;
}
