import { fail, ok, operationInvalid, type Result, unsupported } from '../result';
import type { NetworkDef } from '../types';
import { type Fragment, attrOf, parseDhcpHost, parseDhcpRange, parsePortGroup } from '../xml/network-sections';
import { parseSocketAddr, sameAddr } from '../xml/socket-addr';

export type UpdateCommand = 'modify' | 'delete' | 'add-last' | 'add-first';
type Ip = NetworkDef['ips'][number];
type Section = (def: NetworkDef, cmd: UpdateCommand, parentIndex: number, e: Fragment) => Result<NetworkDef>;

const isAdd = (cmd: UpdateCommand) => cmd === 'add-first' || cmd === 'add-last';
const insert = <T>(list: T[], cmd: UpdateCommand, item: T) => (cmd === 'add-first' ? [item, ...list] : [...list, item]);
const without = <T>(list: T[], i: number) => list.filter((_, j) => j !== i);
const family = (a?: string) => parseSocketAddr(a ?? '')?.family;
const sameIp = (a?: string, b?: string) => {
  const x = parseSocketAddr(a ?? '');
  const y = parseSocketAddr(b ?? '');
  return !!x && !!y && sameAddr(x, y);
};
const sameMac = (a?: string, b?: string) =>
  a !== undefined &&
  b !== undefined &&
  a.split(':').every((x, i) => Number.parseInt(x, 16) === Number.parseInt(b.split(':')[i], 16));

/** virNetworkDefUpdateCheckElementName. */
function expect(def: NetworkDef, e: Fragment, name: string): Result<true> {
  if (e.name === name) return ok(true);
  return fail(
    'XML_ERROR',
    `XML error: unexpected element <${e.name}>, expecting <${name}>, while updating network '${def.name}'`,
  );
}

/** virNetworkIPDefByIndex: the <ip> at --parent-index, else the one with DHCP, else the first IPv4 or IPv6. */
function ipByIndex(def: NetworkDef, parentIndex: number): Result<number> {
  const where = `in network '${def.name}'`;
  if (parentIndex >= 0) {
    if (parentIndex < def.ips.length) return ok(parentIndex);
    return operationInvalid(`couldn't update dhcp host entry - no <ip> element found at index ${parentIndex} ${where}`);
  }
  let i = def.ips.findIndex((ip) => ip.ranges.length || ip.hosts.length);
  if (i < 0) i = def.ips.findIndex((ip) => family(ip.address) === 4);
  if (i < 0) i = def.ips.findIndex((ip) => family(ip.address) === 6);
  return i < 0 ? operationInvalid(`couldn't update dhcp host entry - no <ip> element found ${where}`) : ok(i);
}

/** virNetworkDefUpdateCheckMultiDHCP: one <ip> per family may serve DHCP. */
function singleDhcp(def: NetworkDef, i: number): Result<true> {
  const f = family(def.ips[i].address);
  const other = def.ips.some((ip, j) => j !== i && family(ip.address) === f && (ip.ranges.length || ip.hosts.length));
  return other
    ? operationInvalid(`dhcp is supported only for a single ${f === 6 ? 'IPv6' : 'IPv4'} address on each network`)
    : ok(true);
}

const withIp = (def: NetworkDef, i: number, ip: Ip): NetworkDef => ({
  ...def,
  ips: def.ips.map((x, j) => (j === i ? ip : x)),
});

const dhcpHost: Section = (def, cmd, parentIndex, e) => {
  const named = expect(def, e, 'host');
  if (!named.ok) return named;
  const at = ipByIndex(def, parentIndex);
  if (!at.ok) return at;
  const ip = def.ips[at.value];
  const parsed = parseDhcpHost(def.name, ip, e, cmd === 'delete');
  if (!parsed.ok) return parsed;
  const h = parsed.value;
  if (cmd !== 'delete' && family(ip.address) !== family(h.ip))
    return operationInvalid(
      "the address family of a host entry IP must match the address family of the dhcp element's parent",
    );
  const [mac, name, addr] = [h.mac ?? 'unknown', h.name ?? '(null)', h.ip ?? 'unknown'];
  const any = (x: Ip['hosts'][number]) =>
    sameMac(h.mac, x.mac) || sameIp(h.ip, x.ip) || (h.name !== undefined && h.name === x.name);
  if (cmd === 'modify') {
    const i = ip.hosts.findIndex(any);
    if (i < 0)
      return operationInvalid(
        `couldn't locate an existing dhcp host entry with "mac='${mac}'" "name='${name}'" "ip='${addr}'" in network '${def.name}'`,
      );
    return ok(withIp(def, at.value, { ...ip, hosts: ip.hosts.map((x, j) => (j === i ? h : x)) }));
  }
  if (isAdd(cmd)) {
    const single = singleDhcp(def, at.value);
    if (!single.ok) return single;
    if (ip.hosts.some(any))
      return operationInvalid(
        `there is an existing dhcp host entry in network '${def.name}' that matches "<host mac='${mac}' name='${name}' ip='${addr}'/>"`,
      );
    return ok(withIp(def, at.value, { ...ip, hosts: insert(ip.hosts, cmd, h) }));
  }
  const i = ip.hosts.findIndex(
    (x) =>
      (h.mac === undefined || x.mac === undefined || sameMac(h.mac, x.mac)) &&
      (h.name === undefined || h.name === x.name) &&
      (h.ip === undefined || sameIp(h.ip, x.ip)),
  );
  if (i < 0) return operationInvalid(`couldn't locate a matching dhcp host entry in network '${def.name}'`);
  return ok(withIp(def, at.value, { ...ip, hosts: without(ip.hosts, i) }));
};

