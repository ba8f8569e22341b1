import type { XDoc, XElem, XNode, XNsDef } from '../../../sim/xml/document';

type Scope = (prefix: string | null) => string | undefined;

/** The namespace an element's or attribute's prefix meant where it stood. */
function inScope(el: XElem | XDoc | null, prefix: string | null): string | undefined {
  for (let n = el; n && n.kind === 'element'; n = n.parent) {
    const d = n.nsDefs.find((x) => x.prefix === prefix);
    if (d) return d.uri;
  }
  return undefined;
}

/**
 * xmlDocCopyNode(node, newdoc, 1): a deep copy whose namespaces declared outside it are declared
 * again on the copy's top element (xmlStaticCopyNode's xmlNewNs on the new tree's root).
 */
function copyTree(n: XNode, parent: XElem, top: { el?: XElem }, scope: Scope): XNode {
  if (n.kind !== 'element') return { ...n, parent } as XNode;
  const el: XElem = { ...n, parent, nsDefs: [...n.nsDefs], attrs: [], children: [] };
  top.el ??= el;
  const local: Scope = (p) => el.nsDefs.find((d) => d.prefix === p)?.uri ?? scope(p);
  const need = (prefix: string | null, uri: string | null) => {
    if (uri === null || prefix === 'xml' || local(prefix) !== undefined) return;
    top.el?.nsDefs.push({ prefix, uri } satisfies XNsDef);
  };
  need(n.prefix, inScope(n, n.prefix) ?? null);
  el.attrs = n.attrs.map((a) => {
    if (a.prefix !== null) need(a.prefix, a.uri);
    return { ...a, parent: el };
  });
  el.children = n.children.map((c) => copyTree(c, el, top, local));
  return el;
}

/**
 * virshDumpXML --wrap: each selected node copied under a new `<nodes>` element with xmlAddChild's
 * rules — a copied attribute loses its namespace and replaces one of the same name, text next to
 * text is merged.
 */
export function wrapNodes(nodes: XNode[]): XElem {
  const doc: XDoc = { kind: 'document', parent: null, children: [], order: 0 };
  const root: XElem = {
    kind: 'element',
    parent: doc,
    name: 'nodes',
    prefix: null,
    local: 'nodes',
    uri: null,
    nsDefs: [],
    attrs: [],
    children: [],
    order: 0,
  };
  for (const n of nodes) {
    // Real virsh 9.0 crashes copying a namespace node (libxml2 frees it with the XPath result).
    if (n.kind === 'namespace') continue;
    if (n.kind === 'attribute') {
      root.attrs = root.attrs.filter((a) => a.name !== n.local);
      root.attrs.push({ ...n, parent: root, name: n.local, prefix: null, uri: null });
      continue;
    }
    const last = root.children[root.children.length - 1];
    if (n.kind === 'text' && last?.kind === 'text') {
      root.children[root.children.length - 1] = { ...last, value: last.value + n.value };
      continue;
    }
    root.children.push(copyTree(n, root, {}, () => undefined));
  }
  return root;
}
