import { parseMac } from '../../../sim/ops/stats';
import type { Disk, Domain } from '../../../sim/types';
import { diskXml, formatDomainXml, ifaceXml } from '../../../sim/xml/format';
import type { CmdCtx } from '../context';
import { affectOptionsOk, deviceCall } from './attach';
import { xpathSelect } from '../xpath/dump-xml';
import { xmlDef } from './devices';
import type { VirshCommand } from './types';

/**
 * The XML virsh reads a device from: the inactive definition when only the persistent one is
 * affected (--config, or --persistent on an inactive domain), else the live one.
 */
const configOnly = (c: CmdCtx, d: Domain) =>
  (c.has('config') || (c.has('persistent') && d.live === null)) && !c.has('live');

/**
 * xmlNodeDump of a device node taken from the domain's XML: its own first line unindented, the
 * rest as indented in the document, attributes in double quotes; no newline after the end tag.
 */
export const nodeDump = (lines: readonly string[]) =>
  lines
    .map((l, i) =>
      (i === 0 ? l.trimStart() : l).replace(
        /([\w:-]+)='([^']*)'/g,
        (_, k: string, v: string) => `${k}="${v.replace(/&apos;/g, "'")}"`,
      ),
    )
    .join('\n');

/** virshFindDisk: the first disk whose target or source is `path` (only CD-ROMs and floppies for change-media). */
export function findDisk(c: CmdCtx, disks: readonly Disk[], path: string, changeable: boolean): Disk | undefined {
  const disk = disks.find(
    (k) => (!changeable || k.device === 'cdrom' || k.device === 'floppy') && (k.target === path || k.source === path),
  );
  if (!disk) c.error(`No disk found whose source path or target is ${path}`);
  return disk;
}

const detachDisk: VirshCommand = {
  name: 'detach-disk',
  before: affectOptionsOk,
  run(c) {
    const d = c.domain();
    if (!d) return false;
    // cmdDetachDisk reads --target (vshCommandOptStringReq) after the lookup: "" is refused.
    if (c.str('target') === '') {
      c.error("Failed to get option 'target': Option argument is empty");
      return false;
    }
    const disk = findDisk(c, xmlDef(d, configOnly(c, d)).disks, c.str('target')!, false);
    if (!disk) return false;
    if (c.has('print-xml')) {
      c.print(nodeDump(diskXml(disk)));
      return true;
    }
    return deviceCall(c, 'Detach', 'Failed to detach disk');
  },
};

/** cmdDetachInterface: the interfaces of the type, the one with --mac, else the only one. */
const detachInterface: VirshCommand = {
  name: 'detach-interface',
  before: affectOptionsOk,
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const type = c.str('type')!;
    const mac = c.str('mac');
    const empty = ['type', 'mac'].find((o) => c.str(o) === '');
    if (empty !== undefined) {
      c.error(`Failed to get option '${empty}': Option argument is empty`);
      c.error('Failed to detach interface');
      return false;
    }
    // virsh selects /domain/devices/interface[@type='TYPE']: a quote in TYPE can break the
    // expression (libxml2 prints its error, nothing is found) or widen it.
    const def = xmlDef(d, configOnly(c, d));
    const path = '/domain/devices/interface';
    const sel = xpathSelect(formatDomainXml(def), `${path}[@type='${type}']`, path);
    c.stderr(sel.stderr);
    const ofType = sel.picked.map((i) => def.interfaces[i]);
    const wanted = mac === undefined ? undefined : parseMac(mac);
    const found = mac === undefined ? ofType : ofType.filter((n) => wanted !== null && parseMac(n.mac) === wanted);
    const problem =
      ofType.length === 0
        ? `No interface found whose type is ${type}`
        : found.length === 0
          ? `No interface with MAC address ${mac} was found`
          : found.length > 1
            ? `Domain has ${found.length} interfaces. Please specify which one to detach using --mac`
            : undefined;
    if (problem) {
      c.error(problem);
      // virsh says it failed to detach when it meant to, and on its --config path even with --print-xml.
      if (!c.has('print-xml') || c.has('config') || c.has('persistent')) c.error('Failed to detach interface');
      return false;
    }
    if (c.has('print-xml')) {
      c.print(nodeDump(ifaceXml(found[0])));
      return true;
    }
    return deviceCall(c, 'Detach', 'Failed to detach interface');
  },
};

export const detachCommands: VirshCommand[] = [detachDisk, detachInterface];
