import type { XAttr, XElem, XNode, XNsDef } from '../../../sim/xml/document';

/** xmlEscapeContent: text keeps UTF-8 as it is. */
const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
const ATTR_ESCAPES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};
/**
 * xmlBufAttrSerializeTxtContent: the parsed document has no declared encoding, so a character
 * beyond ASCII is written as a hexadecimal reference.
 */
const escapeAttr = (s: string) =>
  s.replace(/[<>&"\n\r\t]|[^\t-~]/gu, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return ATTR_ESCAPES[c] ?? (code < 0x80 ? c : `&#x${code.toString(16).toUpperCase()};`);
  });
/** xmlBufWriteQuotedString */
const quoted = (s: string) =>
  !s.includes('"') ? `"${s}"` : !s.includes("'") ? `'${s}'` : `"${s.replace(/"/g, '&quot;')}"`;

const nsDef = (d: XNsDef) =>
  d.prefix === 'xml' ? '' : ` ${d.prefix === null ? 'xmlns' : `xmlns:${d.prefix}`}=${quoted(d.uri)}`;
const attr = (a: XAttr) => ` ${a.name}="${escapeAttr(a.value)}"`;

/**
 * xmlNodeDump(buf, doc, node, 0, 1) as virXMLNodeToString calls it: libxml2's save context keeps
 * one indentation level and one format flag across the walk, so a document node met inside
 * `<nodes>` (--wrap of `/`) resets the level for what follows, as libxml2 does.
 */
class Dumper {
  out = '';
  level = 0;
  format = true;

  indent() {
    this.out += '  '.repeat(Math.min(this.level, 30));
  }
  node(cur: XNode, root: boolean) {
    switch (cur.kind) {
      case 'document':
        this.out += '<?xml version="1.0" encoding="UTF-8"?>\n';
        for (const child of cur.children) {
          this.level = 0;
          this.node(child, true);
          this.out += '\n';
        }
        return;
      case 'element':
        return this.element(cur, root);
      case 'text':
        this.out += escapeText(cur.value);
        return;
      case 'cdata':
        this.out += `<![CDATA[${cur.value}]]>`;
        return;
      case 'attribute':
        this.out += attr(cur);
        return;
      case 'comment':
        if (!root && this.format) this.indent();
        this.out += `<!--${cur.value}-->`;
        return;
      case 'pi':
        if (!root && this.format) this.indent();
        this.out += cur.value ? `<?${cur.target} ${cur.value}?>` : `<?${cur.target}?>`;
        return;
      case 'namespace':
        // xmlNsDumpOutput writes a declaration, and nothing for the `xml` prefix.
        if (cur.prefix !== 'xml') this.out += nsDef(cur);
        return;
    }
  }
  element(el: XElem, root: boolean) {
    if (!root && this.format) this.indent();
    this.out += `<${el.name}${el.nsDefs.map(nsDef).join('')}${el.attrs.map(attr).join('')}`;
    if (!el.children.length) {
      this.out += '/>';
      return;
    }
    const unformatted = this.format && el.children.some((c) => c.kind === 'text' || c.kind === 'cdata');
    if (unformatted) this.format = false;
    this.out += this.format ? '>\n' : '>';
    this.level++;
    for (const child of el.children) {
      this.node(child, false);
      if (this.format) this.out += '\n';
    }
    if (this.level > 0) this.level--;
    if (this.format) this.indent();
    this.out += `</${el.name}>`;
    if (unformatted) this.format = true;
  }
}

/** One selected node as virsh prints it; an empty dump (the `xml` namespace node) prints as "(null)". */
export function dumpNode(node: XNode): string {
  const d = new Dumper();
  d.node(node, true);
  return d.out === '' && node.kind === 'namespace' ? '(null)' : d.out;
}
