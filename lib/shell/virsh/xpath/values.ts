import type { XNode } from '../../../sim/xml/document';

/** An XPath 1.0 value; a node-set is kept in document order without duplicates. */
export type Value = number | string | boolean | XNode[];

/** The context of an evaluation: a node, its position and the size of its set. */
export interface Focus {
  node: XNode;
  position: number;
  size: number;
}

export const isNodeSet = (v: Value): v is XNode[] => Array.isArray(v);

/** The string-value of a node (XPath 1.0 §5). */
export function stringValue(n: XNode): string {
  switch (n.kind) {
    case 'document':
    case 'element': {
      let s = '';
      const walk = (x: XNode) => {
        if (x.kind === 'text' || x.kind === 'cdata') s += x.value;
        else if (x.kind === 'element' || x.kind === 'document') x.children.forEach(walk);
      };
      walk(n);
      return s;
    }
    case 'pi':
    case 'attribute':
    case 'text':
    case 'cdata':
    case 'comment':
      return n.value;
    case 'namespace':
      return n.uri;
  }
}

/** xmlXPathFormatNumber: integers plainly, others with up to 15 significant digits. */
export function numberToString(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return 'Infinity';
  if (v === Number.NEGATIVE_INFINITY) return '-Infinity';
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v === 0 ? 0 : v);
  const abs = Math.abs(v);
  if (abs >= 1e-5 && abs < 1e9) return String(Number(v.toPrecision(15)));
  const [m, e] = v.toExponential(14).split('e');
  const mant = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
  return `${mant}e${e.startsWith('-') ? '-' : '+'}${e.replace(/^[+-]/, '').padStart(2, '0')}`;
}

/** xmlXPathStringEvalNumber: optional blanks, an optional '-', digits with one '.', blanks. */
export function stringToNumber(s: string): number {
  const m = /^[ \t\n\r]*(-?(?:\d+(?:\.\d*)?|\.\d+))[ \t\n\r]*$/.exec(s);
  return m ? Number(m[1]) : Number.NaN;
}

export function asString(v: Value): string {
  if (isNodeSet(v)) return v.length ? stringValue(v[0]) : '';
  if (typeof v === 'number') return numberToString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return v;
}
export function toNumber(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return stringToNumber(asString(v));
}
export function toBoolean(v: Value): boolean {
  if (isNodeSet(v)) return v.length > 0;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (typeof v === 'string') return v.length > 0;
  return v;
}

/** Document order, without duplicates. */
export function sortNodes(nodes: XNode[]): XNode[] {
  return [...new Set(nodes)].sort((a, b) => a.order - b.order);
}
