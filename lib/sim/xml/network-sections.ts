import { XMLParser } from 'fast-xml-parser';
import { fail, ok, type Result } from '../result';
import type { NetworkDns, PortGroup, XmlElement } from '../types';
import { checkWellFormed } from './parse';
import { checkRange, formatSocketAddr, ipPrefix, parseSocketAddr, socketAddrError } from './socket-addr';

/** An element of an update's XML: attributes in document order, child elements, its own text. */
export interface Fragment extends XmlElement {
  text: string;
  children: Fragment[];
}
type Ordered = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

function toFragment(node: Ordered): Fragment {
  const name = Object.keys(node).find((k) => k !== ':@')!;
  const kids = (node[name] as Ordered[] | undefined) ?? [];
  return {
    name,
    attrs: Object.entries((node[':@'] as Record<string, string> | undefined) ?? {}),
    children: kids.filter((k) => !('#text' in k)).map(toFragment),
    text: kids.map((k) => (typeof k['#text'] === 'string' ? k['#text'] : '')).join(''),
  };
}

/** virXMLParseStringCtxt: the document's root element, or libxml2's error under `source`. */
export function parseFragment(xml: string, source: string): Result<Fragment> {
  const well = checkWellFormed(xml, source);
  if (!well.ok) return well;
  const doc = (parser.parse(xml) as Ordered[]).filter((n) => !Object.keys(n).some((k) => k.startsWith('?')));
  return ok(toFragment(doc[0]));
}

export const attrOf = (e: XmlElement, name: string) => e.attrs.find(([k]) => k === name)?.[1];
const xmlError = (m: string) => fail('XML_ERROR', `XML error: ${m}`);
const detail = (m: string) => fail('XML_ERROR', m);

type Ip = { address?: string; netmask?: string; prefix?: string };
export type DhcpHost = { mac?: string; name?: string; ip?: string };

/** virNetworkDHCPHostDefParseXML; `partial` (delete) needs only one of mac, name and ip. */
export function parseDhcpHost(net: string, ip: Ip, e: XmlElement, partial: boolean): Result<DhcpHost> {
  const v6 = parseSocketAddr(ip.address ?? '')?.family === 6;
  const mac = attrOf(e, 'mac');
  if (mac !== undefined) {
    if (v6) return xmlError(`Invalid to specify MAC address '${mac}' in network '${net}' IPv6 static host definition`);
    if (!/^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){5}$/.test(mac))
      return xmlError(`Cannot parse MAC address '${mac}' in network '${net}'`);
    if (Number.parseInt(mac.split(':')[0], 16) & 1)
      return xmlError(`expected unicast mac address, found multicast '${mac}' in network '${net}'`);
  }
  const name = attrOf(e, 'name');
  if (name !== undefined && !/^[A-Za-z0-9]/.test(name))
    return xmlError(`Cannot use host name '${name}' in network '${net}'`);
  const ipText = attrOf(e, 'ip');
  const addr = ipText === undefined ? undefined : parseSocketAddr(ipText);
  if (ipText !== undefined && !addr)
    return xmlError(`Invalid IP address in static host definition for network '${net}'`);
  if (partial) {
    if (mac === undefined && name === undefined && ipText === undefined)
      return xmlError(
        // virsh 9.0's message ends in a blank.
        `At least one of name, mac, or ip attribute must be specified for static host definition in network '${net}' `,
      );
  } else {
    if (v6 && name === undefined && attrOf(e, 'id') === undefined)
      return xmlError(`Static host definition in IPv6 network '${net}' must have id or name attribute`);
    if (!v6 && mac === undefined && name === undefined)
      return xmlError(`Static host definition in IPv4 network '${net}' must have mac or name attribute`);
    if (ipText === undefined) return xmlError(`Missing IP address in static host definition for network '${net}'`);
  }
  return ok({ mac, name, ip: addr && formatSocketAddr(addr) });
}

/** virNetworkDHCPRangeDefParseXML: both ends, then the range checked against the network. */
export function parseDhcpRange(net: string, ip: Ip, e: XmlElement): Result<{ start: string; end: string }> {
  const start = attrOf(e, 'start');
  if (start === undefined) return xmlError(`Missing 'start' attribute in dhcp range for network '${net}'`);
  const s = parseSocketAddr(start);
  if (!s) return socketAddrError(start);
  const end = attrOf(e, 'end');
  if (end === undefined) return xmlError(`Missing 'end' attribute in dhcp range for network '${net}'`);
  const en = parseSocketAddr(end);
  if (!en) return socketAddrError(end);
  const base = parseSocketAddr(ip.address ?? '');
  if (base) {
    const r = checkRange(s, en, base, ipPrefix(ip));
    if (!r.ok) return r;
  }
  return ok({ start: formatSocketAddr(s), end: formatSocketAddr(en) });
}

