import { parseXmlTree, type XmlTree, type XmlTreeNode } from './xml-tree';

/**
 * What the lab's schema checks share (moment-schema.ts, domain-schema.ts, network-schema.ts,
 * pool-schema.ts): the node tests libxml2's Relax-NG validator makes, and virXMLValidateAgainstSchema's
 * message around its lines. Each schema file ports only how libxml2 reports its own root.
 */

export type Check = (el: XmlTree) => boolean;
export const isElement = (n: XmlTreeNode): n is XmlTree => 'el' in n;
/** xmlRelaxNGSkipIgnored: comments and blank text are not content. */
export const content = (el: XmlTree) =>
  el.kids.filter((k) => !('comment' in k) && !('text' in k && k.text.trim() === ''));
export const attr = (el: XmlTree, name: string) => el.attrs.find(([k]) => k === name)?.[1];
export const attrsWithin = (el: XmlTree, names: string[]) =>
  el.attrs.every(([k]) => names.includes(k) || k === 'xmlns');
/** A <value> compares as an XSD token: blanks collapsed and trimmed. */
export const token = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim();
export const textOf = (el: XmlTree) => el.kids.map((k) => ('text' in k ? k.text : '')).join('');
export const UNSIGNED_LONG = (s: string | undefined) => s !== undefined && /^\+?\d+$/.test(s.trim());

/** <text/> (or a pattern) and no attributes: no child element. */
export const textOnly =
  (valid: (s: string) => boolean = () => true): Check =>
  (el) =>
    el.attrs.length === 0 && content(el).every((k) => !isElement(k)) && valid(textOf(el));

/**
 * virXMLValidateAgainstSchema's message for a well-formed document whose root is `root` (another root
 * is the parser's to refuse), or undefined when `relaxNgErrors` finds nothing: libxml2's lines under
 * "Unable to validate doc against <schema>". The schema is `<rng>.rng`, named after the root unless given.
 */
export function schemaFailure(
  xml: string,
  root: string,
  relaxNgErrors: (root: XmlTree) => string[] | undefined,
  rng = root,
): string | undefined {
  const el = parseXmlTree(xml).find(isElement);
  if (el?.el !== root) return undefined;
  const lines = relaxNgErrors(el);
  if (!lines?.length) return undefined;
  const schema = `/usr/share/libvirt/schemas/${rng}.rng`;
  return `XML document failed to validate against schema: Unable to validate doc against ${schema}\n${lines.join('\n')}\n`;
}
