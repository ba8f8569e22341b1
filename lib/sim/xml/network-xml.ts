import { XMLParser } from 'fast-xml-parser';
import { keepAttributeBlanks } from './parser-options';
import { configUnsupported, fail, internalError, ok, type Result } from '../result';
import type { NetworkDef } from '../types';
import { checkWellFormed } from './parse';
import { definitionUuid } from './uuid-parse';
import { parseIpDef } from './network-ip';
import { networkSchemaError } from './network-schema';
import { escapeXml } from './escape';
import { attrs, formatDns, formatElement, parseNetworkExtras } from './network-extras';
import { parseFragment } from './network-sections';

type Node = Record<string, unknown>;
const FORWARD_MODES = ['none', 'nat', 'route', 'open', 'bridge', 'private', 'vepa', 'passthrough', 'hostdev'];
const parser = new XMLParser({
  ...keepAttributeBlanks,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (n) => ['ip', 'range', 'host'].includes(n),
});
const attr = (n: unknown, a: string) => (n && typeof n === 'object' ? ((n as Node)[`@${a}`] as string) : undefined);
const text = (n: unknown) =>
  typeof n === 'string' ? n : n && typeof n === 'object' ? String((n as Node)['#text'] ?? '') : undefined;

/**
 * virNetworkDefParseXML for the elements VirtLab keeps: name, uuid, forward, bridge, mac, domain
 * and ip with its dhcp ranges and hosts; libvirt's messages for what it refuses. `newUuid` stands
 * in for the random UUID libvirt makes up when the XML has none; `validate` is --validate.
 */
export function parseNetworkXml(xml: string, newUuid: () => string, validate = false): Result<NetworkDef> {
  const well = checkWellFormed(xml, '(network_definition)');
  if (!well.ok) return well;
  const doc = parser.parse(xml) as Node;
  const root = Object.keys(doc).find((k) => !k.startsWith('?'));
  if (root !== 'network')
    return fail('XML_ERROR', `XML error: expecting root element of 'network', not '${root ?? ''}'`);
  // virXMLParse validates against network.rng (--validate) right after the root's name.
  const schema = validate ? networkSchemaError(xml) : undefined;
  if (schema) return fail('XML_ERROR', schema);
  const n = (doc.network || {}) as Node;
  // string(./name[1]): the first <name>.
  const name = text(Array.isArray(n.name) ? n.name[0] : n.name);
  if (!name) return fail('XML_ERROR', 'missing name information');
  const own = definitionUuid(xml);
  if (own === 'malformed') return internalError('malformed uuid element');
  const uuid = own === 'none' ? newUuid() : own.uuid;
  const fwd = n.forward;
  const forward = fwd === undefined ? undefined : { mode: attr(fwd, 'mode') ?? 'nat', dev: attr(fwd, 'dev') };
  const br = n.bridge;
  const bridge =
    br === undefined ? undefined : { name: attr(br, 'name'), stp: attr(br, 'stp'), delay: attr(br, 'delay') };
  const macText = attr(n.mac, 'address');
  // virMacAddrParse: six parts of one or two hex digits; a multicast address is refused.
  if (macText !== undefined && !/^(?:[0-9a-fA-F]{1,2}:){5}[0-9a-fA-F]{1,2}$/.test(macText))
    return fail('XML_ERROR', `XML error: Invalid bridge mac address '${macText}' in network '${name}'`);
  if (macText !== undefined && Number.parseInt(macText.split(':')[0], 16) & 1)
    return fail('XML_ERROR', `XML error: Invalid multicast bridge mac address '${macText}' in network '${name}'`);
  const mac = macText?.toLowerCase();
  const domain = attr(n.domain, 'name');
  // virXMLPropTristateBool on <domain>'s localOnly and register.
  for (const k of ['localOnly', 'register']) {
    const v = attr(n.domain, k);
    if (v !== undefined && v !== 'yes' && v !== 'no')
      return fail('XML_ERROR', `XML error: Invalid value for attribute '${k}' in element 'domain': '${v}'.`);
  }
  const tree = parseFragment(xml, '(network_definition)');
  const extras = tree.ok ? parseNetworkExtras(tree.value, name, forward?.mode) : tree;
  if (!extras.ok) return extras;
  const { interfaces, dns, portgroups } = extras.value;
  // After the portgroups, each <ip> (virNetworkIPDefParseXML), then the forward element.
  const ips: NetworkDef['ips'] = [];
  for (const el of tree.ok ? tree.value.children.filter((c) => c.name === 'ip') : []) {
    const ip = parseIpDef(name, el);
    if (!ip.ok) return ip;
    ips.push(ip.value);
  }
  // virNetworkForwardDefParseXML: the mode by virNetworkForwardType's names, as written.
  if (forward && !FORWARD_MODES.includes(forward.mode))
    return configUnsupported(`unknown forwarding type '${forward.mode}'`);
  if (forward?.mode === 'nat' && !ips.length)
    return fail('XML_ERROR', `XML error: nat forwarding requested, but no IP address provided for network '${name}'`);

  const withIfs = forward && interfaces ? { ...forward, dev: interfaces[0], interfaces } : forward;
  return ok({
    name,
    uuid,
    forward: withIfs,
    bridge,
    mac,
    domain,
    ips,
    ...(dns && { dns }),
    ...(portgroups && { portgroups }),
  });
}

