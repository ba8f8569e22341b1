import type { Expr, XPathErr } from './ast';
import type { XNode } from '../../../sim/xml/document';
import { type Focus, isNodeSet, sortNodes, stringValue, toBoolean, toNumber, asString, type Value } from './values';

/** An evaluation error: libxml2 stops at the first one (CHECK_ERROR0). */
export class XPathFail {
  constructor(readonly err: XPathErr) {}
}
const fail = (code: NonNullable<XPathErr['code']>): never => {
  throw new XPathFail({ code });
};
const nodes = (v: Value): XNode[] => (isNodeSet(v) ? v : fail('invalidType'));
const chars = (s: string) => [...s];

/** The name functions read the first node of their argument, or the context node. */
function named(args: Value[], f: Focus, pick: (n: XNode) => string): string {
  const set = args.length === 0 ? [f.node] : nodes(args[0]);
  return set.length ? pick(set[0]) : '';
}
const localName = (n: XNode) =>
  n.kind === 'element' || n.kind === 'attribute'
    ? n.local
    : n.kind === 'pi'
      ? n.target
      : n.kind === 'namespace'
        ? (n.prefix ?? '')
        : '';
const qName = (n: XNode) => (n.kind === 'element' || n.kind === 'attribute' ? n.name : localName(n));
const nsUri = (n: XNode) => ((n.kind === 'element' || n.kind === 'attribute') && n.uri) || '';
const contextString = (args: Value[], f: Focus) => (args.length === 0 ? stringValue(f.node) : asString(args[0]));

/** xmlXPathRoundFunction: half-way values go up. */
const round = (v: number) => (Number.isFinite(v) ? Math.floor(v + 0.5) || v * 0 : v);

function substring(args: Value[]): string {
  const s = chars(asString(args[0]));
  const start = round(toNumber(args[1]));
  const end = args.length === 3 ? start + round(toNumber(args[2])) : Number.POSITIVE_INFINITY;
  return s.filter((_, i) => i + 1 >= start && i + 1 < end).join('');
}

function lang(args: Value[], f: Focus): boolean {
  const want = asString(args[0]).toLowerCase();
  for (let n: XNode | null = f.node; n; n = n.parent) {
    if (n.kind !== 'element') continue;
    const a = n.attrs.find((x) => x.prefix === 'xml' && x.local === 'lang');
    if (a) {
      const have = a.value.toLowerCase();
      return have === want || have.startsWith(`${want}-`);
    }
  }
  return false;
}

function around(s: string, t: string, before: boolean): string {
  const i = s.indexOf(t);
  if (i < 0) return '';
  return before ? s.slice(0, i) : s.slice(i + t.length);
}

function translate(a: Value[]): string {
  const [from, to] = [chars(asString(a[1])), chars(asString(a[2]))];
  return chars(asString(a[0]))
    .map((c) => {
      const i = from.indexOf(c);
      return i < 0 ? c : (to[i] ?? '');
    })
    .join('');
}

/**
 * xmlXPathIdFunction: the elements whose ID is one of the blank-separated tokens (of each node's
 * string-value, for a node-set). virsh's documents have no DTD, so the only IDs are `xml:id`
 * attributes (libxml2's parser registers them; the first of a value wins).
 */
function idFunction(a: Value[], f: Focus): XNode[] {
  const tokens = (isNodeSet(a[0]) ? a[0].map(stringValue) : [asString(a[0])]).flatMap((s) =>
    s.split(/[ \t\n\r]+/).filter(Boolean),
  );
  let root: XNode = f.node;
  while (root.parent) root = root.parent;
  const ids = new Map<string, XNode>();
  const walk = (n: XNode) => {
    if (n.kind !== 'element' && n.kind !== 'document') return;
    if (n.kind === 'element') {
      const id = n.attrs.find((x) => x.prefix === 'xml' && x.local === 'id');
      if (id && !ids.has(id.value)) ids.set(id.value, n);
    }
    n.children.forEach(walk);
  };
  walk(root);
  return sortNodes(tokens.flatMap((t) => ids.get(t) ?? []));
}

type Fn = (args: Value[], f: Focus) => Value;
/** `[argument counts accepted (CHECK_ARITY), body]`; concat takes two or more. */
const LIBRARY: Record<string, [readonly number[] | 'many', Fn]> = {
  // virsh's context keeps xmlXPathNewContext's -1: only a predicate has a size and a position.
  last: [[0], (_, f) => (f.size < 0 ? fail('invalidContextSize') : f.size)],
  position: [[0], (_, f) => (f.position < 0 ? fail('invalidContextPosition') : f.position)],
  count: [[1], (a) => nodes(a[0]).length],
  id: [[1], idFunction],
  'local-name': [[0, 1], (a, f) => named(a, f, localName)],
  'namespace-uri': [[0, 1], (a, f) => named(a, f, nsUri)],
  name: [[0, 1], (a, f) => named(a, f, qName)],
  string: [[0, 1], contextString],
  concat: ['many', (a) => a.map(asString).join('')],
  'starts-with': [[2], (a) => asString(a[0]).startsWith(asString(a[1]))],
  contains: [[2], (a) => asString(a[0]).includes(asString(a[1]))],
  'substring-before': [[2], (a) => around(asString(a[0]), asString(a[1]), true)],
  'substring-after': [[2], (a) => around(asString(a[0]), asString(a[1]), false)],
  substring: [[2, 3], substring],
  'string-length': [[0, 1], (a, f) => chars(contextString(a, f)).length],
  'normalize-space': [
    [0, 1],
    (a, f) =>
      contextString(a, f)
        .replace(/[ \t\n\r]+/g, ' ')
        .replace(/^ | $/g, ''),
  ],
  translate: [[3], translate],
  boolean: [[1], (a) => toBoolean(a[0])],
  not: [[1], (a) => !toBoolean(a[0])],
  true: [[0], () => true],
  false: [[0], () => false],
  lang: [[1], lang],
  number: [[0, 1], (a, f) => toNumber(a.length ? a[0] : stringValue(f.node))],
  sum: [[1], (a) => nodes(a[0]).reduce((t, n) => t + toNumber(stringValue(n)), 0)],
  floor: [[1], (a) => Math.floor(toNumber(a[0]))],
  ceiling: [[1], (a) => Math.ceil(toNumber(a[0]))],
  round: [[1], (a) => round(toNumber(a[0]))],
};

/** XPATH_OP_FUNCTION: arguments first, then the lookup (virsh registers no namespace). */
export function callFunction(e: Extract<Expr, { t: 'fn' }>, args: Value[], f: Focus): Value {
  if (e.prefix !== null)
    throw new XPathFail({ note: `xmlXPathCompOpEval: function ${e.name} bound to undefined prefix ${e.prefix}` });
  const entry = Object.hasOwn(LIBRARY, e.name) ? LIBRARY[e.name] : undefined;
  if (!entry) throw new XPathFail({ code: 'unknownFunc', note: `xmlXPathCompOpEval: function ${e.name} not found` });
  const [counts, fn] = entry;
  if (counts === 'many' ? args.length < 2 : !counts.includes(args.length)) fail('invalidArity');
  return fn(args, f);
}
