import type { Expr, Step } from './ast';
import { isBlank, isLetter, isNameChar } from './chars';

type Path = Extract<Expr, { t: 'path' }>;
const DESCENDANT_OR_SELF: Step = { axis: 'descendant-or-self', test: { kind: 'type', type: 'node' }, preds: [] };

/** xmlCompileStepPattern without attributes or prefixes: `.`, a name or `*`. */
function stepPattern(s: string, at: { i: number }, path: Path): boolean {
  while (isBlank(s[at.i])) at.i++;
  if (s[at.i] === '.') {
    at.i++;
    return true;
  }
  const c = s[at.i];
  if (c !== undefined && (isLetter(c) || c === '_')) {
    const start = at.i;
    while (isNameChar(s[at.i], false)) at.i++;
    const local = s.slice(start, at.i);
    while (isBlank(s[at.i])) at.i++;
    if (s[at.i] === '*') return false;
    path.steps.push({ axis: 'child', test: { kind: 'name', prefix: null, local }, preds: [] });
    return true;
  }
  if (c !== '*') return false;
  at.i++;
  path.steps.push({ axis: 'child', test: { kind: 'any', prefix: null }, preds: [] });
  return true;
}

/** xmlCompilePathPattern (pattern.c) for one `|`-separated part. */
function pathPattern(s: string): Path | undefined {
  const at = { i: 0 };
  const blanks = () => {
    while (isBlank(s[at.i])) at.i++;
  };
  blanks();
  const path: Path = { t: 'path', from: s[at.i] === '/' ? 'root' : 'node', steps: [] };
  if (s.startsWith('//', at.i)) {
    path.steps.push(DESCENDANT_OR_SELF);
    at.i += 2;
  } else if (s.startsWith('.//', at.i)) {
    path.steps.push(DESCENDANT_OR_SELF);
    at.i += 3;
    blanks();
    if (at.i >= s.length) return;
  }
  if (s[at.i] === '/') {
    at.i++;
    blanks();
    if (at.i >= s.length) return;
  }
  if (!stepPattern(s, at, path)) return;
  blanks();
  while (s[at.i] === '/') {
    if (s[at.i + 1] === '/') {
      path.steps.push(DESCENDANT_OR_SELF);
      at.i += 2;
      blanks();
    } else {
      at.i++;
      blanks();
      if (at.i >= s.length) return;
    }
    if (!stepPattern(s, at, path)) return;
  }
  // `/.` streams as `/` does not: the root alone is no pattern (then XPath's compiler reads it; seed 497).
  if (path.from === 'root' && path.steps.length === 0) return;
  return at.i < s.length ? undefined : path;
}

/**
 * xmlXPathTryStreamCompile: an expression without `[`, `(`, `@` or `:` is first tried as a
 * streaming pattern, and evaluated so when pattern.c compiles it. Its grammar is not XPath's: it
 * takes a non-ASCII name right after `/` (`/é`), which XPath's compiler refuses, and drops a
 * trailing `|`. Elsewhere both select the same nodes.
 */
export function streamPattern(s: string): Expr | undefined {
  if (/[[(@:]/.test(s)) return;
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && s[i] !== '|') continue;
    parts.push(s.slice(start, i));
    start = i + 1;
    if (start >= s.length) break;
  }
  let out: Expr | undefined;
  for (const part of parts) {
    const p = pathPattern(part);
    if (!p) return;
    out = out ? { t: 'union', a: out, b: p } : p;
  }
  return out;
}
