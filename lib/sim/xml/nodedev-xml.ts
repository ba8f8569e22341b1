import { XMLParser } from 'fast-xml-parser';
import { keepAttributeBlanks } from './parser-options';
import { fail, internalError, ok, type Result } from '../result';
import { checkWellFormed } from './parse';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ...keepAttributeBlanks,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (n) => n === 'capability',
});
const text = (n: unknown) =>
  typeof n === 'string' ? n : n && typeof n === 'object' ? String((n as Node)['#text'] ?? '') : undefined;

/** virNodeDevCapType's names: what `<capability type>` and `nodedev-list --cap` accept. */
export const nodeDevCapTypes = [
  'system',
  'pci',
  'usb_device',
  'usb',
  'net',
  'scsi_host',
  'scsi_target',
  'scsi',
  'storage',
  'fc_host',
  'vports',
  'scsi_generic',
  'drm',
  'mdev_types',
  'mdev',
  'ccw',
  'css',
  'vdpa',
  'ap_card',
  'ap_queue',
  'ap_matrix',
  'vpd',
];

/** What nodedev-create needs from a device document: its parent and its FC names, if any. */
export interface NodeDeviceRequest {
  parent?: string;
  fc?: { wwnn: string; wwpn: string };
}

/**
 * virNodeDeviceDefParse for a device to create (named 'new device' in messages): the capability
 * types, the few elements libvirt requires of the common ones, an FC host's WWNN and WWPN.
 */
export function parseNodeDeviceXml(xml: string): Result<NodeDeviceRequest> {
  const well = checkWellFormed(xml, '(node_device_definition)');
  if (!well.ok) return well;
  const doc = parser.parse(xml) as Node;
  const root = Object.keys(doc).find((k) => !k.startsWith('?'));
  if (root !== 'device') return fail('XML_ERROR', `XML error: expecting root element of 'device', not '${root ?? ''}'`);
  const d = (doc.device || {}) as Node;
  const caps = (d.capability as Node[] | undefined) ?? [];
  let fc: NodeDeviceRequest['fc'];
  for (const cap of caps) {
    const type = String(cap['@type'] ?? '');
    if (!nodeDevCapTypes.includes(type))
      return fail('XML_ERROR', `XML error: Invalid value for attribute 'type' in element 'capability': '${type}'.`);
    if (type === 'system' && !text((cap.hardware as Node | undefined)?.uuid))
      return internalError("no system UUID supplied for 'new device'");
    if (type === 'pci' && text(cap.domain) === undefined)
      return internalError("no PCI domain ID supplied for 'new device'");
    for (const sub of (cap.capability as Node[] | undefined) ?? []) {
      if (type !== 'scsi_host' || sub['@type'] !== 'fc_host') continue;
      const wwnn = text(sub.wwnn);
      const wwpn = text(sub.wwpn);
      if (!wwnn) return internalError("no WWNN supplied for 'new device', and auto-generation failed");
      if (!wwpn) return internalError("no WWPN supplied for 'new device', and auto-generation failed");
      fc = { wwnn, wwpn };
    }
  }
  if (!caps.length) return internalError("no device capabilities for 'new device'");
  return ok({ parent: text(d.parent), fc });
}
