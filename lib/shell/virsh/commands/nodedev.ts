import { nodeDeviceCreate, nodeDeviceDestroy } from '../../../sim/ops/nodedev';
import type { NodeDevice } from '../../../sim/types';
import { escapeXml } from '../../../sim/xml/escape';
import { nodeDevCapTypes, parseNodeDeviceXml } from '../../../sim/xml/nodedev-xml';
import type { CmdCtx } from '../context';
import { printXml, xpathReadable } from './xml-output';
import { readXmlFile } from './define';
import { applyStorage, reqString } from './pool-lookup';
import type { VirshCommand } from './types';

const NO_MATCH = 'Could not find matching device';

const none = { none: 'xl pci-assignable-add / pci-attach handle PCI passthrough; there is no device list like this' };

/** Node devices are modelled on the test driver only; elsewhere virsh says so and stops. */
function devicesHere(c: CmdCtx): NodeDevice[] | undefined {
  const h = c.host();
  if (h.driver === 'test') return h.nodeDevices ?? [];
  c.error(`command '${c.name}' is not simulated by VirtLab`);
  return undefined;
}

const notFound = (name: string) => ({
  code: 'NO_NODE_DEVICE' as const,
  message: `Node device not found: no node device with matching name '${name}'`,
});

/** virHostValidateWWN… virValidateWWN: an optional 0x, then 16 hex digits. */
const validWwn = (w: string) => /^(0x)?[0-9a-fA-F]{16}$/.test(w);

/**
 * vshFindNodeDevice (dumpxml, info, destroy, undefine, autostart): a `wwnn,wwpn` pair names a SCSI host, which the
 * test driver cannot look up; anything else is a name. `byName` is the plain lookup the other
 * commands use; `ownMessage`: the one of nodedev-detach, -reattach, -reset and -start, which print
 * _("Could not find matching device '%s'") where the others print `"%s '%s'"` around
 * _("Could not find matching device") — the same English, not the same Japanese (each line says which).
 */
export function deviceArg(c: CmdCtx, byName = false, ownMessage = false): NodeDevice | undefined {
  const devs = devicesHere(c);
  const v = devs && reqString(c, 'device');
  if (!devs || v == null) return undefined;
  if (!byName && v.includes(',')) {
    const parts = v.split(/,(?!,)/);
    if (parts.length !== 2) {
      c.error(`Malformed device value '${v}'`);
      return undefined;
    }
    const bad = parts.find((p) => !validWwn(p));
    if (bad !== undefined) {
      c.libvirtError({ code: 'INTERNAL_ERROR', message: `internal error: Malformed wwn: ${bad}` });
      return undefined;
    }
    c.libvirtError({
      code: 'NO_SUPPORT',
      message: 'this function is not supported by the connection driver: virNodeDeviceLookupSCSIHostByWWN',
    });
  } else {
    const d = devs.find((x) => x.name === v);
    if (d) return d;
    c.libvirtError(notFound(v));
  }
  if (ownMessage) c.error(`Could not find matching device '${v}'`, "Could not find matching device '%s'");
  // vshError(ctl, "%s '%s'", _("Could not find matching device"), value): the message, then the name.
  else c.error(`${NO_MATCH} '${v}'`, NO_MATCH);
  return undefined;
}

/** A command the test driver has no API for: the lookup, then virsh's line and the refusal. */
function refused(
  api: string | ((c: CmdCtx) => string),
  line: (c: CmdCtx, name: string) => string,
  byName = true,
): VirshCommand {
  return {
    name: '',
    api,
    run(c) {
      // Those that look a device up by name alone (detach, reattach, reset, start) word the failure their own way.
      const d = deviceArg(c, byName, byName);
      if (!d) return false;
      const failLine = line(c, d.name);
      if (c.refuseReadonly(failLine)) return false;
      const fn = typeof api === 'string' ? api : api(c);
      c.error(failLine);
      c.libvirtError({ code: 'NO_SUPPORT', message: `this function is not supported by the connection driver: ${fn}` });
      return false;
    },
  };
}

/** nodedev-list: virsh 9.0 always asks for active/inactive devices, flags the test driver refuses. */
function nodedevList(c: CmdCtx): boolean {
  const cap = c.str('cap');
  if (c.has('all') && c.has('inactive')) {
    c.error('Option --all is incompatible with --inactive');
    return false;
  }
  if (c.has('tree') && (cap || c.has('inactive'))) {
    c.error('Option --tree is incompatible with --cap and --inactive');
    return false;
  }
  // vshCommandOptStringQuiet: an empty --cap is no filter at all.
  const caps = cap ? cap.split(/,(?!,)/) : [];
  if (caps.some((t) => !nodeDevCapTypes.includes(t))) {
    c.error('Invalid capability type');
    return false;
  }
  if (!devicesHere(c)) return false;
  const flags = c.has('inactive') ? '0x40000000' : c.has('all') ? '0xc0000000' : '0x80000000';
  c.error('Failed to list node devices');
  c.libvirtError({
    code: 'INVALID_ARG',
    message: `unsupported flags (${flags}) in function testConnectListAllNodeDevices`,
  });
  return false;
}

