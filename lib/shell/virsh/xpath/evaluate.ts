import type { Expr, NodeTest, Step, XPathErr } from './ast';
import { callFunction, XPathFail } from './functions';
import type { XAttr, XElem, XNode, XNs } from '../../../sim/xml/document';
import { type Focus, isNodeSet, sortNodes, stringValue, toBoolean, toNumber, asString, type Value } from './values';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** virsh registers no namespace: only `xml` resolves (xmlXPathNsLookup). */
function nsLookup(prefix: string): string {
  if (prefix === 'xml') return XML_NS;
  throw new XPathFail({ code: 'undefPrefix' });
}

const kids = (n: XNode): XNode[] => (n.kind === 'element' || n.kind === 'document' ? n.children : []);
function descendants(n: XNode, out: XNode[] = []): XNode[] {
  for (const c of kids(n)) {
    out.push(c);
    descendants(c, out);
  }
  return out;
}
function ancestors(n: XNode): XNode[] {
  const out: XNode[] = [];
  for (let p = n.parent; p; p = p.parent) out.push(p);
  return out;
}
const siblings = (n: XNode) => (n.kind === 'attribute' || n.kind === 'namespace' || !n.parent ? [] : n.parent.children);
const rootOf = (n: XNode): XNode => (n.parent ? rootOf(n.parent) : n);
const lastOrder = (n: XNode): number => {
  const d = descendants(n);
  return d.length
    ? d[d.length - 1].order
    : n.kind === 'element' && n.attrs.length
      ? n.attrs[n.attrs.length - 1].order
      : n.order;
};
/**
 * xmlXPathNextNamespace: the `xml` namespace first, then xmlGetNsList's declarations (nearest
 * element first, one per prefix) taken from the end. Kept per element so that a node-set holds
 * each namespace node once; ordered after the element, before its attributes.
 */
const nsNodes = new WeakMap<XElem, XNs[]>();
function namespaceNodes(el: XElem): XNs[] {
  const cached = nsNodes.get(el);
  if (cached) return cached;
  const seen: { prefix: string | null; uri: string }[] = [];
  for (let e: XElem | null = el; e; e = e.parent.kind === 'element' ? e.parent : null)
    for (const d of e.nsDefs) if (!seen.some((x) => x.prefix === d.prefix)) seen.push(d);
  const list = [{ prefix: 'xml', uri: XML_NS }, ...seen.reverse()];
  const out = list.map((d, i): XNs => ({ kind: 'namespace', parent: el, ...d, order: el.order + (i + 1) / 1000 }));
  nsNodes.set(el, out);
  return out;
}

/** Every node but attributes, in document order. */
const allNodes = (n: XNode) => [rootOf(n), ...descendants(rootOf(n))];

/** The axis's nodes in its own direction (reverse axes nearest first), as libxml2 walks them. */
function axisNodes(axis: Step['axis'], n: XNode): XNode[] {
  switch (axis) {
    case 'child':
      return kids(n);
    case 'descendant':
      return descendants(n);
    case 'descendant-or-self':
      return [n, ...descendants(n)];
    case 'parent':
      return n.parent ? [n.parent] : [];
    case 'ancestor':
      return ancestors(n);
    case 'ancestor-or-self':
      return [n, ...ancestors(n)];
    case 'self':
      return [n];
    case 'attribute':
      return n.kind === 'element' ? n.attrs : [];
    case 'following-sibling': {
      const s = siblings(n);
      return s.slice(s.indexOf(n) + 1);
    }
    case 'preceding-sibling': {
      const s = siblings(n);
      return s.slice(0, Math.max(0, s.indexOf(n))).reverse();
    }
    case 'following': {
      // libxml2 starts an attribute's (or a namespace node's) following axis after its element.
      const from = n.kind === 'attribute' || n.kind === 'namespace' ? n.parent : n;
      const end = lastOrder(from);
      return allNodes(n).filter((x) => x.order > end);
    }
    case 'preceding': {
      const from = n.kind === 'attribute' || n.kind === 'namespace' ? n.parent : n;
      const anc = new Set(ancestors(from));
      return allNodes(n)
        .filter((x) => x.order < from.order && !anc.has(x))
        .reverse();
    }
    case 'namespace':
      return n.kind === 'element' ? namespaceNodes(n) : [];
  }
}

function matches(test: NodeTest, axis: Step['axis'], n: XNode, uri: string | null): boolean {
  const principal = axis === 'attribute' ? 'attribute' : axis === 'namespace' ? 'namespace' : 'element';
  // A namespace node's name is its prefix; it has no namespace of its own.
  if (n.kind === 'namespace' && test.kind !== 'type')
    return axis === 'namespace' && test.prefix === null && (test.kind === 'any' || n.prefix === test.local);
  switch (test.kind) {
    case 'type':
      if (test.type === 'node') return true;
      if (test.type === 'text') return n.kind === 'text' || n.kind === 'cdata';
      if (test.type === 'comment') return n.kind === 'comment';
      return n.kind === 'pi' && (test.literal === undefined || n.target === test.literal);
    case 'any':
      return n.kind === principal && (test.prefix === null || (n as XElem | XAttr).uri === uri);
    case 'name': {
      if (n.kind !== principal) return false;
      const named = n as XElem | XAttr;
      return named.local === test.local && (test.prefix === null ? named.uri === null : named.uri === uri);
    }
  }
}

