import {
  domainManagedSave,
  domainManagedSaveRemove,
  domainRestore,
  domainSave,
  readSaveImage,
} from '../../../sim/ops/save';
import { saveImageDefine } from '../../../sim/ops/save-image-define';
import { formatDomainXml } from '../../../sim/xml/format';
import { DRIVER_FILE_MODE, errnoText } from '../../host-fs';
import type { CmdCtx } from '../context';
import { readXmlFile } from './define';
import type { VirshCommand } from './types';
import { printXml, xpathReadable } from './xml-output';

const saveFlags = (c: CmdCtx) => ({
  running: c.has('running'),
  paused: c.has('paused'),
  bypassCache: c.has('bypass-cache'),
});

function readImage(c: CmdCtx, file: string) {
  const abs = c.s.fs.resolve(file);
  const r = c.s.fs.read(abs);
  return { abs, read: r.ok ? { data: r.data } : { errno: r.errno === 'ENOTDIR' ? ('ENOENT' as const) : r.errno } };
}

const save: VirshCommand = {
  name: 'save',
  action: 'save',
  xm: 'xm save {domain} {file}',
  xl: 'xl save {domain} {file}',
  /*
   * virsh save --paused marks the image to come back paused. xl save -p is not that: it leaves the
   * domain paused on this host instead of destroying it (xl.1: "Leave the domain paused after
   * creating the snapshot"), and xm save has only -c; both pause at restore time instead (-p).
   * --running is what their restore does by default.
   */
  flags: {
    paused: {
      xm: { none: 'xm save keeps no state to restore in: restore it paused with xm restore FILE -p' },
      xl: { none: 'xl save -p keeps the domain paused here instead; restore it paused with xl restore -p FILE' },
    },
    running: { xm: '', xl: '' },
  },
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const file = c.str('file')!;
    const name = c.str('domain')!;
    const failLine = `Failed to save domain '${name}' to ${file}`;
    // virsh 9.0 saves from a job thread; a read-only refusal loses libvirt's line on the way back.
    if (c.s.readonly) {
      c.error(failLine);
      return false;
    }
    const before = c.s.world;
    const r = c.apply(domainSave(c.op(), d.uuid, saveFlags(c)), failLine);
    if (!r) return false;
    const abs = c.s.fs.resolve(file);
    const w = c.s.fs.write(abs, r.image, DRIVER_FILE_MODE);
    if (!w.ok) {
      c.s.world = before;
      c.error(failLine);
      c.libvirtError({
        code: 'SYSTEM_ERROR',
        message: `saving domain '${name}' to '${abs}': open failed: ${errnoText[w.errno]}`,
      });
      return false;
    }
    if (c.has('verbose')) c.io.err += '\rSave: [100 %]';
    c.extra(`\nDomain '${name}' saved to ${file}\n`);
    return true;
  },
};

const restore: VirshCommand = {
  name: 'restore',
  api: (c) =>
    ['running', 'paused', 'bypass-cache', 'xml', 'reset-nvram'].some((o) => c.has(o))
      ? 'virDomainRestoreFlags'
      : 'virDomainRestore',
  action: 'restore',
  // xm: "restore <CheckpointFile> [-p]  -p, --paused  Do not unpause domain after restoring it";
  // xl: "restore [options] [<ConfigFile>] <CheckpointFile>  -p  Do not unpause domain after restoring it".
  xm: 'xm restore {file} {flags}',
  xl: 'xl restore {flags} {file}',
  flags: { paused: { xm: '-p', xl: '-p' }, running: { xm: '', xl: '' } },
  run(c) {
    const file = c.str('file')!;
    const xmlFile = c.str('xml');
    const xml = xmlFile === undefined ? undefined : readXmlFile(c, xmlFile);
    if (xmlFile !== undefined && xml === undefined) return false;
    const { abs, read } = readImage(c, file);
    const flags = { ...saveFlags(c), resetNvram: c.has('reset-nvram'), xml };
    if (!c.apply(domainRestore(c.op(), read, abs, flags), `Failed to restore domain from ${file}`)) return false;
    c.extra(`Domain restored from ${file}\n`);
    return true;
  },
};

const saveImageDumpxml: VirshCommand = {
  name: 'save-image-dumpxml',
  readOnly: true,
  xm: { none: 'xm cannot print a save file’s configuration' },
  xl: { none: 'xl cannot print a save file’s configuration' },
  run(c) {
    const file = c.str('file')!;
    if (!xpathReadable(c)) return false;
    const { abs, read } = readImage(c, file);
    const img = readSaveImage(read, abs);
    if (!img.ok) {
      c.libvirtError(img.error);
      return false;
    }
    return printXml(c, formatDomainXml(img.value.def, {}));
  },
};

const managedsave: VirshCommand = {
  name: 'managedsave',
  api: 'virDomainManagedSave',
  action: 'managedsave',
  xm: 'xm suspend {domain}',
  xl: { none: 'xl has no managed save: xl save {domain} FILE' },
  // xm suspend has no options; xm resume brings the domain back running.
  flags: { paused: {}, running: { xm: '' } },
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const name = c.str('domain')!;
    if (!c.apply(domainManagedSave(c.op(), d.uuid, saveFlags(c)), `Failed to save domain '${name}' state`))
      return false;
    if (c.has('verbose')) c.io.err += '\rManagedsave: [100 %]';
    c.extra(`\nDomain '${name}' state saved by libvirt\n`);
    return true;
  },
};

const managedsaveRemove: VirshCommand = {
  name: 'managedsave-remove',
  api: 'virDomainManagedSaveRemove',
  xm: { none: 'xm has no equivalent: remove the file under /var/lib/xend/domains' },
  xl: { none: 'xl has no managed save' },
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const name = c.str('domain')!;
    if (!d.managedSave && !c.host().domains.find((x) => x.uuid === d.uuid)?.managedSave) {
      c.extra(`Domain '${name}' has no manage save image; removal skipped`);
      return true;
    }
    if (!c.apply(domainManagedSaveRemove(c.op(), d.uuid), `Failed to remove managed save image for domain '${name}'`))
      return false;
    c.extra(`Removed managedsave image for domain '${name}'`);
    return true;
  },
};

/** cmdSaveImageDefine: the new XML file, then virDomainSaveImageDefineXML rewrites the image. */
const saveImageDefineCmd: VirshCommand = {
  name: 'save-image-define',
  api: 'virDomainSaveImageDefineXML',
  xm: { none: 'xm cannot change a save file’s configuration' },
  xl: { none: 'xl cannot change a save file’s configuration' },
  run(c) {
    if (c.host().driver !== 'test') {
      c.error(`command '${c.name}' is not simulated by VirtLab`);
      return false;
    }
    const file = c.str('file')!;
    const xml = readXmlFile(c, c.str('xml')!);
    if (xml === undefined) return false;
    const failLine = `Failed to update ${file}`;
    if (c.refuseReadonly(failLine)) return false;
    const { abs, read } = readImage(c, file);
    const image = saveImageDefine(read, abs, xml, { running: c.has('running'), paused: c.has('paused') });
    const written = image.ok ? c.s.fs.write(abs, image.value, DRIVER_FILE_MODE) : undefined;
    if (!image.ok || !written?.ok) {
      c.error(failLine);
      if (!image.ok) c.libvirtError(image.error);
      return false;
    }
    c.extra(`State file ${file} updated.\n`);
    return true;
  },
};

export const saveCommands = [save, restore, saveImageDumpxml, managedsave, managedsaveRemove, saveImageDefineCmd];
