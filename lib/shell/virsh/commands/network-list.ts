import type { VirtNetwork } from '../../../sim/types';
import type { CmdCtx } from '../context';
import { networksHere } from './network-lookup';

/** virConnectListAllNetworks' filter flags, as virsh's cmdNetworkList sets them. */
function keep(c: CmdCtx, n: VirtNetwork): boolean {
  const active = c.has('all') ? true : !c.has('inactive');
  const inactive = c.has('all') || c.has('inactive');
  if (n.active ? !active : !inactive) return false;
  if ((c.has('persistent') || c.has('transient')) && !(n.persistent ? c.has('persistent') : c.has('transient')))
    return false;
  if ((c.has('autostart') || c.has('no-autostart')) && !(n.autostart ? c.has('autostart') : c.has('no-autostart')))
    return false;
  return true;
}

/** strcasecmp in the C locale: ASCII letters fold, other bytes compare as they are. */
const caseFold = (s: string) => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
const byName = (a: VirtNetwork, b: VirtNetwork) => {
  const x = caseFold(a.def.name);
  const y = caseFold(b.def.name);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** virsh net-list: a table by default, or one name or UUID a line. */
export function netList(c: CmdCtx): boolean {
  if (['table', 'name', 'uuid'].filter((o) => c.has(o)).length > 1) {
    c.error('Only one argument from --table, --name and --uuid may be specified.');
    return false;
  }
  const ns = networksHere(c);
  if (!ns) return false;
  const shown = ns.filter((n) => keep(c, n)).sort(byName);
  if (c.has('name') || c.has('uuid')) {
    for (const n of shown) c.print(`${c.has('uuid') ? n.def.uuid : n.def.name}\n`);
    return true;
  }
  const yesNo = (b: boolean) => (b ? 'yes' : 'no');
  c.print(
    c.table(
      ['Name', 'State', 'Autostart', 'Persistent'],
      shown.map((n) => [n.def.name, n.active ? 'active' : 'inactive', yesNo(n.autostart), yesNo(n.persistent)]),
    ),
  );
  return true;
}
