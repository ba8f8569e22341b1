import type { Axis, Expr, NodeTest, Step, XPathErr, XPathErrorCode } from './ast';
import { isAsciiDigit, isAsciiLetter, isBlank, isLetter, isNameChar } from './chars';

const AXES = new Set<string>([
  'ancestor',
  'ancestor-or-self',
  'attribute',
  'child',
  'descendant',
  'descendant-or-self',
  'following',
  'following-sibling',
  'namespace',
  'parent',
  'preceding',
  'preceding-sibling',
  'self',
]);
const NODE_TYPES = new Set(['node', 'text', 'comment', 'processing-instruction']);
const anyNode: NodeTest = { kind: 'type', type: 'node' };
const DESCENDANT_OR_SELF: Step = { axis: 'descendant-or-self', test: anyNode, preds: [] };
type Path = Extract<Expr, { t: 'path' }>;

/**
 * libxml2 2.9's XPath compiler (xpath.c, xmlXPathCompileExpr and the functions it calls), kept
 * step for step: the cursor moves as libxml2's does, so an expression fails with the same error
 * at the same place — including what libxml2 accepts that XPath 1.0 does not (a function call
 * missing its `)`, exponents in numbers) and errors raised twice when a loop goes on after one.
 */
class Compiler {
  i = 0;
  errors: XPathErr[] = [];
  constructor(readonly s: string) {}

  peek(): string | undefined {
    return this.s[this.i];
  }
  nxt(n: number) {
    return this.s[this.i + n];
  }
  next() {
    if (this.i < this.s.length) this.i++;
  }
  skip(n: number) {
    this.i = Math.min(this.s.length, this.i + n);
  }
  blanks() {
    while (isBlank(this.peek())) this.i++;
  }
  get failed() {
    return this.errors.length > 0;
  }
  err(code: XPathErrorCode): undefined {
    this.errors.push({ code, at: this.i });
    return undefined;
  }

  /** xmlXPathParseNCName (and xmlXPathParseNameComplex without ':'). */
  ncName(): string | undefined {
    const c = this.peek();
    if (c === undefined || ' >/[]@*'.includes(c) || (!isLetter(c) && c !== '_')) return undefined;
    const start = this.i;
    while (isNameChar(this.peek(), false)) this.i++;
    return this.s.slice(start, this.i);
  }
  qName(): { name?: string; prefix: string | null } {
    const first = this.ncName();
    if (first !== undefined && this.peek() === ':') {
      this.next();
      return { name: this.ncName(), prefix: first };
    }
    return { name: first, prefix: null };
  }
  /** xmlXPathScanName: a QName ahead, the cursor left where it was. */
  scanName(): string | undefined {
    const c = this.peek();
    if (c === undefined || c === ' ' || c === '>' || c === '/' || (!isLetter(c) && c !== '_' && c !== ':')) return;
    let j = this.i;
    while (isNameChar(this.s[j], true)) j++;
    return this.s.slice(this.i, j);
  }