const named = (cmd: VirshCommand, name: string): VirshCommand => ({ ...cmd, name, xm: none, xl: none });

export const nodedevCommands: VirshCommand[] = [
  { name: 'nodedev-list', readOnly: true, xm: none, xl: none, run: nodedevList },
  {
    name: 'nodedev-dumpxml',
    readOnly: true,
    run(c) {
      // cmdNodeDeviceDumpXML reads --xpath after the device's name, before looking it up.
      if (c.str('device') !== '' && !xpathReadable(c)) return false;
      const d = deviceArg(c);
      if (!d) return false;
      const parent = d.parent ? [`  <parent>${escapeXml(d.parent)}</parent>`] : [];
      const lines = ['<device>', `  <name>${escapeXml(d.name)}</name>`, ...(d.head ?? []), ...parent, ...d.caps];
      return printXml(c, `${[...lines, '</device>'].join('\n')}\n`);
    },
  },
  {
    name: 'nodedev-info',
    readOnly: true,
    run(c) {
      const d = deviceArg(c);
      if (!d) return false;
      const row = (k: string, v: string) => c.print(`${k.padEnd(15)} ${v}\n`);
      row('Name:', d.name);
      row('Parent:', d.parent ?? '');
      row('Active:', 'yes');
      row('Persistent:', 'yes');
      // virNodeDeviceGetAutostart: the test driver has none.
      row('Autostart:', 'no autostart');
      return true;
    },
  },
  {
    name: 'nodedev-destroy',
    api: 'virNodeDeviceDestroy',
    run(c) {
      const d = deviceArg(c);
      if (!d) return false;
      const arg = c.str('device');
      if (!applyStorage(c, nodeDeviceDestroy(c.op(), d.name), `Failed to destroy node device '${arg}'`)) return false;
      c.extra(`Destroyed node device '${arg}'\n`);
      return true;
    },
  },
  {
    name: 'nodedev-create',
    api: 'virNodeDeviceCreateXML',
    run(c) {
      if (!devicesHere(c)) return false;
      const file = reqString(c, 'file');
      const xml = file == null ? undefined : readXmlFile(c, file);
      if (file == null || xml === undefined) return false;
      const failLine = `Failed to create node device from ${file}`;
      if (c.refuseReadonly(failLine)) return false;
      const req = parseNodeDeviceXml(xml);
      const r = req.ok ? nodeDeviceCreate(c.op(), req.value) : req;
      if (!r.ok) return applyStorage(c, r, failLine);
      c.s.world = r.value.world;
      c.extra(`Node device ${r.value.name} created from ${file}\n`);
      return true;
    },
  },
  {
    name: 'nodedev-define',
    api: 'virNodeDeviceDefineXML',
    run(c) {
      if (!devicesHere(c)) return false;
      const file = reqString(c, 'file');
      if (file == null || readXmlFile(c, file) === undefined) return false;
      const failLine = `Failed to define node device from '${file}'`;
      if (c.refuseReadonly(failLine)) return false;
      c.error(failLine);
      c.libvirtError({
        code: 'NO_SUPPORT',
        message: 'this function is not supported by the connection driver: virNodeDeviceDefineXML',
      });
      return false;
    },
  },
  named(
    refused(
      // vshCommandOptStringQuiet: an empty --driver is no driver, so virsh calls the old API.
      (c) => (c.str('driver') ? 'virNodeDeviceDetachFlags' : 'virNodeDeviceDettach'),
      (_, n) => `Failed to detach device ${n}`,
    ),
    'nodedev-detach',
  ),
  named(
    refused('virNodeDeviceReAttach', (_, n) => `Failed to re-attach device ${n}`),
    'nodedev-reattach',
  ),
  named(
    refused('virNodeDeviceReset', (_, n) => `Failed to reset device ${n}`),
    'nodedev-reset',
  ),
  named(
    refused('virNodeDeviceUndefine', (_, n) => `Failed to undefine node device '${n}'`, false),
    'nodedev-undefine',
  ),
  named(
    refused('virNodeDeviceCreate', (_, n) => `Failed to start device ${n}`),
    'nodedev-start',
  ),
  named(
    refused(
      'virNodeDeviceSetAutostart',
      (c, n) =>
        c.has('disable') ? `failed to unmark device ${n} as autostarted` : `failed to mark device ${n} as autostarted`,
      false,
    ),
    'nodedev-autostart',
  ),
];
