import { isActive } from '../../../sim/states';
import type { Domain, Snapshot } from '../../../sim/types';
import type { CmdCtx } from '../context';
import type { VirshCommand } from './types';

/** strftime "%Y-%m-%d %H:%M:%S %z" of the creation time (the simulated host runs on UTC). */
export function snapshotTime(seconds: number): string {
  const iso = new Date(seconds * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000`;
}

/** virDomainSnapshotState words: "shutoff", not the domain's "shut off". */
export const snapshotState = (s: Snapshot) => (s.state === 'shut off' ? 'shutoff' : s.state);

/** vshTreePrint: each child under its parent with `+- `, `|` rules and a blank line closing a branch. */
export function treeLines(names: string[], parentOf: (n: string) => string | undefined): string {
  let out = '';
  const walk = (name: string, last: string | null, root: boolean, indent: string) => {
    out += `${indent}${root ? '' : '+- '}${name}\n`;
    let ind = root ? indent : `${indent}${name === last ? ' ' : '|'} `;
    const children = names.filter((n) => parentOf(n) === name);
    if (children.length) out += `${ind}  |\n`;
    ind += '  ';
    for (const ch of children) walk(ch, children[children.length - 1], false, ind);
    ind = ind.slice(0, -2);
    if (!children.length && name === last) out += `${ind}\n`;
  };
  for (const n of names) if (!parentOf(n)) walk(n, n, true, '');
  return out;
}

function descendants(d: Domain, from: string): Snapshot[] {
  const kids = d.snapshots.filter((s) => s.parent === from);
  return kids.flatMap((k) => [k, ...descendants(d, k.name)]);
}

/** The snapshots the filters select (virshSnapshotListCollect), sorted by name unless --topological. */
function collect(c: CmdCtx, d: Domain): Snapshot[] | undefined {
  let list = d.snapshots;
  const from = c.str('from');
  if (from !== undefined || c.has('current')) {
    const start = from ?? d.currentSnapshot;
    if (start === undefined) {
      c.libvirtError({
        code: 'NO_DOMAIN_SNAPSHOT',
        message: 'Domain snapshot not found: the domain does not have a current snapshot',
      });
      return undefined;
    }
    const root = d.snapshots.find((s) => s.name === start);
    if (!root) {
      c.libvirtError({
        code: 'NO_DOMAIN_SNAPSHOT',
        message: `Domain snapshot not found: no domain snapshot with matching name '${start}'`,
      });
      return undefined;
    }
    // Its children (all descendants with --descendants); a tree also shows the snapshot itself.
    list = c.has('descendants') ? descendants(d, start) : d.snapshots.filter((s) => s.parent === start);
    if (c.has('tree')) list = [root, ...list];
  }
  const hasChildren = (s: Snapshot) => d.snapshots.some((x) => x.parent === s.name);
  if (c.has('roots')) list = list.filter((s) => !s.parent);
  if (c.has('leaves')) list = list.filter((s) => !hasChildren(s));
  if (c.has('no-leaves')) list = list.filter(hasChildren);
  // Each group of filters is an "or": every snapshot here is internal and has metadata.
  if (c.has('inactive') || c.has('active'))
    list = list.filter((s) => (c.has('inactive') && !isActive(s.state)) || (c.has('active') && isActive(s.state)));
  if ((c.has('internal') || c.has('external') || c.has('disk-only')) && !c.has('internal')) list = [];
  if (c.has('no-metadata') && !c.has('metadata')) list = [];
  return c.has('topological')
    ? list
    : [...list].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
}

export const snapshotListCommand: VirshCommand = {
  name: 'snapshot-list',
  readOnly: true,
  xm: { none: 'xm has no snapshots' },
  xl: { none: 'xl has no snapshots' },
  run(c) {
    const pairs = [
      ['tree', 'name'],
      ['parent', 'roots'],
      ['parent', 'tree'],
      ['roots', 'tree'],
      ['roots', 'from'],
      ['roots', 'current'],
    ];
    if (!pairs.every(([a, b]) => c.exclusive(a, b))) return false;
    // cmdSnapshotList checks these option combinations before it looks the domain up.
    for (const filter of ['leaves', 'no-leaves', 'inactive', 'active', 'disk-only', 'internal', 'external']) {
      if (c.has(filter) && c.has('tree')) {
        c.error(`--${filter} and --tree are mutually exclusive`);
        return false;
      }
    }
    const from = c.str('from');
    if (c.has('descendants') && from === undefined && !c.has('current')) {
      c.error('--descendants requires either --from or --current');
      return false;
    }
    const d = c.domain();
    if (!d) return false;
    // --from is read (vshCommandOptStringReq) once the domain is found, then checked against --current.
    if (from === '') {
      c.error("Failed to get option 'from': Option argument is empty");
      return false;
    }
    if (from !== undefined && c.has('current')) {
      c.error('--from and --current are mutually exclusive');
      return false;
    }
    const list = collect(c, d);
    if (!list) return false;
    if (c.has('tree')) {
      const names = list.map((s) => s.name);
      c.print(
        treeLines(names, (n) => {
          const p = list.find((s) => s.name === n)?.parent;
          return p && names.includes(p) ? p : undefined;
        }),
      );
      return true;
    }
    if (c.has('name')) {
      c.print(list.map((s) => `${s.name}\n`).join(''));
      return true;
    }
    const header = ['Name', 'Creation Time', 'State', ...(c.has('parent') ? ['Parent'] : [])];
    c.print(
      c.table(
        header,
        list.map((s) => [
          s.name,
          snapshotTime(s.creationTime),
          snapshotState(s),
          ...(c.has('parent') ? [s.parent ?? ''] : []),
        ]),
      ),
    );
    return true;
  },
};