  expr(): Expr | undefined {
    let a = this.andExpr();
    if (this.failed || !a) return;
    this.blanks();
    while (this.peek() === 'o' && this.nxt(1) === 'r') {
      this.skip(2);
      this.blanks();
      const b = this.andExpr();
      if (this.failed || !b) return;
      a = { t: 'or', a, b };
      this.blanks();
    }
    return a;
  }
  andExpr(): Expr | undefined {
    let a = this.equality();
    if (this.failed || !a) return;
    this.blanks();
    while (this.peek() === 'a' && this.nxt(1) === 'n' && this.nxt(2) === 'd') {
      this.skip(3);
      this.blanks();
      const b = this.equality();
      if (this.failed || !b) return;
      a = { t: 'and', a, b };
      this.blanks();
    }
    return a;
  }
  equality(): Expr | undefined {
    let a = this.relational();
    if (this.failed || !a) return;
    this.blanks();
    while (this.peek() === '=' || (this.peek() === '!' && this.nxt(1) === '=')) {
      const eq = this.peek() === '=';
      this.next();
      if (!eq) this.next();
      this.blanks();
      const b = this.relational();
      if (this.failed || !b) return;
      a = { t: 'eq', a, b, eq };
      this.blanks();
    }
    return a;
  }
  relational(): Expr | undefined {
    let a = this.additive();
    if (this.failed || !a) return;
    this.blanks();
    while (this.peek() === '<' || this.peek() === '>') {
      const inf = this.peek() === '<';
      const strict = this.nxt(1) !== '=';
      this.next();
      if (!strict) this.next();
      this.blanks();
      const b = this.additive();
      if (this.failed || !b) return;
      a = { t: 'cmp', a, b, inf, strict };
      this.blanks();
    }
    return a;
  }
  additive(): Expr | undefined {
    let a = this.multiplicative();
    if (this.failed || !a) return;
    this.blanks();
    while (this.peek() === '+' || this.peek() === '-') {
      const op = this.peek() as '+' | '-';
      this.next();
      this.blanks();
      const b = this.multiplicative();
      if (this.failed || !b) return;
      a = { t: 'arith', a, b, op };
      this.blanks();
    }
    return a;
  }
  multiplicative(): Expr | undefined {
    let a = this.unary();
    if (this.failed || !a) return;
    this.blanks();
    const word = (w: string) => this.s.startsWith(w, this.i);
    while (this.peek() === '*' || word('div') || word('mod')) {
      const op = this.peek() === '*' ? '*' : word('div') ? 'div' : 'mod';
      this.skip(op.length);
      this.blanks();
      const b = this.unary();
      if (this.failed || !b) return;
      a = { t: 'arith', a, b, op };
      this.blanks();
    }
    return a;
  }
  unary(): Expr | undefined {
    let minus = false;
    let found = false;
    this.blanks();
    while (this.peek() === '-') {
      minus = !minus;
      found = true;
      this.next();
      this.blanks();
    }
    const a = this.union();
    if (this.failed || !a) return;
    return found ? { t: 'neg', a, minus } : a;
  }
  union(): Expr | undefined {
    let a = this.pathExpr();
    if (this.failed || !a) return;
    this.blanks();
    while (this.peek() === '|') {
      this.next();
      this.blanks();
      const b = this.pathExpr();
      if (b) a = { t: 'union', a, b };
      this.blanks();
    }
    return a;
  }

  /** xmlXPathCompPathExpr: a location path, or a filter expression maybe followed by one. */
  pathExpr(): Expr | undefined {
    this.blanks();
    const c = this.peek();
    let lc = true;
    if (c === '$' || c === '(' || isAsciiDigit(c) || c === "'" || c === '"' || (c === '.' && isAsciiDigit(this.nxt(1))))
      lc = false;
    else if (c !== '*' && c !== '/' && c !== '@' && c !== '.') {
      const name = this.scanName();
      if (name === undefined) return this.err('expr');
      if (!name.includes('::')) lc = this.locationAhead(name);
    }
    if (lc) {
      const path: Path = { t: 'path', from: this.peek() === '/' ? 'root' : 'node', steps: [] };
      this.locationPath(path);
      this.blanks();
      return path;
    }
    const filter = this.filterExpr();
    if (this.failed || !filter) return;
    let out: Expr = filter;
    if (this.peek() === '/') {
      const path: Path = { t: 'path', from: filter, steps: [] };
      if (this.nxt(1) === '/') {
        this.skip(2);
        this.blanks();
        path.steps.push(DESCENDANT_OR_SELF);
      }
      this.relativeLocationPath(path);
      out = path;
    }
    this.blanks();
    return out;
  }
  /** What follows a name decides: a function call, or a location path (a node type test included). */
  private locationAhead(name: string): boolean {
    for (let j = this.i + name.length; j < this.s.length; j++) {
      const c = this.s[j];
      if (isBlank(c)) continue;
      return c !== '(' || NODE_TYPES.has(name);
    }
    return true;
  }

