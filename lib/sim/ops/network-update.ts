import { ok, operationInvalid, type Result, unsupported } from '../result';
import type { NetworkDef, VirtNetwork, World } from '../types';
import { formatNetworkXml, parseNetworkXml } from '../xml/network-xml';
import { parseFragment } from '../xml/network-sections';
import { hostOf, type OpContext } from './context';
import { dnsSections } from './network-update-dns';
import { sections, type UpdateCommand } from './network-update-sections';
import { networkNotFound, networksOf, putNetwork } from './networks';

/** virNetworkUpdate's sections, by virsh's names; these five the driver can never update. */
const FIXED: Record<string, string> = {
  bridge: 'bridge',
  domain: 'domain',
  ip: 'ip',
  forward: 'forward',
  'forward-pf': 'forward pf',
};

export interface NetworkUpdateRequest {
  command: UpdateCommand;
  section: string;
  parentIndex: number;
  xml: string;
  live: boolean;
  config: boolean;
}

/**
 * virNetworkDefUpdateSection on a copy: the XML is parsed first (libxml2's errors name it
 * "network_update_xml"), then the section's own rules; the result must survive the format/parse
 * round trip virNetworkDefCopy makes (a NAT network takes one forward interface).
 */
function updateSection(def: NetworkDef, req: NetworkUpdateRequest): Result<NetworkDef> {
  const e = parseFragment(req.xml, 'network_update_xml');
  if (!e.ok) return e;
  if (FIXED[req.section]) return unsupported(`can't update '${FIXED[req.section]}' section of network '${def.name}'`);
  const dns = dnsSections[req.section];
  const next = dns ? dns(def, req.command, e.value) : sections[req.section](def, req.command, req.parentIndex, e.value);
  if (!next.ok) return next;
  const copy = parseNetworkXml(formatNetworkXml(next.value), () => def.uuid);
  return copy.ok ? next : copy;
}

/**
 * testNetworkUpdate and virNetworkObjUpdate: "current" is live on a running network, else the
 * persistent definition; a live change needs a running network, a persistent one a persistent
 * network. Changing the persistent definition of a running network keeps it aside (newDef) —
 * the test driver never swaps it in again, so net-dumpxml goes on showing the live one; libvirtd's
 * network driver does when the network stops.
 */
export function networkUpdate(ctx: OpContext, name: string, req: NetworkUpdateRequest): Result<World> {
  const n = networksOf(ctx).find((x) => x.def.name === name);
  if (!n) return networkNotFound(name);
  const current = !req.live && !req.config;
  const live = req.live || (current && n.active);
  const config = req.config || (current && !n.active);
  if (!n.active && live) return operationInvalid('network is not running');
  if (config && !n.persistent) return operationInvalid('cannot change persistent config of a transient network');
  // virNetworkObjSetDefTransient keeps the persistent definition aside (newDef) before the change;
  // libvirtd's network driver did so when it started the network.
  const aside = config || (hostOf(ctx).driver !== 'test' && n.persistent);
  const kept: VirtNetwork = aside && n.active && !n.newDef ? { ...n, newDef: n.def } : n;
  let liveDef: NetworkDef | undefined;
  if (live) {
    const r = updateSection(kept.def, req);
    if (!r.ok) return r;
    liveDef = r.value;
  }
  let configDef: NetworkDef | undefined;
  if (config) {
    const r = updateSection(kept.newDef ?? kept.def, req);
    if (!r.ok) return r;
    configDef = r.value;
  }
  let next = kept;
  if (configDef) next = n.active ? { ...next, newDef: configDef } : { ...next, def: configDef };
  if (liveDef) next = { ...next, def: liveDef };
  return ok(putNetwork(ctx, name, next));
}
