import type { Disk } from '../../../sim/types';
import { diskXml } from '../../../sim/xml/format';
import { escapeXml } from '../../../sim/xml/escape';
import { deviceCall } from './attach';
import { findDisk, nodeDump } from './detach';
import { xmlDef } from './devices';
import { reqString } from './pool-lookup';
import type { VirshCommand } from './types';

type Action = 'eject' | 'insert' | 'update';

/**
 * virshUpdateDiskXML on the disk's node: the old `<source>` is unlinked (its indentation stays,
 * an empty line), a new one goes before `<target>` with an indentation of its own.
 */
function changedDisk(disk: Disk, action: Action, source: string | undefined, block: boolean): string[] {
  const lines = diskXml(disk);
  const at = lines.findIndex((l) => l.startsWith('      <source '));
  if (at >= 0) lines[at] = '      ';
  if (action === 'eject') return lines;
  const target = lines.findIndex((l) => l.startsWith('      <target '));
  const type = block ? 'block' : 'file';
  lines[0] = lines[0].replace(/type='\w+'/, `type='${type}'`);
  lines.splice(target, 0, `      <source ${block ? 'dev' : 'file'}='${escapeXml(source!)}'/>`);
  return lines;
}

/** cmdChangeMedia: eject, insert or update the medium of a CD-ROM or floppy through virDomainUpdateDeviceFlags. */
const changeMedia: VirshCommand = {
  name: 'change-media',
  // cmdChangeMedia: the action's exclusions, --source read, then --current's (seed 273).
  before(c) {
    const actions: [string, string][] = [
      ['eject', 'insert'],
      ['eject', 'update'],
      ['insert', 'update'],
      ['eject', 'block'],
    ];
    if (!actions.every(([a, b]) => c.exclusive(a, b)) || reqString(c, 'source') === null) return false;
    return c.exclusive('current', 'live') && c.exclusive('current', 'config');
  },
  run(c) {
    const source = c.str('source');
    // "update" without a source ejects, as virsh's documentation says.
    const action: Action =
      c.has('eject') || (c.has('update') && source === undefined) ? 'eject' : c.has('insert') ? 'insert' : 'update';
    const d = c.domain();
    if (!d) return false;
    const path = c.str('path')!;
    const disk = findDisk(c, xmlDef(d, c.has('config') && !c.has('live')).disks, path, true);
    if (!disk) return false;
    const problem =
      action !== 'eject' && source === undefined
        ? 'New disk media source was not specified'
        : action === 'eject' && !disk.source
          ? `The disk device '${path}' doesn't have media`
          : action === 'insert' && disk.source
            ? `The disk device '${path}' already has media`
            : undefined;
    if (problem) {
      c.error(problem);
      return false;
    }
    if (c.has('print-xml')) {
      c.print(nodeDump(changedDisk(disk, action, source, c.has('block'))));
      return true;
    }
    return deviceCall(c, 'Update', `Failed to complete action ${action} on media`);
  },
};

export const mediaCommands: VirshCommand[] = [changeMedia];
