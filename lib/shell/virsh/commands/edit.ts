import { domainDefine } from '../../../sim/ops/define';
import { domainSnapshotSetCurrent } from '../../../sim/ops/snapshot-delete';
import { networkDefine } from '../../../sim/ops/networks';
import { readSaveImage } from '../../../sim/ops/save';
import { uuidFromSeed } from '../../../sim/uuid';
import { formatDomainXml } from '../../../sim/xml/format';
import { formatNetworkXml, parseNetworkXml } from '../../../sim/xml/network-xml';
import { parseDomainXml } from '../../../sim/xml/parse';
import { saveImageDefine } from '../../../sim/ops/save-image-define';
import type { CmdCtx } from '../context';
import { readXmlFile } from './define';
import { editText } from './desc';
import { networkArg } from './network-lookup';
import { lookupSnapshot } from './snapshot';
import { snapshotXmlDoc } from './snapshot-query';
import type { VirshCommand } from './types';

/**
 * virsh-edit.c: the XML goes through the session's editor; an unchanged file says so and
 * succeeds, a changed one is defined again (decision 026: the lab's default editor changes nothing).
 */
function editXml(c: CmdCtx, xml: string, unchanged: string, define: (edited: string) => boolean): boolean {
  const edited = editText(c, xml);
  if (edited === undefined) return false;
  if (edited === xml) {
    c.extra(unchanged);
    return true;
  }
  return define(edited);
}

const edit: VirshCommand = {
  name: 'edit',
  api: 'virDomainDefineXMLFlags',
  run(c) {
    const d = c.domain();
    if (!d || secureRefused(c, 'virDomainGetXMLDesc')) return false;
    const xml = formatDomainXml(d.config ?? d.live!, {});
    const name = (d.config ?? d.live!).name;
    return editXml(c, xml, `Domain '${name}' XML configuration not changed.\n`, (edited) => {
      const def = parseDomainXml(edited, undefined, { arch: c.host().driver === 'test' ? 'i686' : 'x86_64' });
      if (!def.ok) {
        c.libvirtError(def.error);
        return false;
      }
      if (!c.apply(domainDefine(c.op(), def.value))) return false;
      c.extra(`Domain '${def.value.name}' XML configuration edited.\n`);
      return true;
    });
  },
};

const netEdit: VirshCommand = {
  name: 'net-edit',
  api: 'virNetworkDefineXML',
  run(c) {
    const n = networkArg(c);
    if (!n) return false;
    return editXml(c, formatNetworkXml(n.def), `Network ${n.def.name} XML configuration not changed.\n`, (edited) => {
      const def = parseNetworkXml(edited, () => uuidFromSeed(`${c.host().name}/net/${c.s.now}/${edited}`));
      const r = def.ok ? networkDefine(c.op(), def.value) : def;
      if (c.refuseReadonly()) return false;
      if (!r.ok) {
        c.libvirtError(r.error);
        return false;
      }
      c.s.world = r.value;
      c.extra(`Network ${def.ok ? def.value.name : ''} XML configuration edited.\n`);
      return true;
    });
  },
};

/** cmdSnapshotEdit: --snapshotname with --current redefines the snapshot as current, changed or not. */
const snapshotEdit: VirshCommand = {
  name: 'snapshot-edit',
  api: 'virDomainSnapshotCreateXML',
  run(c) {
    if (!c.exclusive('rename', 'clone')) return false;
    const d = c.domain();
    if (!d) return false;
    const s = lookupSnapshot(c, d, false);
    if (!s) return false;
    const makeCurrent = c.has('snapshotname') && c.has('current');
    const xml = snapshotXmlDoc(s);
    const edited = editText(c, xml);
    if (edited === undefined) return false;
    if (edited === xml && !makeCurrent) {
      c.extra(`Snapshot ${s.name} XML configuration not changed.\n`);
      return true;
    }
    if (edited !== xml) {
      // Redefining a snapshot from edited XML (VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE) is not modelled.
      c.error(`command '${c.name}' is not simulated by VirtLab`);
      return false;
    }
    if (!c.apply(domainSnapshotSetCurrent(c.op(), d.uuid, s.name))) return false;
    c.extra(`Snapshot ${s.name} edited.\n`);
    return true;
  },
};

/** cmdSaveImageEdit: the image's XML; an edited one is written back (virDomainSaveImageDefineXML). */
const saveImageEdit: VirshCommand = {
  name: 'save-image-edit',
  api: 'virDomainSaveImageDefineXML',
  run(c) {
    if (!c.exclusive('running', 'paused')) return false;
    const file = c.str('file')!;
    if (c.s.readonly) {
      c.libvirtError({
        code: 'OPERATION_DENIED',
        message: 'operation forbidden: read only access prevents virDomainSaveImageGetXMLDesc',
      });
      return false;
    }
    const abs = c.s.fs.resolve(file);
    const r = c.s.fs.read(abs);
    const img = readSaveImage(r.ok ? { data: r.data } : { errno: r.errno === 'ENOTDIR' ? 'ENOENT' : r.errno }, abs);
    if (!img.ok) {
      c.libvirtError(img.error);
      return false;
    }
    return editXml(
      c,
      formatDomainXml(img.value.def, {}),
      `Saved image ${file} XML configuration not changed.\n`,
      (edited) => {
        const image = saveImageDefine(r.ok ? { data: r.data } : { errno: 'ENOENT' }, abs, edited, {
          running: c.has('running'),
          paused: c.has('paused'),
        });
        if (!image.ok || !c.s.fs.write(abs, image.value).ok) {
          if (!image.ok) c.libvirtError(image.error);
          return false;
        }
        c.extra(`State file ${file} edited.\n`);
        return true;
      },
    );
  },
};

/** The test driver keeps no managed save XML of its own: virDomainManagedSave*XML* are missing. */
const managedsaveEdit: VirshCommand = {
  name: 'managedsave-edit',
  run(c) {
    if (!c.exclusive('running', 'paused')) return false;
    if (!c.domain() || secureRefused(c, 'virDomainManagedSaveGetXMLDesc')) return false;
    return noSupport(c, 'virDomainManagedSaveGetXMLDesc');
  },
};

const managedsaveDefine: VirshCommand = {
  name: 'managedsave-define',
  run(c) {
    if (!c.exclusive('running', 'paused')) return false;
    if (readXmlFile(c, c.str('xml')!) === undefined) return false;
    const d = c.domain();
    if (!d) return false;
    c.error(`Failed to update ${(d.config ?? d.live!).name} XML configuration`);
    return noSupport(c, 'virDomainManagedSaveDefineXML');
  },
};

/** The *edit commands ask for the XML with VIR_DOMAIN_XML_SECURE, which a read-only connection may not. */
function secureRefused(c: CmdCtx, api: string): boolean {
  if (c.s.readonly)
    c.libvirtError({ code: 'OPERATION_DENIED', message: `operation forbidden: ${api} with secure flag` });
  return c.s.readonly;
}

function noSupport(c: CmdCtx, api: string): false {
  if (c.host().driver !== 'test') c.error(`command '${c.name}' is not simulated by VirtLab`);
  else
    c.libvirtError({ code: 'NO_SUPPORT', message: `this function is not supported by the connection driver: ${api}` });
  return false;
}

export const editCommands: VirshCommand[] = [
  edit,
  netEdit,
  snapshotEdit,
  saveImageEdit,
  managedsaveEdit,
  managedsaveDefine,
];
