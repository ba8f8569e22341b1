/** A compiled XPath 1.0 expression (the tree libxml2's xmlXPathCompileExpr builds as steps). */
export type Expr =
  | { t: 'or' | 'and' | 'union'; a: Expr; b: Expr }
  | { t: 'eq'; a: Expr; b: Expr; eq: boolean }
  | { t: 'cmp'; a: Expr; b: Expr; inf: boolean; strict: boolean }
  | { t: 'arith'; a: Expr; b: Expr; op: '+' | '-' | '*' | 'div' | 'mod' }
  /** Unary minus; an even number of minuses still converts to a number. */
  | { t: 'neg'; a: Expr; minus: boolean }
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'var'; name: string; prefix: string | null }
  | { t: 'fn'; name: string; prefix: string | null; args: Expr[] }
  | { t: 'filter'; a: Expr; pred: Expr }
  /** A location path from the root, the context node, or a filter expression's node-set. */
  | { t: 'path'; from: 'root' | 'node' | Expr; steps: Step[] };

export type Axis =
  | 'ancestor'
  | 'ancestor-or-self'
  | 'attribute'
  | 'child'
  | 'descendant'
  | 'descendant-or-self'
  | 'following'
  | 'following-sibling'
  | 'namespace'
  | 'parent'
  | 'preceding'
  | 'preceding-sibling'
  | 'self';

export type NodeTest =
  | { kind: 'name'; prefix: string | null; local: string }
  /** `*` or `prefix:*`. */
  | { kind: 'any'; prefix: string | null }
  | { kind: 'type'; type: 'node' | 'text' | 'comment' | 'processing-instruction'; literal?: string };

export interface Step {
  axis: Axis;
  test: NodeTest;
  preds: Expr[];
}

/** libxml2's xmlXPathErrorMessages, by the names its compiler and evaluator raise. */
export const XPATH_ERRORS = {
  number: 'Number encoding',
  unfinishedLiteral: 'Unfinished literal',
  startLiteral: 'Start of literal',
  variableRef: 'Expected $ for variable reference',
  undefVariable: 'Undefined variable',
  invalidPredicate: 'Invalid predicate',
  expr: 'Invalid expression',
  unclosed: 'Missing closing curly brace',
  unknownFunc: 'Unregistered function',
  invalidType: 'Invalid type',
  invalidArity: 'Invalid number of arguments',
  invalidContextSize: 'Invalid context size',
  invalidContextPosition: 'Invalid context position',
  undefPrefix: 'Undefined namespace prefix',
} as const;
export type XPathErrorCode = keyof typeof XPATH_ERRORS;

/** One xmlXPathErr call: what libxml2 writes to stderr, with the cursor where it stood. */
export interface XPathErr {
  /** Unset when libxml2 sets its error without reporting it (an undefined prefix at evaluation). */
  code?: XPathErrorCode;
  /** Character offset of the cursor in the expression; undefined for evaluation errors. */
  at?: number;
  /** A line xmlGenericError printed before the error ("xmlXPathCompOpEval: function f not found"). */
  note?: string;
}
