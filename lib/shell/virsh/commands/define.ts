import { domainCreateXml, domainDefine, domainRename, domainUndefine } from '../../../sim/ops/define';
import { domainName } from '../../../sim/world';
import { unsupportedFlags } from '../../../sim/result';
import { parseDomainXml } from '../../../sim/xml/parse';
import { errnoText } from '../../host-fs';
import type { CmdCtx } from '../context';
import { passFdsCount } from './pass-fds';
import type { VirshCommand } from './types';

/** The driver's parse defaults: the test driver's guests are i686 unless the XML says otherwise. */
export const parseDefaults = (c: CmdCtx) => ({ arch: c.host().driver === 'test' ? 'i686' : 'x86_64' });

/** Reads an XML file argument as virsh does (virFileReadAll), with its message. */
export function readXmlFile(c: CmdCtx, file: string): string | undefined {
  const r = c.s.fs.read(c.s.fs.resolve(file));
  if (!r.ok) {
    // open(2) succeeds on a directory; the read that follows fails.
    // Each message spelled whole: the Japanese catalogue is matched on virsh's own msgids.
    const what = r.errno === 'EISDIR' ? `Failed to read file '${file}'` : `Failed to open file '${file}'`;
    c.libvirtError({ code: 'SYSTEM_ERROR', message: `${what}: ${errnoText[r.errno]}` });
    return undefined;
  }
  return r.data;
}

const define: VirshCommand = {
  name: 'define',
  api: (c) => (c.has('validate') ? 'virDomainDefineXMLFlags' : 'virDomainDefineXML'),
  xm: 'xm new {file}',
  xl: { none: 'xl keeps no definitions: the config file in /etc/xen is the definition' },
  run(c) {
    const file = c.str('file')!;
    const xml = readXmlFile(c, file);
    if (xml === undefined) return false;
    const failLine = `Failed to define domain from ${file}`;
    if (c.refuseReadonly(failLine)) return false;
    const def = parseDomainXml(xml, undefined, parseDefaults(c), c.has('validate'));
    if (!def.ok) {
      c.error(failLine);
      c.libvirtError(def.error);
      return false;
    }
    const r = c.apply(domainDefine(c.op(), def.value), failLine);
    if (!r) return false;
    c.extra(`Domain '${def.value.name}' defined from ${file}\n`);
    return true;
  },
};

const create: VirshCommand = {
  name: 'create',
  api: 'virDomainCreateXML',
  xm: 'xm create {file}',
  xl: 'xl create {file}',
  run(c) {
    const file = c.str('file')!;
    const xml = readXmlFile(c, file);
    if (xml === undefined) return false;
    // virshFetchPassFdsList after the file, before the API (WithFiles when it passes any).
    if (passFdsCount(c) === undefined) return false;
    const failLine = `Failed to create domain from ${file}`;
    if (c.refuseReadonly(failLine)) return false;
    // testDomainCreateXML checks its flags (only VALIDATE passes) before it parses the document.
    const bits = (c.has('paused') ? 1 : 0) | (c.has('autodestroy') ? 2 : 0) | (c.has('reset-nvram') ? 0x20 : 0);
    const refused = bits && c.host().driver === 'test' ? unsupportedFlags(bits, 'testDomainCreateXML') : undefined;
    if (refused && !refused.ok) {
      c.error(failLine);
      c.libvirtError(refused.error);
      return false;
    }
    const def = parseDomainXml(xml, undefined, parseDefaults(c), c.has('validate'));
    if (!def.ok) {
      c.error(failLine);
      c.libvirtError(def.error);
      return false;
    }
    const r = c.apply(
      domainCreateXml(c.op(), def.value, { paused: c.has('paused'), autodestroy: c.has('autodestroy') }),
      failLine,
    );
    if (!r) return false;
    c.extra(`Domain '${def.value.name}' created from ${file}\n`);
    // cmdCreate runs the console and ignores how it ended: with no terminal, its error and success.
    if (c.has('console')) c.error('Cannot run interactive console without a controlling TTY');
    return true;
  },
};

const undefine: VirshCommand = {
  name: 'undefine',
  api: 'virDomainUndefineFlags',
  action: 'undefine',
  xm: 'xm delete {domain}',
  xl: { none: 'xl keeps no definitions: delete /etc/xen/{domain}.cfg' },
  run(c) {
    // cmdUndefine's option checks, in its order, before the domain lookup.
    if (
      !c.requires('delete-storage-volume-snapshots', 'remove-all-storage') ||
      !c.exclusive('nvram', 'keep-nvram') ||
      !c.exclusive('tpm', 'keep-tpm')
    )
      return false;
    if (c.has('wipe-storage') && !c.str('storage') && !c.has('remove-all-storage')) {
      c.error("'--wipe-storage' requires '--storage <string>' or '--remove-all-storage'");
      return false;
    }
    const d = c.domain();
    if (!d) return false;
    const name = c.str('domain')!;
    const def = d.config ?? d.live!;
    const storage = c.has('remove-all-storage')
      ? def.disks
      : c.has('storage')
        ? def.disks.filter((x) =>
            c
              .str('storage')!
              .split(',')
              .some((s) => s === x.target || s === x.source),
          )
        : [];
    if ((c.has('remove-all-storage') || c.has('storage')) && d.id !== null) {
      c.error('Storage volume deletion is supported only on stopped domains');
      return false;
    }
    // With --nvram virsh must use virDomainUndefineFlags, whose flag check comes first.
    if (d.managedSave && !c.has('managed-save') && !c.has('nvram')) {
      c.error('Refusing to undefine while domain managed save image exists');
      return false;
    }
    for (const disk of storage) {
      c.error(`Storage volume '${disk.target}'(${disk.source}) is not managed by libvirt. Remove it manually.\n`);
    }
    // Each name in --storage that no disk has is reported; then the command fails.
    const unknown = c.has('remove-all-storage')
      ? []
      : (c.str('storage')?.split(',') ?? []).filter((s) => !def.disks.some((x) => s === x.target || s === x.source));
    for (const name of unknown) c.error(`Volume '${name}' was not found in domain's definition.\n`);
    if (unknown.length) return false;
    const r = c.apply(
      domainUndefine(c.op(), d.uuid, {
        managedSave: c.has('managed-save'),
        snapshotsMetadata: c.has('snapshots-metadata'),
        nvram: c.has('nvram'),
        otherBits:
          (c.has('checkpoints-metadata') ? 0x10 : 0) | (c.has('tpm') ? 0x20 : 0) | (c.has('keep-tpm') ? 0x40 : 0),
      }),
      `Failed to undefine domain '${name}'`,
    );
    if (!r) return false;
    c.extra(`Domain '${name}' has been undefined\n`);
    return true;
  },
};

const domrename: VirshCommand = {
  name: 'domrename',
  api: 'virDomainRename',
  xm: 'xm rename {domain} {new-name}',
  xl: 'xl rename {domain} {new-name}',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    if (!c.apply(domainRename(c.op(), d.uuid, c.str('new-name')!))) return false;
    c.extra('Domain successfully renamed\n');
    return true;
  },
};

export const defineCommands = [define, create, undefine, domrename];
export { domainName };