/**
 * virNetworkDefFormat for the same elements, in libvirt's order and spelling; the network driver
 * counts the guest interfaces plugged into a running network (`connections`).
 */
export function formatNetworkXml(d: NetworkDef, connections = 0): string {
  const open = connections > 0 ? `<network connections='${connections}'>` : '<network>';
  const out = [open, `  <name>${escapeXml(d.name)}</name>`, `  <uuid>${d.uuid}</uuid>`];
  if (d.forward) {
    const ifs = d.forward.interfaces ?? (d.forward.dev !== undefined ? [d.forward.dev] : []);
    const open = `  <forward${attrs([
      ['dev', ifs[0]],
      ['mode', d.forward.mode],
    ])}`;
    const inner: string[] = [];
    if (d.forward.nat) {
      const { start, end } = d.forward.nat;
      inner.push('    <nat>', `      <port start='${start}' end='${end}'/>`, '    </nat>');
    }
    inner.push(...ifs.map((dev) => `    <interface dev='${escapeXml(dev)}'/>`));
    out.push(...(inner.length ? [`${open}>`, ...inner, '  </forward>'] : [`${open}/>`]));
  }
  // A bridge-mode network's bridge is the host's; libvirt manages (and prints STP for) the others.
  const managed = !d.forward || ['nat', 'route', 'open'].includes(d.forward.mode);
  if (d.bridge || managed) {
    const stp = managed ? (d.bridge?.stp ?? 'on') : d.bridge?.stp;
    const delay = managed ? (d.bridge?.delay ?? '0') : d.bridge?.delay;
    out.push(
      `  <bridge${attrs([
        ['name', d.bridge?.name],
        ['stp', stp],
        ['delay', delay],
      ])}/>`,
    );
  }
  if (d.mac) out.push(`  <mac address='${d.mac}'/>`);
  if (d.domain) out.push(`  <domain name='${escapeXml(d.domain)}'/>`);
  out.push(...formatDns(d.dns));
  for (const ip of d.ips) {
    out.push(
      `  <ip${attrs([
        ['family', ip.family],
        ['address', ip.address],
        ['netmask', ip.netmask],
        ['prefix', ip.prefix],
        ['localPtr', ip.localPtr],
      ])}>`,
    );
    if (ip.tftp !== undefined) out.push(`    <tftp root='${escapeXml(ip.tftp)}'/>`);
    // virNetworkIPDefFormat writes <dhcp> for ranges or hosts; a bootp alone is kept, not printed.
    if (ip.ranges.length || ip.hosts.length) {
      out.push('    <dhcp>');
      for (const r of ip.ranges)
        out.push(
          `      <range${attrs([
            ['start', r.start],
            ['end', r.end],
          ])}/>`,
        );
      for (const h of ip.hosts)
        out.push(
          `      <host${attrs([
            ['mac', h.mac],
            ['name', h.name],
            ['ip', h.ip],
          ])}/>`,
        );
      if (ip.bootp)
        out.push(
          `      <bootp${attrs([
            ['file', ip.bootp.file],
            ['server', ip.bootp.server],
          ])}/>`,
        );
      out.push('    </dhcp>');
    }
    out.push('  </ip>');
  }
  for (const pg of d.portgroups ?? []) {
    out.push(`  <portgroup name='${escapeXml(pg.name)}'${pg.isDefault ? " default='yes'" : ''}>`);
    out.push(...pg.children.flatMap((c) => formatElement(c, 2)), '  </portgroup>');
  }
  out.push('</network>');
  return `${out.join('\n')}\n`;
}
