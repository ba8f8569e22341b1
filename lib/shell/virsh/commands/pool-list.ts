import type { StoragePool } from '../../../sim/types';
import { formatPoolXml } from '../../../sim/xml/pool-xml';
import type { CmdCtx } from '../context';
import { printXml, xpathReadable } from './xml-output';
import { poolArg, poolSizes, poolsHere, prettySize, reqString } from './pool-lookup';
import { poolTypes } from '../../../sim/storage/pool-types';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const caseFold = (s: string) => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
const byName = (a: StoragePool, b: StoragePool) => {
  const x = caseFold(a.def.name);
  const y = caseFold(b.def.name);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** virConnectListAllStoragePools' filters, as cmdPoolList sets them. */
function keep(c: CmdCtx, p: StoragePool, types: string[] | undefined): boolean {
  const active = c.has('all') || !c.has('inactive');
  const inactive = c.has('all') || c.has('inactive');
  if (p.active ? !active : !inactive) return false;
  if ((c.has('persistent') || c.has('transient')) && !(p.persistent ? c.has('persistent') : c.has('transient')))
    return false;
  if ((c.has('autostart') || c.has('no-autostart')) && !(p.autostart ? c.has('autostart') : c.has('no-autostart')))
    return false;
  return !types?.length || types.includes(p.def.type);
}

/** virsh pool-list: the short table, --details, or UUIDs and names a line. */
export function poolList(c: CmdCtx): boolean {
  if (!c.exclusive('all', 'inactive')) return false;
  const type = reqString(c, 'type');
  if (type === null || !c.exclusive('details', 'uuid') || !c.exclusive('details', 'name')) return false;
  // vshStringToArray: commas split, a doubled comma is a literal one.
  const types = type?.split(/,(?!,)/).filter((t) => t !== '');
  const bad = types?.find((t) => !poolTypes[t]);
  if (bad !== undefined) {
    c.error(`Invalid pool type '${bad}'`);
    return false;
  }
  const ps = poolsHere(c);
  if (!ps) return false;
  const shown = ps.filter((p) => keep(c, p, types)).sort(byName);
  if (!c.has('details')) {
    if (c.has('uuid') || c.has('name')) {
      for (const p of shown) {
        if (c.has('uuid')) c.print(`${p.def.uuid.padEnd(36)}${c.has('name') ? ' ' : '\n'}`);
        if (c.has('name')) c.print(`${p.def.name.padEnd(20)}\n`);
      }
      return true;
    }
    const rows = shown.map((p) => [p.def.name, p.active ? 'active' : 'inactive', yesNo(p.autostart)]);
    c.print(c.table(['Name', 'State', 'Autostart'], rows));
    return true;
  }
  const rows = shown.map((p) => {
    const s = poolSizes(p);
    const sizes = p.active ? [s.capacity, s.allocation, s.available].map(prettySize) : ['-', '-', '-'];
    return [p.def.name, p.active ? 'running' : 'inactive', yesNo(p.autostart), yesNo(p.persistent), ...sizes];
  });
  c.print(c.table(['Name', 'State', 'Autostart', 'Persistent', 'Capacity', 'Allocation', 'Available'], rows));
  return true;
}

/** virsh pool-info: sizes only for a running pool. */
export function poolInfo(c: CmdCtx): boolean {
  const p = poolArg(c);
  if (!p) return false;
  const row = (k: string, v: string) => c.print(`${k.padEnd(15)} ${v}\n`);
  row('Name:', p.def.name);
  row('UUID:', p.def.uuid);
  row('State:', p.active ? 'running' : 'inactive');
  row('Persistent:', yesNo(p.persistent));
  row('Autostart:', yesNo(p.autostart));
  if (p.active) {
    const s = poolSizes(p);
    const show = (n: bigint) => (c.has('bytes') ? String(n) : prettySize(n));
    row('Capacity:', show(s.capacity));
    row('Allocation:', show(s.allocation));
    row('Available:', show(s.available));
  }
  return true;
}

/** virsh pool-dumpxml: testStoragePoolGetXMLDesc takes no flag, so --inactive is refused. */
export function poolDumpXml(c: CmdCtx): boolean {
  const p = poolArg(c);
  if (!p || !xpathReadable(c)) return false;
  if (c.has('inactive')) {
    c.libvirtError({ code: 'INVALID_ARG', message: 'unsupported flags (0x1) in function testStoragePoolGetXMLDesc' });
    return false;
  }
  return printXml(c, formatPoolXml(p.def, poolSizes(p)));
}