function applyPredicate(nodes: XNode[], pred: Expr): XNode[] {
  return nodes.filter((node, i) => {
    const v = evaluate(pred, { node, position: i + 1, size: nodes.length });
    return typeof v === 'number' ? v === i + 1 : toBoolean(v);
  });
}

function step(input: XNode[], s: Step): XNode[] {
  const uri = s.test.kind !== 'type' && s.test.prefix !== null ? nsLookup(s.test.prefix) : null;
  const out: XNode[] = [];
  for (const n of input) {
    let nodes = axisNodes(s.axis, n).filter((x) => matches(s.test, s.axis, x, uri));
    for (const p of s.preds) nodes = applyPredicate(nodes, p);
    out.push(...nodes);
  }
  return sortNodes(out);
}

function nodeSet(v: Value): XNode[] {
  if (!isNodeSet(v)) throw new XPathFail({ code: 'invalidType' });
  return v;
}

/** XPath 1.0 §3.4, as xmlXPathEqualValues and xmlXPathCompareValues apply it. */
function compare(a: Value, b: Value, test: (x: Value, y: Value) => boolean): boolean {
  if (isNodeSet(a) && isNodeSet(b)) return a.some((x) => b.some((y) => test(stringValue(x), stringValue(y))));
  if (isNodeSet(a)) return typeof b === 'boolean' ? test(toBoolean(a), b) : a.some((x) => test(stringValue(x), b));
  if (isNodeSet(b)) return typeof a === 'boolean' ? test(a, toBoolean(b)) : b.some((y) => test(a, stringValue(y)));
  return test(a, b);
}
function equal(x: Value, y: Value): boolean {
  if (typeof x === 'boolean' || typeof y === 'boolean') return toBoolean(x) === toBoolean(y);
  if (typeof x === 'number' || typeof y === 'number') return toNumber(x) === toNumber(y);
  return asString(x) === asString(y);
}
const relation = (inf: boolean, strict: boolean) => (x: Value, y: Value) => {
  const [l, r] = inf ? [toNumber(x), toNumber(y)] : [toNumber(y), toNumber(x)];
  return strict ? l < r : l <= r;
};
function arith(op: string, a: number, b: number): number {
  if (op === '+') return a + b;
  if (op === '-') return a - b;
  if (op === '*') return a * b;
  if (op === 'div') return a / b;
  return a % b;
}

export function evaluate(e: Expr, f: Focus): Value {
  switch (e.t) {
    case 'num':
      return e.v;
    case 'str':
      return e.v;
    case 'or':
      return toBoolean(evaluate(e.a, f)) || toBoolean(evaluate(e.b, f));
    case 'and':
      return toBoolean(evaluate(e.a, f)) && toBoolean(evaluate(e.b, f));
    case 'eq':
      return compare(evaluate(e.a, f), evaluate(e.b, f), e.eq ? equal : (x, y) => !equal(x, y));
    case 'cmp':
      return compare(evaluate(e.a, f), evaluate(e.b, f), relation(e.inf, e.strict));
    case 'arith':
      return arith(e.op, toNumber(evaluate(e.a, f)), toNumber(evaluate(e.b, f)));
    case 'neg': {
      const v = toNumber(evaluate(e.a, f));
      return e.minus ? -v : v;
    }
    case 'union': {
      const a = evaluate(e.a, f);
      const b = evaluate(e.b, f);
      return sortNodes([...nodeSet(a), ...nodeSet(b)]);
    }
    case 'var':
      if (e.prefix !== null)
        throw new XPathFail({ note: `xmlXPathCompOpEval: variable ${e.name} bound to undefined prefix ${e.prefix}` });
      throw new XPathFail({ code: 'undefVariable' });
    case 'fn':
      return callFunction(
        e,
        e.args.map((a) => evaluate(a, f)),
        f,
      );
    case 'filter':
      return applyPredicate(nodeSet(evaluate(e.a, f)), e.pred);
    case 'path': {
      let set = e.from === 'root' ? [rootOf(f.node)] : e.from === 'node' ? [f.node] : nodeSet(evaluate(e.from, f));
      for (const s of e.steps) set = step(set, s);
      return set;
    }
  }
}

/** Runs a compiled expression with the document's root element as the context node. */
export function evaluateAt(e: Expr, node: XNode): { value?: Value; errors: XPathErr[] } {
  try {
    return { value: evaluate(e, { node, position: -1, size: -1 }), errors: [] };
  } catch (x) {
    if (x instanceof XPathFail) return { errors: [x.err] };
    throw x;
  }
}
