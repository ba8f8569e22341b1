import { fail, ok, type Result } from '../result';
import type { NetworkDef, XmlElement } from '../types';
import { escapeXml } from './escape';
import { attrOf, type Fragment, parseDnsHost, parseDnsSrv, parseDnsTxt, parsePortGroup } from './network-sections';

/**
 * The parts of virNetworkDefParseXML beyond network-xml.ts's: the forward interfaces (a NAT,
 * routed or open network may name one), the DNS records and the portgroups, each through the
 * parser net-update uses for its sections.
 */
export function parseNetworkExtras(
  root: Fragment,
  name: string,
  mode: string | undefined,
): Result<Pick<NetworkDef, 'dns' | 'portgroups'> & { interfaces?: string[] }> {
  const child = (e: Fragment | undefined, n: string) => e?.children.filter((c) => c.name === n) ?? [];
  const fwd = child(root, 'forward')[0];
  const listed = child(fwd, 'interface').map((i) => attrOf(i, 'dev') ?? '');
  const dev = fwd && attrOf(fwd, 'dev');
  const interfaces = listed.length ? listed : dev !== undefined ? [dev] : undefined;
  if ((interfaces?.length ?? 0) > 1 && ['nat', 'route', 'open'].includes(mode ?? 'nat'))
    return fail(
      'XML_ERROR',
      `XML error: multiple forwarding interfaces specified for network '${name}', only one is supported`,
    );
  const dnsEl = child(root, 'dns')[0];
  let dns: NetworkDef['dns'];
  if (dnsEl) {
    dns = { txts: [], srvs: [], hosts: [] };
    for (const h of child(dnsEl, 'host')) {
      const r = parseDnsHost(name, h, false);
      if (!r.ok) return r;
      dns.hosts.push(r.value);
    }
    for (const s of child(dnsEl, 'srv')) {
      const r = parseDnsSrv(name, s, false);
      if (!r.ok) return r;
      dns.srvs.push(r.value);
    }
    for (const t of child(dnsEl, 'txt')) {
      const r = parseDnsTxt(name, t, false);
      if (!r.ok) return r;
      dns.txts.push({ name: r.value.name, value: r.value.value ?? '' });
    }
  }
  const portgroups = [];
  for (const p of child(root, 'portgroup')) {
    const r = parsePortGroup(p);
    if (!r.ok) return r;
    portgroups.push(r.value);
  }
  return ok({ dns, portgroups: portgroups.length ? portgroups : undefined, interfaces });
}

/** Attributes in libvirt's single quotes; absent ones left out. */
export const attrs = (pairs: [string, string | undefined][]) =>
  pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}='${escapeXml(v!)}'`)
    .join('');

/** virNetworkDNSDefFormat: TXT records, then SRV, then HOST with its hostnames. */
export function formatDns(dns: NetworkDef['dns']): string[] {
  if (!dns || !(dns.txts.length || dns.srvs.length || dns.hosts.length)) return [];
  const out = ['  <dns>'];
  for (const t of dns.txts)
    out.push(
      `    <txt${attrs([
        ['name', t.name],
        ['value', t.value],
      ])}/>`,
    );
  for (const s of dns.srvs) {
    const n = (v?: number) => (v ? String(v) : undefined);
    const list: [string, string | undefined][] = [
      ['service', s.service],
      ['protocol', s.protocol],
      ['domain', s.domain],
      ['target', s.target],
      ['port', n(s.port)],
      ['priority', n(s.priority)],
      ['weight', n(s.weight)],
    ];
    out.push(`    <srv${attrs(list)}/>`);
  }
  for (const h of dns.hosts)
    out.push(
      `    <host ip='${h.ip}'>`,
      ...h.names.map((n) => `      <hostname>${escapeXml(n)}</hostname>`),
      '    </host>',
    );
  out.push('  </dns>');
  return out;
}

/** A kept element (a portgroup's vlan, virtualport or bandwidth) as libvirt lays such elements out. */
export function formatElement(e: XmlElement, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const open = `${pad}<${e.name}${attrs(e.attrs)}`;
  if (!e.children.length) return [`${open}/>`];
  return [`${open}>`, ...e.children.flatMap((c) => formatElement(c, depth + 1)), `${pad}</${e.name}>`];
}
