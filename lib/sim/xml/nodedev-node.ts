import { fail, internalError, ok, type Result } from '../result';
import type { NodeDevice } from '../types';
import { escapeXml } from './escape';
import { attrOf, CAPS, kids, str } from './nodedev-caps';
import { nodeDevCapTypes } from './nodedev-xml';
import type { XmlTree } from './xml-tree';

const propEnum = (el: XmlTree, attr: string, names: string[]): Result<string> => {
  const v = attrOf(el, attr);
  if (v === undefined)
    return fail('XML_ERROR', `XML error: Missing required attribute '${attr}' in element '${el.el}'`);
  if (!names.includes(v))
    return fail('XML_ERROR', `XML error: Invalid value for attribute '${attr}' in element '${el.el}': '${v}'.`);
  return ok(v);
};

/**
 * virNodeDeviceDefParseXML for a `<device>` of a test-driver node file (an existing device): the
 * root's name, the device's name, its sysfs path and device nodes, its parent (with the FC pair
 * checked), then each capability in order (nodedev-caps.ts). The device comes back with the lines
 * virNodeDeviceDefFormat writes between its name and its capabilities.
 */
export function parseNodeDeviceNode(root: XmlTree): Result<NodeDevice> {
  // An included file's root is checked as virXMLParse checks a root it was told to expect.
  if (root.el !== 'device') return fail('XML_ERROR', `XML error: expecting root element of 'device', not '${root.el}'`);
  const name = str(root, 'name');
  if (name === undefined) return fail('XML_ERROR', 'missing name information');
  const path = str(root, 'path');
  let devnode: string | undefined;
  const links: string[] = [];
  for (const n of kids(root, 'devnode')) {
    const type = propEnum(n, 'type', ['dev', 'link']);
    if (!type.ok) return type;
    const text = n.kids.map((k) => ('text' in k ? k.text : '')).join('');
    if (type.value === 'dev') devnode = text;
    else links.push(text);
  }
  const parent = str(root, 'parent');
  const wwnn = attrOf(kids(root, 'parent')[0], 'wwnn');
  const wwpn = attrOf(kids(root, 'parent')[0], 'wwpn');
  if (wwnn && !wwpn)
    return fail('XML_ERROR', `XML error: when providing parent wwnn='${wwnn}', the wwpn must also be provided`);
  if (!wwnn && wwpn)
    return fail('XML_ERROR', `XML error: when providing parent wwpn='${wwpn}', the wwnn must also be provided`);
  const capEls = kids(root, 'capability');
  if (!capEls.length) return internalError(`no device capabilities for '${name}'`);
  const caps: string[] = [];
  for (const c of capEls) {
    const type = propEnum(c, 'type', nodeDevCapTypes);
    if (!type.ok) return type;
    const read = CAPS[type.value];
    if (read === undefined)
      return fail('CONFIG_UNSUPPORTED', `virtlab: node devices of capability '${type.value}' are not simulated`);
    if (read === null)
      return internalError(`unknown capability type '${nodeDevCapTypes.indexOf(type.value)}' for '${name}'`);
    const lines = read(c, name);
    if (!lines.ok) return lines;
    caps.push(`<capability type='${type.value}'>`, ...lines.value.map((l) => `  ${l}`), '</capability>');
  }
  const head = [
    ...(path === undefined ? [] : [`<path>${escapeXml(path)}</path>`]),
    ...(devnode === undefined ? [] : [`<devnode type='dev'>${escapeXml(devnode)}</devnode>`]),
    ...links.map((l) => `<devnode type='link'>${escapeXml(l)}</devnode>`),
  ];
  return ok({
    name,
    ...(parent !== undefined && { parent }),
    ...(head.length && { head: head.map((l) => `  ${l}`) }),
    caps: caps.map((l) => `  ${l}`),
  });
}
