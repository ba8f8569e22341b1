import { XMLParser } from 'fast-xml-parser';

/** An XML element kept whole (libvirt keeps <metadata> as a libxml2 node): JSON, so the world can hold it. */
export interface XmlTree {
  el: string;
  attrs: [string, string][];
  kids: XmlTreeNode[];
}
export type XmlTreeNode = XmlTree | { text: string } | { comment: string };

const ordered = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  commentPropName: '#comment',
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type Raw = Record<string, unknown>;
const isElement = (n: XmlTreeNode): n is XmlTree => 'el' in n;

/**
 * fast-xml-parser's ordered nodes as a tree, blanks dropped as libxml2 does with
 * xmlKeepBlanksDefault(0): whitespace between elements goes, an element's only text stays.
 */
function toNodes(raw: Raw[]): XmlTreeNode[] {
  const nodes: XmlTreeNode[] = raw.map((r) => {
    if ('#text' in r) return { text: String(r['#text']) };
    if ('#comment' in r) return { comment: String((r['#comment'] as Raw[])[0]?.['#text'] ?? '') };
    const el = Object.keys(r).find((k) => k !== ':@')!;
    const attrs = Object.entries((r[':@'] as Record<string, string> | undefined) ?? {});
    return { el, attrs, kids: toNodes(r[el] as Raw[]) };
  });
  return nodes.length > 1 ? nodes.filter((n) => !('text' in n) || n.text.trim() !== '') : nodes;
}

/** The elements of a well-formed document (checked by the caller), in order. */
export function parseXmlTree(xml: string): XmlTreeNode[] {
  return toNodes(ordered.parse(xml) as Raw[]);
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
