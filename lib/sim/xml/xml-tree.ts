import { parseDocument, type XNode } from './document';

/** An XML element kept whole (libvirt keeps <metadata> as a libxml2 node): JSON, so the world can hold it. */
export interface XmlTree {
  el: string;
  attrs: [string, string][];
  kids: XmlTreeNode[];
}
export type XmlTreeNode = XmlTree | { text: string } | { comment: string };

const isElement = (n: XmlTreeNode): n is XmlTree => 'el' in n;

/** libxml2's node as JSON: namespace declarations back as attributes, CDATA as text, PIs dropped. */
function toJson(n: XNode): XmlTreeNode[] {
  switch (n.kind) {
    case 'element': {
      const decls = n.nsDefs.map(({ prefix, uri }): [string, string] => [prefix ? `xmlns:${prefix}` : 'xmlns', uri]);
      const attrs = n.attrs.map((a): [string, string] => [a.name, a.value]);
      return [{ el: n.name, attrs: [...decls, ...attrs], kids: n.children.flatMap(toJson) }];
    }
    case 'text':
    case 'cdata':
      return [{ text: n.value }];
    case 'comment':
      return [{ comment: n.value }];
    default:
      return [];
  }
}

/**
 * The nodes of a well-formed document (checked by the caller), in order: the document libxml2
 * builds (document.ts, which virsh's XPath reads too), blanks dropped as xmlKeepBlanksDefault(0) does.
 */
export function parseXmlTree(xml: string): XmlTreeNode[] {
  return parseDocument(xml).children.flatMap(toJson);
}

/** Finds the first element named `name` at any depth. */
export function findElement(nodes: readonly XmlTreeNode[], name: string): XmlTree | undefined {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (n.el === name) return n;
    const inner = findElement(n.kids, name);
    if (inner) return inner;
  }
  return undefined;
}

const escText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');

/**
 * xmlNodeDump with format=1, as libvirt prints <metadata>: an element whose children hold no
 * text puts each child on its own line, two spaces deeper; one holding text is printed as is.
 * Namespace declarations come before the other attributes, in double quotes.
 */
export function dumpXml(n: XmlTreeNode, level = 0, format = true): string {
  if ('text' in n) return escText(n.text);
  if ('comment' in n) return `<!--${n.comment}-->`;
  const decls = n.attrs.filter(([k]) => k === 'xmlns' || k.startsWith('xmlns:'));
  const rest = n.attrs.filter(([k]) => !(k === 'xmlns' || k.startsWith('xmlns:')));
  const attrs = [...decls, ...rest].map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('');
  if (n.kids.length === 0) return `<${n.el}${attrs}/>`;
  const inline = !format || n.kids.some((k) => 'text' in k);
  if (inline) return `<${n.el}${attrs}>${n.kids.map((k) => dumpXml(k, 0, false)).join('')}</${n.el}>`;
  const pad = (l: number) => '  '.repeat(l);
  const kids = n.kids.map((k) => `${pad(level + 1)}${dumpXml(k, level + 1)}\n`).join('');
  return `<${n.el}${attrs}>\n${kids}${pad(level)}</${n.el}>`;
}
