import type { VirtNetwork } from '../../../sim/types';
import type { CmdCtx } from '../context';

/** virUUIDParse: 32 hex digits, dashes anywhere between them, blanks around. */
export const isUuid = (s: string) =>
  /^[ \t]*[0-9a-fA-F]([0-9a-fA-F-]*[0-9a-fA-F])?[ \t]*$/.test(s) && s.replace(/[-\s]/g, '').length === 32;

const canonical = (s: string) => {
  const h = s.replace(/[-\s]/g, '').toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/** The connection's virtual networks: the test driver's, or libvirtd's network driver on a lab host. */
export function networksHere(c: CmdCtx): VirtNetwork[] | undefined {
  return c.host().networks ?? [];
}

/**
 * virshCommandOptNetworkBy: by UUID when the text parses as one, then by name, as `by` allows;
 * virsh's "failed to get network" and libvirt's error from the last lookup tried.
 */
export function networkArg(
  c: CmdCtx,
  opt = 'network',
  by: { uuid?: boolean; name?: boolean } = { uuid: true, name: true },
): VirtNetwork | undefined {
  const ns = networksHere(c);
  const v = c.str(opt);
  if (!ns || v === undefined) return undefined;
  if (v === '') {
    c.error(`Failed to get option '${opt}': Option argument is empty`);
    return undefined;
  }
  if (by.uuid && isUuid(v)) {
    const n = ns.find((x) => x.def.uuid === canonical(v));
    if (n) return n;
    if (!by.name)
      c.libvirtError({ code: 'NO_NETWORK', message: `Network not found: no network with matching uuid '${v}'` });
  }
  if (by.name) {
    const n = ns.find((x) => x.def.name === v);
    if (n) return n;
    c.libvirtError({ code: 'NO_NETWORK', message: `Network not found: no network with matching name '${v}'` });
  }
  c.error(`failed to get network '${v}'`);
  return undefined;
}
