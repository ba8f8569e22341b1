import { configUnsupported, fail, ok, type Result } from '../result';
import type { NetworkDef } from '../types';
import { attrOf, type Fragment, parseDhcpHost, parseDhcpRange } from './network-sections';
import { formatSocketAddr, parseSocketAddr, socketAddrError } from './socket-addr';

type Ip = NetworkDef['ips'][number];
const xmlError = (m: string) => fail('XML_ERROR', `XML error: ${m}`);
/** virXPathString("string(./@x)"): an empty attribute counts as none. */
const nonEmpty = (e: Fragment, k: string) => {
  const v = attrOf(e, k);
  return v === '' ? undefined : v;
};

/**
 * virNetworkIPDefParseXML: the address (required, numeric), the netmask, the prefix and localPtr
 * by virXMLProp*, then each family's rules (no family is IPv4), then the first `<dhcp>`'s ranges,
 * hosts and bootp (virNetworkDHCPDefParseXML) and `<tftp>`. Addresses come back as
 * virSocketAddrFormat spells them; a prefix of 0 is none, as the formatter prints it.
 */
export function parseIpDef(net: string, e: Fragment): Result<Ip> {
  const family = nonEmpty(e, 'family');
  const address = nonEmpty(e, 'address');
  if (address === undefined) return xmlError(`Missing required address attribute in network '${net}'`);
  const addr = parseSocketAddr(address);
  if (!addr) return xmlError(`Invalid address '${address}' in network '${net}'`);
  const netmask = nonEmpty(e, 'netmask');
  const mask = netmask === undefined ? undefined : parseSocketAddr(netmask);
  if (netmask !== undefined && !mask) return xmlError(`Invalid netmask '${netmask}' in network '${net}'`);
  const prefixText = attrOf(e, 'prefix');
  if (prefixText !== undefined && !/^[ \t\n\v\f\r]*\+?\d+$/.test(prefixText))
    return xmlError(
      `Invalid value for attribute 'prefix' in element 'ip': '${prefixText}'. Expected non-negative integer value`,
    );
  const prefix = prefixText === undefined ? 0 : Number(prefixText.trim().replace(/^\+/, ''));
  if (prefix > 4294967295)
    return xmlError(
      `Invalid value for attribute 'prefix' in element 'ip': '${prefixText}'. Expected non-negative integer value`,
    );
  const localPtr = attrOf(e, 'localPtr');
  if (localPtr !== undefined && localPtr !== 'yes' && localPtr !== 'no')
    return xmlError(`Invalid value for attribute 'localPtr' in element 'ip': '${localPtr}'.`);
  if (family === undefined || family === 'ipv4') {
    if (addr.family !== 4)
      return configUnsupported(
        `${family ?? 'no'} family specified for non-IPv4 address '${address}' in network '${net}'`,
      );
    if (mask && mask.family !== 4)
      return configUnsupported(
        `Invalid netmask '${netmask}' for address '${address}' in network '${net}' (both must be IPv4)`,
      );
    if (mask && prefix > 0)
      return configUnsupported(`Network '${net}' IP address cannot have both a prefix and a netmask`);
    if (!mask && prefix > 32) return configUnsupported(`Invalid IPv4 prefix '${prefix}' in network '${net}'`);
  } else if (family === 'ipv6') {
    if (addr.family !== 6)
      return configUnsupported(`Family 'ipv6' specified for non-IPv6 address '${address}' in network '${net}'`);
    if (netmask !== undefined)
      return configUnsupported(`netmask not allowed for IPv6 address '${address}' in network '${net}'`);
    if (prefix > 128) return configUnsupported(`Invalid IPv6 prefix '${prefix}' in network '${net}'`);
  } else return xmlError(`Unrecognized family '${family}' in network '${net}'`);
  const ip: Ip = {
    ...(family !== undefined && { family }),
    address: formatSocketAddr(addr),
    ...(mask && { netmask: formatSocketAddr(mask) }),
    ...(prefix > 0 && { prefix: String(prefix) }),
    ...(localPtr !== undefined && { localPtr }),
    ranges: [],
    hosts: [],
  };
  const dhcp = e.children.find((c) => c.name === 'dhcp');
  for (const r of dhcp?.children.filter((c) => c.name === 'range') ?? []) {
    const range = parseDhcpRange(net, ip, r);
    if (!range.ok) return range;
    ip.ranges.push(range.value);
  }
  for (const h of dhcp?.children.filter((c) => c.name === 'host') ?? []) {
    const host = parseDhcpHost(net, ip, h, false);
    if (!host.ok) return host;
    ip.hosts.push(host.value);
  }
  const bootp = dhcp?.children.find((c) => c.name === 'bootp');
  const file = bootp && attrOf(bootp, 'file');
  if (bootp && addr.family === 4 && file !== undefined) {
    const server = attrOf(bootp, 'server');
    const at = server === undefined ? undefined : parseSocketAddr(server);
    if (server !== undefined && !at) return socketAddrError(server);
    ip.bootp = { file, ...(at && { server: formatSocketAddr(at) }) };
  }
  const tftp = e.children.find((c) => c.name === 'tftp');
  if (tftp) {
    if (addr.family !== 4)
      return configUnsupported(`Unsupported <tftp> element in an IPv6 element in network '${net}'`);
    const root = nonEmpty(tftp, 'root');
    if (root !== undefined) ip.tftp = root;
  }
  return ok(ip);
}