const dhcpRange: Section = (def, cmd, parentIndex, e) => {
  const named = expect(def, e, 'range');
  if (!named.ok) return named;
  const at = ipByIndex(def, parentIndex);
  if (!at.ok) return at;
  if (cmd === 'modify') return unsupported('dhcp ranges cannot be modified, only added or deleted');
  const ip = def.ips[at.value];
  const parsed = parseDhcpRange(def.name, ip, e);
  if (!parsed.ok) return parsed;
  const r = parsed.value;
  const i = ip.ranges.findIndex((x) => sameIp(x.start, r.start) && sameIp(x.end, r.end));
  if (isAdd(cmd)) {
    const single = singleDhcp(def, at.value);
    if (!single.ok) return single;
    if (i >= 0)
      return operationInvalid(
        `there is an existing dhcp range entry in network '${def.name}' that matches "<range start='${r.start}' end='${r.end}'/>"`,
      );
    return ok(withIp(def, at.value, { ...ip, ranges: insert(ip.ranges, cmd, r) }));
  }
  if (i < 0) return operationInvalid(`couldn't locate a matching dhcp range entry in network '${def.name}'`);
  return ok(withIp(def, at.value, { ...ip, ranges: without(ip.ranges, i) }));
};

const forwardInterface: Section = (def, cmd, _p, e) => {
  const named = expect(def, e, 'interface');
  if (!named.ok) return named;
  if (cmd === 'modify') return unsupported('forward interface entries cannot be modified, only added or deleted');
  const dev = attrOf(e, 'dev');
  if (dev === undefined) return fail('XML_ERROR', 'XML error: missing dev attribute in <interface> element');
  const fwd = def.forward ?? { mode: 'nat' };
  const ifs = fwd.interfaces ?? (fwd.dev !== undefined ? [fwd.dev] : []);
  const i = ifs.indexOf(dev);
  let next: string[];
  if (isAdd(cmd)) {
    if (i >= 0)
      return operationInvalid(
        `there is an existing interface entry in network '${def.name}' that matches "<interface dev='${dev}'>"`,
      );
    next = insert(ifs, cmd, dev);
  } else {
    if (i < 0)
      return operationInvalid(
        `couldn't find an interface entry in network '${def.name}' matching <interface dev='${dev}'>`,
      );
    next = without(ifs, i);
  }
  const { dev: _old, interfaces: _list, ...rest } = fwd;
  return ok({ ...def, forward: next.length ? { ...rest, dev: next[0], interfaces: next } : rest });
};

const portgroup: Section = (def, cmd, _p, e) => {
  const named = expect(def, e, 'portgroup');
  if (!named.ok) return named;
  const parsed = parsePortGroup(e);
  if (!parsed.ok) return parsed;
  const pg = parsed.value;
  const list = def.portgroups ?? [];
  const found = list.findIndex((x) => x.name === pg.name);
  const dflt = list.findIndex((x) => x.isDefault);
  const where = `in network '${def.name}'`;
  if (found < 0 && !isAdd(cmd))
    return operationInvalid(`couldn't find a portgroup entry ${where} matching <portgroup name='${pg.name}'>`);
  if (found >= 0 && isAdd(cmd))
    return operationInvalid(
      `there is an existing portgroup entry ${where} that matches "<portgroup name='${pg.name}'>"`,
    );
  if (cmd !== 'delete' && pg.isDefault && dflt >= 0 && dflt !== found)
    return operationInvalid(
      `a different portgroup entry ${where} is already set as the default. Only one default is allowed.`,
    );
  const next =
    cmd === 'modify'
      ? list.map((x, j) => (j === found ? pg : x))
      : isAdd(cmd)
        ? insert(list, cmd, pg)
        : without(list, found);
  return ok({ ...def, portgroups: next });
};

export const sections: Record<string, Section> = {
  'ip-dhcp-host': dhcpHost,
  'ip-dhcp-range': dhcpRange,
  'forward-interface': forwardInterface,
  portgroup,
};
