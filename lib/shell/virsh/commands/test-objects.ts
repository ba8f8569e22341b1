import type { VirtError } from '../../../sim/result';
import type { CmdCtx } from '../context';

/** Objects other than domains that virsh looks up before calling an API the test driver lacks. */
export type TestObject = 'network' | 'secret' | 'nwfilter' | 'binding';

/** testdriver's default network (src/test/test_driver.c, defaultConnXML). */
const defaultNetwork = { name: 'default', uuid: 'dd8fe884-6c02-601e-7551-cca97df1c5df' };

/** virUUIDParse: 32 hex digits, dashes anywhere between them, blanks around. */
const isUuid = (s: string) =>
  /^[ \t]*[0-9a-fA-F]([0-9a-fA-F-]*[0-9a-fA-F])?[ \t]*$/.test(s) && s.replace(/[-\s]/g, '').length === 32;

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
  if (kind === 'network') {
    if (v === defaultNetwork.name || (isUuid(v) && v.toLowerCase() === defaultNetwork.uuid)) return 'default';
    c.error(`failed to get network '${v}'`);
    c.libvirtError({ code: 'NO_NETWORK', message: `Network not found: no network with matching name '${v}'` });
    return undefined;
  }
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