  filterExpr(): Expr | undefined {
    let a = this.primary();
    if (this.failed || !a) return;
    this.blanks();
    while (this.peek() === '[') {
      const pred = this.predicate();
      if (pred && a) a = { t: 'filter', a, pred };
      this.blanks();
    }
    return a;
  }
  primary(): Expr | undefined {
    this.blanks();
    let e: Expr | undefined;
    const c = this.peek();
    if (c === '$') e = this.variable();
    else if (c === '(') {
      this.next();
      this.blanks();
      e = this.expr();
      if (this.failed) return;
      if (this.peek() !== ')') return this.err('expr');
      this.next();
      this.blanks();
    } else if (isAsciiDigit(c) || (c === '.' && isAsciiDigit(this.nxt(1)))) e = this.number();
    else if (c === "'" || c === '"') e = this.literalExpr();
    else e = this.functionCall();
    this.blanks();
    return e;
  }
  number(): Expr | undefined {
    const start = this.i;
    while (isAsciiDigit(this.peek())) this.next();
    let mantissa = this.s.slice(start, this.i);
    if (this.peek() === '.') {
      this.next();
      const f = this.i;
      while (isAsciiDigit(this.peek())) this.next();
      mantissa += `.${this.s.slice(f, this.i)}`;
    }
    let exponent = 0;
    if (this.peek() === 'e' || this.peek() === 'E') {
      this.next();
      const negative = this.peek() === '-';
      if (this.peek() === '-' || this.peek() === '+') this.next();
      while (isAsciiDigit(this.peek())) {
        if (exponent < 1000000) exponent = exponent * 10 + Number(this.peek());
        this.next();
      }
      if (negative) exponent = -exponent;
    }
    return { t: 'num', v: Number(mantissa.startsWith('.') ? `0${mantissa}` : mantissa) * 10 ** exponent };
  }
  /** xmlXPathParseLiteral: up to the closing quote; a control character or the end leaves it unfinished. */
  literal(): string | undefined {
    const q = this.peek();
    if (q !== '"' && q !== "'") return this.err('startLiteral');
    this.next();
    const start = this.i;
    const isChar = (c: string | undefined) => c !== undefined && (c >= ' ' || c === '\t' || c === '\n' || c === '\r');
    while (isChar(this.peek()) && this.peek() !== q) this.next();
    if (!isChar(this.peek())) return this.err('unfinishedLiteral');
    const v = this.s.slice(start, this.i);
    this.next();
    return v;
  }
  literalExpr(): Expr | undefined {
    const v = this.literal();
    return v === undefined ? undefined : { t: 'str', v };
  }
  variable(): Expr | undefined {
    this.blanks();
    if (this.peek() !== '$') return this.err('variableRef');
    this.next();
    const { name, prefix } = this.qName();
    if (name === undefined) return this.err('variableRef');
    this.blanks();
    return { t: 'var', name, prefix };
  }
  functionCall(): Expr | undefined {
    const { name, prefix } = this.qName();
    if (name === undefined) return this.err('expr');
    this.blanks();
    if (this.peek() !== '(') return this.err('expr');
    this.next();
    this.blanks();
    const args: Expr[] = [];
    if (this.peek() !== ')') {
      while (this.peek() !== undefined) {
        const a = this.expr();
        if (this.failed || !a) return;
        args.push(a);
        if (this.peek() === ')') break;
        if (this.peek() !== ',') return this.err('expr');
        this.next();
        this.blanks();
      }
    }
    this.next();
    this.blanks();
    return { t: 'fn', name, prefix, args };
  }
  predicate(): Expr | undefined {
    this.blanks();
    if (this.peek() !== '[') return this.err('invalidPredicate');
    this.next();
    this.blanks();
    const e = this.expr();
    if (this.failed) return;
    if (this.peek() !== ']') return this.err('invalidPredicate');
    this.next();
    this.blanks();
    return e;
  }