/** virNetworkDNSHostDefParseXML (9.0: the address, then the hostnames); `partial` (delete) needs either. */
export function parseDnsHost(net: string, e: Fragment, partial: boolean): Result<NetworkDns['hosts'][number]> {
  const ip = attrOf(e, 'ip');
  if (ip === undefined && !partial) return detail(`Missing IP address in network '${net}' DNS HOST record`);
  const addr = ip === undefined ? undefined : parseSocketAddr(ip);
  if (ip !== undefined && !addr) return detail(`Invalid IP address in network '${net}' DNS HOST record`);
  // An empty <hostname> is no name at all.
  const names = e.children.filter((c) => c.name === 'hostname' && c.text !== '').map((c) => c.text);
  if (!names.length && !partial) return detail(`Missing hostname in network '${net}' DNS HOST record`);
  if (ip === undefined && !names.length) return detail(`Missing ip and hostname in network '${net}' DNS HOST record`);
  return ok({ ip: addr ? formatSocketAddr(addr) : '', names });
}

/** virNetworkDNSTxtDefParseXML: a name without blanks or commas, and a value unless deleting. */
export function parseDnsTxt(net: string, e: XmlElement, partial: boolean): Result<{ name: string; value?: string }> {
  const name = attrOf(e, 'name');
  if (name === undefined) return detail(`missing required name attribute in DNS TXT record of network ${net}`);
  if (/[ ,]/.test(name)) return detail(`prohibited character in DNS TXT record name '${name}' of network ${net}`);
  const value = attrOf(e, 'value');
  if (value === undefined && !partial)
    return detail(`missing required value attribute in DNS TXT record named '${name}' of network ${net}`);
  return ok({ name, value });
}

type Srv = NetworkDns['srvs'][number];

/** virXPathUInt on an attribute: absent, a number, or unparsable (-2). */
const uintAttr = (e: XmlElement, a: string): number | null | undefined => {
  const v = attrOf(e, a);
  if (v === undefined || v === '') return undefined;
  return /^\s*\+?\d+$/.test(v) && Number(v) <= 4294967295 ? Number(v) : null;
};

/** virNetworkDNSSrvDefParseXML: service and protocol characters, then port, priority, weight. */
export function parseDnsSrv(net: string, e: XmlElement, partial: boolean): Result<Srv> {
  const service = attrOf(e, 'service');
  if (service === undefined && !partial)
    return detail(`missing required service attribute in DNS SRV record of network '${net}'`);
  if (service !== undefined && !/^[A-Za-z0-9_\-+/*]*$/.test(service))
    return detail(`invalid character in service attribute '${service}' in DNS SRV record of network '${net}'`);
  const protocol = attrOf(e, 'protocol');
  if (protocol === undefined && !partial)
    return detail(`missing required protocol attribute in DNS SRV record '${service ?? '(null)'}' of network '${net}'`);
  if (protocol !== undefined && !/^[A-Za-z0-9\-+/]*$/.test(protocol))
    return detail(`invalid character in protocol attribute '${protocol}' in DNS SRV record of network '${net}'`);
  const srv: Srv = { service, protocol, domain: attrOf(e, 'domain'), target: attrOf(e, 'target') };
  const named = service ?? '(null)';
  const limits = [
    ['port', 'invalid', 1],
    ['priority', 'Invalid', 0],
    ['weight', 'invalid', 0],
  ] as const;
  for (const [a, word, min] of limits) {
    const v = uintAttr(e, a);
    if (v !== undefined && v !== null && srv.target === undefined)
      return detail(`DNS SRV ${a} attribute not permitted without target for service '${named}' in network '${net}'`);
    if (v === null || (v !== undefined && (v < min || v > 65535)))
      return detail(`${word} DNS SRV ${a} attribute for service '${named}' in network '${net}'`);
    if (v) srv[a] = v;
  }
  return ok(srv);
}

/** virNetworkPortGroupParseXML: a name; `default='yes'` in any case makes it the default. */
export function parsePortGroup(e: XmlElement): Result<PortGroup> {
  const name = attrOf(e, 'name');
  if (name === undefined) return xmlError('Missing required name attribute in portgroup');
  const order = ['vlan', 'virtualport', 'bandwidth'];
  const children = order.flatMap((n) => e.children.filter((c) => c.name === n).slice(0, 1));
  return ok({ name, isDefault: attrOf(e, 'default')?.toLowerCase() === 'yes', children });
}
