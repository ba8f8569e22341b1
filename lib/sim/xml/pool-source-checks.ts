import type { VirtError } from '../result';

type Node = Record<string, unknown>;
const attr = (n: unknown, a: string) => (n && typeof n === 'object' ? ((n as Node)[`@${a}`] as string) : undefined);
const xmlError = (m: string): VirtError => ({ code: 'XML_ERROR', message: `XML error: ${m}` });
const invalid = (a: string, el: string, v: string, more = '') =>
  xmlError(`Invalid value for attribute '${a}' in element '${el}': '${v}'.${more}`);
/** virXMLPropInt: strtol in base 10 over the whole value (blanks before), an int's range. */
const isInt = (s: string) => /^[ \t\n\v\f\r]*[+-]?\d+$/.test(s) && Number(s) >= -(2 ** 31) && Number(s) < 2 ** 31;
/** virValidateWWN: 16 hex digits, `0x` allowed before. */
const validWwn = (w: string) => /^(0x)?[0-9a-fA-F]{16}$/.test(w);

/**
 * What virStoragePoolDefParseSource refuses in a source's hosts, devices and adapter, in its
 * order, whatever the pool's type: a host without a name or with a port
 * that is not an int, a device without a path or with a part_separator that is not yes/no, an
 * adapter of an unknown type; for a pool that uses its adapter, an fc_host without both WWNs or with a malformed one, a scsi_host
 * with neither name nor parent (virStorageAdapterValidate).
 */
export function poolSourceRefusal(n: Node, adapterPool: boolean): VirtError | undefined {
  for (const h of (n.host as Node[] | undefined) ?? []) {
    if (attr(h, 'name') === undefined) return xmlError('missing storage pool host name');
    const port = attr(h, 'port');
    if (port !== undefined && !isInt(port)) return invalid('port', 'host', port, ' Expected integer value');
  }
  for (const d of (n.device as Node[] | undefined) ?? []) {
    if (attr(d, 'path') === undefined) return xmlError('missing storage pool source device path');
    const sep = attr(d, 'part_separator');
    if (sep !== undefined && sep !== 'yes' && sep !== 'no') return invalid('part_separator', 'device', sep);
  }
  const a = n.adapter;
  const type = attr(a, 'type');
  if (type !== undefined && type !== 'scsi_host' && type !== 'fc_host') return invalid('type', 'adapter', type);
  // virStorageAdapterValidate runs for the pools that use an adapter (scsi) only.
  if (!adapterPool) return undefined;
  if (type === 'fc_host') {
    const [wwnn, wwpn] = [attr(a, 'wwnn'), attr(a, 'wwpn')];
    if (wwnn === undefined || wwpn === undefined)
      return xmlError("'wwnn' and 'wwpn' must be specified for adapter type 'fchost'");
    const bad = [wwnn, wwpn].find((w) => !validWwn(w));
    if (bad !== undefined) return { code: 'INTERNAL_ERROR', message: `internal error: Malformed wwn: ${bad}` };
  }
  const parent = a && typeof a === 'object' && (a as Node).parentaddr !== undefined;
  if (type === 'scsi_host' && attr(a, 'name') === undefined && !parent)
    return xmlError("Either 'name' or 'parent' must be specified for the 'scsi_host' adapter");
  return undefined;
}
