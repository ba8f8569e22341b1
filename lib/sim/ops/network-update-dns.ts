import { operationInvalid, ok, type Result, unsupported } from '../result';
import type { NetworkDef, NetworkDns } from '../types';
import { type Fragment, parseDnsHost, parseDnsSrv, parseDnsTxt } from '../xml/network-sections';
import { parseSocketAddr, sameAddr } from '../xml/socket-addr';
import type { UpdateCommand } from './network-update-sections';

type Dns = (def: NetworkDef, cmd: UpdateCommand, e: Fragment) => Result<NetworkDef>;

const isAdd = (cmd: UpdateCommand) => cmd === 'add-first' || cmd === 'add-last';
const empty: NetworkDns = { txts: [], srvs: [], hosts: [] };
const put = <K extends keyof NetworkDns>(def: NetworkDef, key: K, list: NetworkDns[K]): NetworkDef => ({
  ...def,
  dns: { ...(def.dns ?? empty), [key]: list },
});
const place = <T>(list: T[], cmd: UpdateCommand, item: T) => (cmd === 'add-first' ? [item, ...list] : [...list, item]);

/** The DNS sections refuse `modify` before they look at the element (virNetworkDefUpdateDNS*). */
function checked(kind: string, element: string, def: NetworkDef, cmd: UpdateCommand, e: Fragment): Result<true> {
  if (cmd === 'modify') return unsupported(`DNS ${kind} records cannot be modified, only added or deleted`);
  if (e.name !== element)
    return {
      ok: false,
      error: {
        code: 'XML_ERROR',
        message: `XML error: unexpected element <${e.name}>, expecting <${element}>, while updating network '${def.name}'`,
      },
    };
  return ok(true);
}

/** dns-host: an add clashes on the address only (several addresses may share a name); a delete matches either. */
const dnsHost: Dns = (def, cmd, e) => {
  const c = checked('HOST', 'host', def, cmd, e);
  if (!c.ok) return c;
  const parsed = parseDnsHost(def.name, e, !isAdd(cmd));
  if (!parsed.ok) return parsed;
  const h = parsed.value;
  const addr = parseSocketAddr(h.ip);
  const hosts = def.dns?.hosts ?? [];
  const matches = hosts.flatMap((x, i) => {
    const other = parseSocketAddr(x.ip);
    const byIp = !!addr && !!other && sameAddr(addr, other);
    const byName = !isAdd(cmd) && h.names.some((n) => x.names.includes(n));
    return byIp || byName ? [i] : [];
  });
  const net = def.name;
  if (isAdd(cmd)) {
    if (matches.length)
      return operationInvalid(`there is already at least one DNS HOST record with a matching field in network ${net}`);
    return ok(put(def, 'hosts', place(hosts, cmd, h)));
  }
  if (!matches.length) return operationInvalid(`couldn't locate a matching DNS HOST record in network ${net}`);
  if (matches.length > 1) return operationInvalid(`multiple matching DNS HOST records were found in network ${net}`);
  return ok(
    put(
      def,
      'hosts',
      hosts.filter((_, i) => i !== matches[0]),
    ),
  );
};

/** dns-srv: every field the element gives must match. */
const dnsSrv: Dns = (def, cmd, e) => {
  const c = checked('SRV', 'srv', def, cmd, e);
  if (!c.ok) return c;
  const parsed = parseDnsSrv(def.name, e, !isAdd(cmd));
  if (!parsed.ok) return parsed;
  const s = parsed.value;
  const srvs = def.dns?.srvs ?? [];
  const keys = ['domain', 'service', 'protocol', 'target'] as const;
  const matches = srvs.flatMap((x, i) => (keys.every((k) => s[k] === undefined || s[k] === x[k]) ? [i] : []));
  const net = def.name;
  if (isAdd(cmd)) {
    if (matches.length)
      return operationInvalid(
        `there is already at least one DNS SRV record matching all specified fields in network ${net}`,
      );
    return ok(put(def, 'srvs', place(srvs, cmd, s)));
  }
  if (!matches.length) return operationInvalid(`couldn't locate a matching DNS SRV record in network ${net}`);
  if (matches.length > 1)
    return operationInvalid(`multiple DNS SRV records matching all specified fields were found in network ${net}`);
  return ok(
    put(
      def,
      'srvs',
      srvs.filter((_, i) => i !== matches[0]),
    ),
  );
};

/** dns-txt: records are matched by name. */
const dnsTxt: Dns = (def, cmd, e) => {
  const c = checked('TXT', 'txt', def, cmd, e);
  if (!c.ok) return c;
  const parsed = parseDnsTxt(def.name, e, !isAdd(cmd));
  if (!parsed.ok) return parsed;
  const { name, value } = parsed.value;
  const txts = def.dns?.txts ?? [];
  const i = txts.findIndex((x) => x.name === name);
  if (isAdd(cmd)) {
    if (i >= 0) return operationInvalid(`there is already a DNS TXT record with name '${name}' in network ${def.name}`);
    return ok(put(def, 'txts', place(txts, cmd, { name, value: value ?? '' })));
  }
  if (i < 0) return operationInvalid(`couldn't locate a matching DNS TXT record in network ${def.name}`);
  return ok(
    put(
      def,
      'txts',
      txts.filter((_, j) => j !== i),
    ),
  );
};

export const dnsSections: Record<string, Dns> = { 'dns-host': dnsHost, 'dns-srv': dnsSrv, 'dns-txt': dnsTxt };
