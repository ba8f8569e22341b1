import {
  domainSnapshotDelete,
  domainSnapshotSetCurrent,
  SNAPSHOT_DELETE,
  snapshotDescendants,
} from '../../../sim/ops/snapshot-delete';
import { isActive } from '../../../sim/states';
import type { Domain, Snapshot } from '../../../sim/types';
import { domainName } from '../../../sim/world';
import { escapeXml } from '../../../sim/xml/escape';
import { formatDomainXml } from '../../../sim/xml/format';
import type { CmdCtx } from '../context';
import { lookupSnapshot } from './snapshot';
import { snapshotState } from './snapshot-list';
import type { VirshCommand } from './types';
import { printXml, xpathReadable } from './xml-output';

const none = { none: 'xm has no snapshots' };
const noneXl = { none: 'xl has no snapshots' };

/**
 * virDomainSnapshotDefFormat for the test driver's internal snapshots: memory saved when the guest
 * ran, every disk snapshotted internally (a CD-ROM or floppy not at all), the domain inside.
 */
export function snapshotXmlDoc(s: Snapshot): string {
  const out = ['<domainsnapshot>', `  <name>${escapeXml(s.name)}</name>`];
  if (s.description !== undefined) out.push(`  <description>${escapeXml(s.description)}</description>`);
  out.push(`  <state>${snapshotState(s)}</state>`);
  if (s.parent) out.push('  <parent>', `    <name>${escapeXml(s.parent)}</name>`, '  </parent>');
  out.push(`  <creationTime>${s.creationTime}</creationTime>`);
  out.push(`  <memory snapshot='${isActive(s.state) ? 'internal' : 'no'}'/>`);
  if (s.def.disks.length) {
    out.push('  <disks>');
    for (const d of s.def.disks)
      out.push(`    <disk name='${escapeXml(d.target)}' snapshot='${d.device === 'disk' ? 'internal' : 'no'}'/>`);
    out.push('  </disks>');
  } else if (!s.redefined) out.push('  <disks/>');
  const dom = formatDomainXml(s.def).trimEnd().split('\n');
  out.push(...dom.map((l) => `  ${l}`), '</domainsnapshot>');
  return `${out.join('\n')}\n`;
}

/** The domain, then the snapshot named or current (virshLookupSnapshot). */
function target(c: CmdCtx): { d: Domain; s: Snapshot } | undefined {
  const d = c.domain();
  if (!d) return undefined;
  const s = lookupSnapshot(c, d, true);
  return s ? { d, s } : undefined;
}

const info: VirshCommand = {
  name: 'snapshot-info',
  readOnly: true,
  xm: none,
  xl: noneXl,
  run(c) {
    const t = target(c);
    if (!t) return false;
    const { d, s } = t;
    const row = (k: string, v: string | number) => `${k.padEnd(15)} ${v}\n`;
    const kids = d.snapshots.filter((x) => x.parent === s.name).length;
    c.print(row('Name:', s.name) + row('Domain:', domainName(d)));
    c.print(row('Current:', d.currentSnapshot === s.name ? 'yes' : 'no') + row('State:', snapshotState(s)));
    c.print(row('Location:', 'internal') + row('Parent:', s.parent ?? '-'));
    c.print(row('Children:', kids) + row('Descendants:', snapshotDescendants(d, s.name).length));
    c.print(row('Metadata:', 'yes'));
    return true;
  },
};

const parent: VirshCommand = {
  name: 'snapshot-parent',
  readOnly: true,
  xm: none,
  xl: noneXl,
  run(c) {
    const t = target(c);
    if (!t) return false;
    if (!t.s.parent) {
      c.error(`snapshot '${t.s.name}' has no parent`);
      return false;
    }
    c.print(t.s.parent);
    return true;
  },
};

const dumpxml: VirshCommand = {
  name: 'snapshot-dumpxml',
  readOnly: true,
  xm: none,
  xl: noneXl,
  run(c) {
    // cmdSnapshotDumpXML reads the snapshot's name before it looks the domain up.
    if (c.str('snapshotname') === '') {
      c.error("Failed to get option 'snapshotname': Option argument is empty");
      return false;
    }
    const d = c.domain();
    if (!d) return false;
    const s = d.snapshots.find((x) => x.name === c.str('snapshotname'));
    if (!s) {
      c.libvirtError({
        code: 'NO_DOMAIN_SNAPSHOT',
        message: `Domain snapshot not found: no domain snapshot with matching name '${c.str('snapshotname')}'`,
      });
      return false;
    }
    return xpathReadable(c) && printXml(c, snapshotXmlDoc(s));
  },
};

const current: VirshCommand = {
  name: 'snapshot-current',
  api: (c) => (c.has('snapshotname') ? 'virDomainSnapshotCreateXML' : ''),
  xm: none,
  xl: noneXl,
  run(c) {
    if (!c.exclusive('name', 'snapshotname')) return false;
    const d = c.domain();
    if (!d) return false;
    const set = c.str('snapshotname');
    if (set !== undefined) {
      if (!c.apply(domainSnapshotSetCurrent(c.op(), d.uuid, set))) return false;
      c.extra(`Snapshot ${set} set as current`);
      return true;
    }
    const s = d.snapshots.find((x) => x.name === d.currentSnapshot);
    if (!s) {
      c.error(`domain '${c.str('domain')}' has no current snapshot`);
      return false;
    }
    c.print(c.has('name') ? s.name : snapshotXmlDoc(s));
    return true;
  },
};

const del: VirshCommand = {
  name: 'snapshot-delete',
  api: 'virDomainSnapshotDelete',
  xm: none,
  xl: noneXl,
  run(c) {
    const t = target(c);
    if (!t) return false;
    const flags =
      (c.has('children') ? SNAPSHOT_DELETE.children : 0) |
      (c.has('children-only') ? SNAPSHOT_DELETE.childrenOnly : 0) |
      (c.has('metadata') ? SNAPSHOT_DELETE.metadataOnly : 0);
    if (!c.apply(domainSnapshotDelete(c.op(), t.d.uuid, t.s.name, flags), `Failed to delete snapshot ${t.s.name}`))
      return false;
    c.extra(`Domain snapshot ${t.s.name} ${c.has('children-only') ? 'children ' : ''}deleted\n`);
    return true;
  },
};

export const snapshotQueryCommands: VirshCommand[] = [info, parent, dumpxml, current, del];
