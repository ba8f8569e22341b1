import { nextChar, prevChar } from './mbchar';
import { readChar } from './vi-edit';
import type { Keys, LineEditor } from './editor';
import { motion } from './vi-motion';

/**
 * vi mode's motions that look for something (vi_mode.c, text.c): f F t T ; , (a character on
 * the line), % (the matching bracket), | (a column), ` (a mark set by m). Each answers 0 when it
 * moved (or had nothing to do), 1 when it failed (the bell rung), -1 at the end of input.
 */

/** _rl_char_search_internal: the count-th `ch` forwards (dir > 0) or backwards; t and T stop one short. */
export function charSearch(ed: LineEditor, count: number, dir: number, ch: string): number {
  const { buf } = ed;
  const { mb } = ed.rl;
  const t = buf.text;
  // In a UTF-8 locale the steps are characters (MB_FIND_ANY: a combining mark is one) and `ch` may be one of several bytes (_rl_is_mbchar_matched).
  const step = (p: number) => (dir < 0 ? (p > 0 ? prevChar(t, p, mb, true) : -1) : nextChar(t, p, mb, true) || p + 1);
  let pos = buf.point;
  for (let n = count; n > 0; ) {
    if ((dir < 0 && pos <= 0) || (dir > 0 && pos >= t.length)) {
      ed.ding();
      return 1;
    }
    // Each round starts one further; one that finds nothing leaves pos at an end, where the next rings.
    for (pos = step(pos); dir < 0 ? pos >= 0 : pos < t.length; pos = step(pos)) {
      if (t.startsWith(ch, pos)) {
        buf.point = dir === 2 ? prevChar(t, pos, mb, true) : dir === -2 ? nextChar(t, pos, mb, true) : pos;
        n--;
        break;
      }
    }
    if (pos < 0) pos = 0;
  }
  return 0;
}

/** rl_vi_char_search: f F t T read the character; ; repeats the last search, , the other way. */
export function* viCharSearch(ed: LineEditor, key: string, count: number): Keys<number> {
  const vi = ed.rl.vi;
  let dir: number;
  if (key === ';' || key === ',') {
    if (vi.searchDir === 0 || vi.searchChar === '') return 1;
    dir = key === ';' ? vi.searchDir : -vi.searchDir;
  } else {
    // FFIND 1, BFIND -1, FTO 2, BTO -2, as text.c numbers them.
    dir = { f: 1, F: -1, t: 2, T: -2 }[key] ?? 0;
    vi.searchDir = dir;
    if (!vi.redoing) {
      const c = yield* readChar(ed);
      if (c === undefined) return -1;
      vi.searchChar = c;
    }
  }
  return charSearch(ed, count, dir, vi.searchChar);
}

const bracket = (c: string | undefined) => ({ '(': 1, ')': -1, '[': 2, ']': -2, '{': 3, '}': -3 })[c ?? ''] ?? 0;

/**
 * rl_vi_match (%): from the bracket under the cursor (or the next opening one on the line) to its
 * match. Without a match the cursor stays on the bracket it found (readline moved there first).
 */
export function viMatch(ed: LineEditor): number {
  const { buf } = ed;
  const t = buf.text;
  let pos = buf.point;
  let brack = bracket(t[pos]);
  if (brack === 0) {
    while (brack === 0 && pos < t.length - 1) brack = bracket(t[++pos]);
    // Only an opening bracket found ahead will do (a closing one fails: `brack <= 0` in readline).
    if (brack <= 0) {
      ed.ding();
      return 1;
    }
  }
  buf.point = pos;
  for (let depth = 1; depth > 0; ) {
    pos += brack < 0 ? -1 : 1;
    if (pos < 0 || pos >= t.length) {
      ed.ding();
      return 1;
    }
    const b = bracket(t[pos]);
    if (b === -brack) depth--;
    else if (b === brack) depth++;
  }
  buf.point = pos;
  return 0;
}

/** rl_vi_column (|): the count-th column, or the end of a shorter line. */
export function viColumn(ed: LineEditor, count: number): number {
  const { buf } = ed;
  buf.point = count > buf.text.length ? buf.text.length : Math.max(0, count - 1);
  return 0;
}

/** rl_vi_set_mark (m): a–z remembers the point on this line; another key rings. */
export function* viSetMark(ed: LineEditor): Keys<number> {
  const c = yield* ed.key();
  if (c === undefined || c < 'a' || c > 'z') {
    ed.ding();
    return 1;
  }
  ed.vi.marks.set(c, ed.buf.point);
  return 0;
}

/** rl_vi_goto_mark (`): back to a mark; `` ` `` goes to readline's own mark (a yank's start…). */
export function* viGotoMark(ed: LineEditor): Keys<number> {
  const { buf } = ed;
  const c = yield* ed.key();
  const at = c === '`' ? buf.mark : c !== undefined && c >= 'a' && c <= 'z' ? ed.vi.marks.get(c) : undefined;
  if (at === undefined) {
    ed.ding();
    return 1;
  }
  buf.point = Math.max(0, Math.min(at, buf.text.length));
  return 0;
}

/** A vi motion (what d c y take too) by its key: 0 moved, 1 failed, -1 end of input, null for no motion. */
export function* viMove(ed: LineEditor, k: string, count: number): Keys<number | null> {
  if (motion(ed, k, count)) return 0;
  if ('fFtT;,'.includes(k)) return yield* viCharSearch(ed, k, count);
  if (k === '%') return viMatch(ed);
  if (k === '|') return viColumn(ed, count);
  if (k === '`') return yield* viGotoMark(ed);
  return null;
}
