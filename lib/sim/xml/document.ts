import { XMLParser } from 'fast-xml-parser';

/**
 * The document libxml2 builds from a dumped XML string, as virshDumpXML parses it: blank text
 * between elements dropped (xmlKeepBlanksDefault(0)), namespaces resolved, and every node
 * numbered in document order (an element, then its attributes, then its children).
 */
export type XNode = XDoc | XElem | XAttr | XText | XComment | XPi | XNs;
interface Base {
  order: number;
}
export interface XDoc extends Base {
  kind: 'document';
  parent: null;
  children: XNode[];
}
export interface XName {
  /** As written, `prefix:local`. */
  name: string;
  prefix: string | null;
  local: string;
  /** The namespace the prefix (or the default namespace, for elements) resolves to. */
  uri: string | null;
}
export interface XNsDef {
  prefix: string | null;
  uri: string;
}
export interface XElem extends Base, XName {
  kind: 'element';
  parent: XElem | XDoc;
  nsDefs: XNsDef[];
  attrs: XAttr[];
  children: XNode[];
}
export interface XAttr extends Base, XName {
  kind: 'attribute';
  parent: XElem;
  value: string;
}
/**
 * A namespace node of the namespace axis (libxml2's xmlNs, whose `next` points back to its
 * element): `xml` first, then the declarations in scope.
 */
export interface XNs extends Base {
  kind: 'namespace';
  parent: XElem;
  prefix: string | null;
  uri: string;
}
export interface XText extends Base {
  kind: 'text' | 'cdata';
  parent: XElem;
  value: string;
}
export interface XComment extends Base {
  kind: 'comment';
  parent: XElem | XDoc;
  value: string;
}
export interface XPi extends Base {
  kind: 'pi';
  parent: XElem | XDoc;
  target: string;
  value: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
  processEntities: true,
  htmlEntities: true,
});

type Raw = Record<string, unknown>;
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const isBlank = (s: string) => /^[ \t\n\r]*$/.test(s);
const textOf = (items: unknown): string =>
  ((items as Raw[]) ?? []).map((i) => String((i as Raw)['#text'] ?? '')).join('');

function splitName(name: string): { prefix: string | null; local: string } {
  const i = name.indexOf(':');
  return i > 0 ? { prefix: name.slice(0, i), local: name.slice(i + 1) } : { prefix: null, local: name };
}

function resolve(scope: Map<string | null, string>, name: string, isAttr: boolean): XName {
  const { prefix, local } = splitName(name);
  if (prefix === 'xml') return { name, prefix, local, uri: XML_NS };
  if (prefix === null && isAttr) return { name, prefix, local, uri: null };
  return { name, prefix, local, uri: scope.get(prefix) ?? null };
}

/**
 * libxml2's areBlanks() without a DTD: a blank run is ignorable unless it is an element's only
 * content, or the element's first or last child so far is text.
 */
function keepBlank(items: Raw[], i: number, kept: XNode[]): boolean {
  if (kept.length === 0) return i === items.length - 1;
  return kept[0].kind === 'text' || kept[kept.length - 1].kind === 'text';
}

function build(items: Raw[], parent: XElem | XDoc, scope: Map<string | null, string>, next: () => number): XNode[] {
  const out: XNode[] = [];
  items.forEach((item, i) => {
    const key = Object.keys(item).find((k) => k !== ':@');
    if (key === undefined) return;
    if (key === '#text') {
      const value = String(item[key]);
      if (parent.kind === 'document') return;
      if (isBlank(value) && !keepBlank(items, i, out)) return;
      const last = out[out.length - 1];
      if (last?.kind === 'text') last.value += value;
      else out.push({ kind: 'text', parent, value, order: next() });
      return;
    }
    if (key === '#comment') {
      out.push({ kind: 'comment', parent, value: textOf(item[key]), order: next() });
      return;
    }
    if (key === '#cdata') {
      if (parent.kind === 'element') out.push({ kind: 'cdata', parent, value: textOf(item[key]), order: next() });
      return;
    }
    if (key.startsWith('?')) {
      if (key !== '?xml')
        out.push({ kind: 'pi', parent, target: key.slice(1), value: textOf(item[key]), order: next() });
      return;
    }
    const raw = (item[':@'] ?? {}) as Record<string, string>;
    const inner = new Map(scope);
    const nsDefs: XNsDef[] = [];
    for (const [k, v] of Object.entries(raw)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        const prefix = k === 'xmlns' ? null : k.slice(6);
        nsDefs.push({ prefix, uri: v });
        inner.set(prefix, v);
      }
    }
    const el: XElem = {
      kind: 'element',
      parent,
      ...resolve(inner, key, false),
      nsDefs,
      attrs: [],
      children: [],
      order: next(),
    };
    el.attrs = Object.entries(raw)
      .filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:'))
      .map(([k, v]) => ({ kind: 'attribute', parent: el, ...resolve(inner, k, true), value: v, order: next() }));
    el.children = build((item[key] as Raw[]) ?? [], el, inner, next);
    out.push(el);
  });
  return out;
}

/** Parses XML the lab itself produced (well-formed by construction). */
export function parseDocument(xml: string): XDoc {
  let n = 0;
  const next = () => ++n;
  const doc: XDoc = { kind: 'document', parent: null, children: [], order: 0 };
  // XML's end-of-line handling: a literal CR (alone or before LF) reads as LF.
  const items = parser.parse(xml.replace(/\r\n?/g, '\n')) as Raw[];
  doc.children = build(items, doc, new Map([['xml', XML_NS]]), next);
  return doc;
}

export const rootElement = (doc: XDoc): XElem | undefined => doc.children.find((c): c is XElem => c.kind === 'element');
