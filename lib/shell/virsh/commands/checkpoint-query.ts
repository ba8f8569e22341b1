import { checkpointDescendants, checkpointsOf, findCheckpoint } from '../../../sim/ops/checkpoint';
import type { Checkpoint, Domain } from '../../../sim/types';
import { domainName } from '../../../sim/world';
import { escapeXml } from '../../../sim/xml/escape';
import { formatDomainXml } from '../../../sim/xml/format';
import type { CmdCtx } from '../context';
import { snapshotTime, treeLines } from './snapshot-list';
import type { VirshCommand } from './types';

/** virDomainCheckpointDefFormat: name, description, parent, time, disks, and the domain unless left out. */
export function checkpointXmlDoc(cp: Checkpoint, withDomain: boolean): string {
  const out = ['<domaincheckpoint>', `  <name>${escapeXml(cp.name)}</name>`];
  if (cp.description !== undefined) out.push(`  <description>${escapeXml(cp.description)}</description>`);
  if (cp.parent) out.push('  <parent>', `    <name>${escapeXml(cp.parent)}</name>`, '  </parent>');
  out.push(`  <creationTime>${cp.creationTime}</creationTime>`, '  <disks>');
  for (const k of cp.disks)
    out.push(
      k.bitmap === undefined
        ? `    <disk name='${escapeXml(k.name)}' checkpoint='no'/>`
        : `    <disk name='${escapeXml(k.name)}' checkpoint='bitmap' bitmap='${escapeXml(k.bitmap)}'/>`,
    );
  out.push('  </disks>');
  if (withDomain)
    out.push(
      ...formatDomainXml(cp.def)
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    );
  out.push('</domaincheckpoint>');
  return `${out.join('\n')}\n`;
}

/** The domain, then the checkpoint its name option names (virshLookupCheckpoint). */
export function checkpointTarget(c: CmdCtx): { d: Domain; cp: Checkpoint } | undefined {
  const d = c.domain();
  if (!d) return undefined;
  const name = c.str('checkpointname');
  if (name === undefined) {
    c.error('--checkpointname is required');
    return undefined;
  }
  const cp = findCheckpoint(d, name);
  if (!cp.ok) {
    c.libvirtError(cp.error);
    return undefined;
  }
  return { d, cp: cp.value };
}

/** virshCheckpointListCollect: --from's children (all below with --descendants), filters, sorted by name. */
function collect(c: CmdCtx, d: Domain): Checkpoint[] | undefined {
  let list = checkpointsOf(d);
  const from = c.str('from');
  if (from !== undefined) {
    const root = findCheckpoint(d, from);
    if (!root.ok) {
      c.libvirtError(root.error);
      return undefined;
    }
    list = c.has('descendants') ? checkpointDescendants(d, from) : list.filter((x) => x.parent === from);
    if (c.has('tree')) list = [root.value, ...list];
  }
  const hasChildren = (x: Checkpoint) => checkpointsOf(d).some((y) => y.parent === x.name);
  if (c.has('roots')) list = list.filter((x) => !x.parent);
  if (c.has('leaves')) list = list.filter((x) => !hasChildren(x));
  if (c.has('no-leaves')) list = list.filter(hasChildren);
  return c.has('topological')
    ? list
    : [...list].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
}

const list: VirshCommand = {
  name: 'checkpoint-list',
  readOnly: true,
  run(c) {
    const pairs = [
      ['tree', 'name'],
      ['parent', 'roots'],
      ['parent', 'tree'],
      ['roots', 'tree'],
      ['roots', 'from'],
    ];
    if (!pairs.every(([a, b]) => c.exclusive(a, b))) return false;
    for (const filter of ['leaves', 'no-leaves'])
      if (c.has(filter) && c.has('tree')) {
        c.error(`--${filter} and --tree are mutually exclusive`);
        return false;
      }
    if (c.has('descendants') && !c.has('from')) {
      c.error('--descendants requires --from');
      return false;
    }
    const d = c.domain();
    if (!d) return false;
    // --from is read (vshCommandOptStringReq) once the domain is found: "" is refused.
    if (c.str('from') === '') {
      c.error("Failed to get option 'from': Option argument is empty");
      return false;
    }
    const cps = collect(c, d);
    if (!cps) return false;
    const names = cps.map((x) => x.name);
    if (c.has('tree')) {
      const parentOf = (n: string) => {
        const p = cps.find((x) => x.name === n)?.parent;
        return p && names.includes(p) ? p : undefined;
      };
      c.print(treeLines(names, parentOf));
    } else if (c.has('name')) c.print(names.map((n) => `${n}\n`).join(''));
    else {
      const header = ['Name', 'Creation Time', ...(c.has('parent') ? ['Parent'] : [])];
      const rows = cps.map((x) => [x.name, snapshotTime(x.creationTime), ...(c.has('parent') ? [x.parent ?? ''] : [])]);
      c.print(c.table(header, rows));
    }
    return true;
  },
};

const info: VirshCommand = {
  name: 'checkpoint-info',
  readOnly: true,
  run(c) {
    const t = checkpointTarget(c);
    if (!t) return false;
    const row = (k: string, v: string | number) => `${k.padEnd(15)} ${v}\n`;
    const kids = checkpointsOf(t.d).filter((x) => x.parent === t.cp.name).length;
    c.print(row('Name:', t.cp.name) + row('Domain:', domainName(t.d)) + row('Parent:', t.cp.parent ?? '-'));
    c.print(row('Children:', kids) + row('Descendants:', checkpointDescendants(t.d, t.cp.name).length));
    return true;
  },
};

const parent: VirshCommand = {
  name: 'checkpoint-parent',
  readOnly: true,
  run(c) {
    const t = checkpointTarget(c);
    if (!t) return false;
    if (!t.cp.parent) {
      c.error(`checkpoint '${t.cp.name}' has no parent`);
      return false;
    }
    c.print(t.cp.parent);
    return true;
  },
};

const dumpxml: VirshCommand = {
  name: 'checkpoint-dumpxml',
  readOnly: true,
  run(c) {
    const t = checkpointTarget(c);
    if (!t) return false;
    c.print(checkpointXmlDoc(t.cp, !c.has('no-domain')));
    return true;
  },
};

export const checkpointQueryCommands: VirshCommand[] = [list, info, parent, dumpxml];