  nodeTest(given: string | undefined): { test?: NodeTest } {
    this.blanks();
    if (given === undefined && this.peek() === '*') {
      this.next();
      return { test: { kind: 'any', prefix: null } };
    }
    const name = given ?? this.ncName();
    if (name === undefined) return { test: this.err('expr') };
    const blanks = isBlank(this.peek());
    this.blanks();
    if (this.peek() === '(') {
      this.next();
      if (!NODE_TYPES.has(name)) return { test: this.err('expr') };
      const test: NodeTest = { kind: 'type', type: name as 'node' };
      this.blanks();
      if (name === 'processing-instruction' && this.peek() !== ')') {
        const literal = this.literal();
        if (literal === undefined) return { test: this.err('expr') };
        test.literal = literal;
        this.blanks();
      }
      if (this.peek() !== ')') this.err('unclosed');
      else this.next();
      return { test };
    }
    if (!blanks && this.peek() === ':') {
      this.next();
      if (this.peek() === '*') {
        this.next();
        return { test: { kind: 'any', prefix: name } };
      }
      const local = this.ncName();
      if (local === undefined) return { test: this.err('expr') };
      return { test: { kind: 'name', prefix: name, local } };
    }
    return { test: { kind: 'name', prefix: null, local: name } };
  }
  step(path: Path) {
    this.blanks();
    if (this.peek() === '.' && this.nxt(1) === '.') {
      this.skip(2);
      this.blanks();
      path.steps.push({ axis: 'parent', test: anyNode, preds: [] });
      return;
    }
    if (this.peek() === '.') {
      this.next();
      this.blanks();
      return;
    }
    let name: string | undefined;
    let axis: Axis = 'child';
    if (this.peek() !== '*') {
      name = this.ncName();
      if (name !== undefined && AXES.has(name)) {
        this.blanks();
        if (this.peek() === ':' && this.nxt(1) === ':') {
          this.skip(2);
          axis = name as Axis;
          name = undefined;
        }
      } else if (name === undefined && this.peek() === '@') {
        this.next();
        axis = 'attribute';
      }
    }
    if (this.failed) return;
    const { test } = this.nodeTest(name);
    if (!test) return;
    const step: Step = { axis, test, preds: [] };
    this.blanks();
    while (this.peek() === '[') {
      const pred = this.predicate();
      if (pred) step.preds.push(pred);
    }
    path.steps.push(step);
  }
  relativeLocationPath(path: Path) {
    this.blanks();
    if (this.peek() === '/' && this.nxt(1) === '/') {
      this.skip(2);
      this.blanks();
      path.steps.push(DESCENDANT_OR_SELF);
    } else if (this.peek() === '/') {
      this.next();
      this.blanks();
    }
    this.step(path);
    if (this.failed) return;
    this.blanks();
    while (this.peek() === '/') {
      if (this.nxt(1) === '/') {
        this.skip(2);
        this.blanks();
        path.steps.push(DESCENDANT_OR_SELF);
      } else {
        this.next();
        this.blanks();
      }
      this.step(path);
      this.blanks();
    }
  }
  locationPath(path: Path) {
    this.blanks();
    if (this.peek() !== '/') return this.relativeLocationPath(path);
    while (this.peek() === '/') {
      if (this.nxt(1) === '/') {
        this.skip(2);
        this.blanks();
        path.steps.push(DESCENDANT_OR_SELF);
        this.relativeLocationPath(path);
      } else {
        this.next();
        this.blanks();
        const c = this.peek();
        if (c !== undefined && (isAsciiLetter(c) || c === '_' || c === '.' || c === '@' || c === '*'))
          this.relativeLocationPath(path);
      }
      if (this.failed) return;
    }
  }
}

/** xmlXPathEvalExpr's compile half: the expression, or the errors libxml2 reports for it. */
export function compileXPath(s: string): { expr?: Expr; errors: XPathErr[] } {
  const c = new Compiler(s);
  const expr = c.expr();
  if (!c.failed && c.i < s.length) c.err('expr');
  return c.failed || !expr ? { errors: c.errors } : { expr, errors: [] };
}
