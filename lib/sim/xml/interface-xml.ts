import { XMLParser } from 'fast-xml-parser';
import { keepAttributeBlanks } from './parser-options';
import { fail, ok, type Result } from '../result';
import { escapeXml } from './escape';
import type { InterfaceDef, XmlElement } from '../types';
import { checkWellFormed } from './parse';

type Ordered = Record<string, unknown>;
const parser = new XMLParser({
  ...keepAttributeBlanks,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
});
const TYPES = ['ethernet', 'bridge', 'bond', 'vlan'];

/** The children libvirt reads per element, in the order virInterfaceDefFormat writes them. */
const ORDER: Record<string, string[]> = {
  interface: ['start', 'mtu', 'protocol', 'mac', 'bridge', 'bond', 'vlan', 'link'],
  protocol: ['autoconf', 'dhcp', 'ip', 'route'],
  bridge: ['interface'],
  bond: ['miimon', 'arpmon', 'interface'],
  vlan: ['interface'],
};

function toElement(node: Ordered): XmlElement {
  const name = Object.keys(node).find((k) => k !== ':@')!;
  const attrs = Object.entries((node[':@'] as Record<string, string> | undefined) ?? {});
  const kids = ((node[name] as Ordered[] | undefined) ?? []).filter((k) => !('#text' in k)).map(toElement);
  const order = ORDER[name] ?? [];
  const children = order.flatMap((n) => kids.filter((k) => k.name === n));
  return { name, attrs, children };
}

/** virInterfaceDefParseXML's first checks: the type, then the name; the rest kept as libvirt formats it. */
export function parseInterfaceXml(xml: string): Result<InterfaceDef> {
  const well = checkWellFormed(xml, '(interface_definition)');
  if (!well.ok) return well;
  const doc = (parser.parse(xml) as Ordered[]).filter((n) => !Object.keys(n).some((k) => k.startsWith('?')));
  const root = doc.map(toElement).find(() => true);
  if (root?.name !== 'interface')
    return fail('XML_ERROR', `XML error: expecting root element of 'interface', not '${root?.name ?? ''}'`);
  const attr = (k: string) => root.attrs.find(([a]) => a === k)?.[1];
  const type = attr('type');
  if (type === undefined)
    return fail('XML_ERROR', "XML error: Missing required attribute 'type' in element 'interface'");
  if (!TYPES.includes(type))
    return fail('XML_ERROR', `XML error: Invalid value for attribute 'type' in element 'interface': '${type}'.`);
  const name = attr('name');
  if (!name) return fail('XML_ERROR', 'XML error: interface has no name');
  const mac = root.children.find((c) => c.name === 'mac')?.attrs.find(([a]) => a === 'address')?.[1];
  return ok({
    name,
    type,
    mac,
    root: {
      ...root,
      attrs: [
        ['type', type],
        ['name', name],
      ],
    },
  });
}

/**
 * virInterfaceDefFormat: two-space indents, single quotes; an interface inside a bridge or bond
 * is closed on its own line even when empty.
 */
export function formatInterfaceXml(def: InterfaceDef): string {
  const lines: string[] = [];
  const walk = (e: XmlElement, depth: number, parent?: string) => {
    const pad = '  '.repeat(depth);
    const open = `${pad}<${e.name}${e.attrs.map(([k, v]) => ` ${k}='${escapeXml(v)}'`).join('')}`;
    const keepOpen = e.name === 'interface' && (depth === 0 || parent === 'bridge' || parent === 'bond');
    if (!e.children.length && !keepOpen) {
      lines.push(`${open}/>`);
      return;
    }
    lines.push(`${open}>`);
    for (const c of e.children) walk(c, depth + 1, e.name);
    lines.push(`${pad}</${e.name}>`);
  };
  walk(def.root, 0);
  return `${lines.join('\n')}\n`;
}
