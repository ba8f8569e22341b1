import type { XmlTree, XmlTreeNode } from './xml-tree';

export const isElement = (n: XmlTreeNode): n is XmlTree => 'el' in n;
const prefixOf = (name: string) => (name.includes(':') ? name.slice(0, name.indexOf(':')) : '');
const declName = (prefix: string) => (prefix ? `xmlns:${prefix}` : 'xmlns');

/** The namespace URI an element's prefix stands for, given the declarations around it. */
function namespaceOf(el: XmlTree, scope: ReadonlyMap<string, string>): string | undefined {
  const prefix = prefixOf(el.el);
  return el.attrs.find(([k]) => k === declName(prefix))?.[1] ?? scope.get(prefix);
}

const scopeOf = (el: XmlTree) =>
  new Map(el.attrs.filter(([k]) => k === 'xmlns' || k.startsWith('xmlns:')).map(([k, v]) => [k.slice(6), v]));

/**
 * virXMLNodeSanitizeNamespaces on <metadata>: only elements in a namespace stay, the first one
 * per namespace; text and comments directly inside go.
 */
export function sanitizeMetadata(meta: XmlTree): XmlTree {
  const scope = scopeOf(meta);
  const seen = new Set<string>();
  const kids = meta.kids.filter((k) => {
    if (!isElement(k)) return false;
    const ns = namespaceOf(k, scope);
    if (ns === undefined || seen.has(ns)) return false;
    seen.add(ns);
    return true;
  });
  return { ...meta, kids };
}

/** The element kept for `uri`, if any. */
export function metadataFor(meta: XmlTree | undefined, uri: string): XmlTree | undefined {
  if (!meta) return undefined;
  const scope = scopeOf(meta);
  return meta.kids.find((k): k is XmlTree => isElement(k) && namespaceOf(k, scope) === uri);
}

/** What virDomainGetMetadata returns: the element with the namespace's prefix and declaration taken off. */
export function withoutNamespace(el: XmlTree, prefix = prefixOf(el.el)): XmlTree {
  const strip = (n: XmlTreeNode): XmlTreeNode => {
    if (!isElement(n)) return n;
    const own = prefixOf(n.el) === prefix && prefix !== '';
    return {
      el: own ? n.el.slice(prefix.length + 1) : n.el,
      attrs: n.attrs.filter(([k]) => k !== declName(prefix)),
      kids: n.kids.map(strip),
    };
  };
  return strip(el) as XmlTree;
}

/** <metadata> with the element for `uri` replaced by `el`, or removed (null). */
export function putMetadata(meta: XmlTree | undefined, uri: string, el: XmlTree | null): XmlTree {
  const base = meta ?? { el: 'metadata', attrs: [], kids: [] };
  const old = metadataFor(base, uri);
  const kids = base.kids.filter((k) => k !== old);
  return { ...base, kids: el ? [...kids, el] : kids };
}
