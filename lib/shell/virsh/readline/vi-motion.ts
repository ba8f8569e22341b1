import type { LineEditor } from './editor';
import { moveBy } from './edits';

/**
 * vi mode's word motions (vi_mode.c), on a line and a point (the console's `set -o vi` uses them too): `w` `b` `e` stop at changes between identifier
 * characters (letters, digits, `_`) and other non-blanks; `W` `B` `E` only at blanks.
 */
const ident = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
const blank = (c: string | undefined) => c === ' ' || c === '\t';

/** rl_vi_fword / rl_vi_fWord: to the start of the next word. */
export function forwardWord(t: string, from: number, count: number, big: boolean): number {
  let p = from;
  for (; count > 0 && p < t.length - 1; count--) {
    if (big) while (p < t.length && !blank(t[p])) p++;
    else if (ident(t[p])) while (p < t.length && ident(t[p])) p++;
    else while (p < t.length && !ident(t[p]) && !blank(t[p])) p++;
    while (p < t.length && blank(t[p])) p++;
  }
  return p;
}

/**
 * rl_vi_bword / rl_vi_bWord: to the start of this word, or of the one before. Reaching the
 * start of the line while going back ends there, even on a blank (readline's own quirk).
 */
export function backwardWord(t: string, from: number, count: number, big: boolean): number {
  let p = from;
  for (; count > 0 && p > 0; count--) {
    if (!blank(t[p]) && blank(t[p - 1])) {
      p--;
      if (!big && p === 0) break;
    }
    if (!big && ident(t[p]) !== ident(t[p - 1])) p--;
    while (p > 0 && blank(t[p])) p--;
    if (p > 0) {
      const same = big ? (c: string) => !blank(c) : ident(t[p]) ? ident : (c: string) => !ident(c) && !blank(c);
      let last = p;
      do {
        last = p;
        p--;
      } while (p > 0 && same(t[p]));
      if (p > 0) p = last;
    }
  }
  return p;
}

/** rl_vi_eword / rl_vi_eWord: to the last character of this word, or of the next. */
export function endWord(t: string, from: number, count: number, big: boolean): number {
  let p = from;
  for (; count > 0 && p < t.length - 1; count--) {
    if (!blank(t[p])) p++;
    while (p < t.length && blank(t[p])) p++;
    if (p < t.length) {
      const same = big || !ident(t[p]) ? (c: string) => !blank(c) && (big || !ident(c)) : ident;
      while (p + 1 < t.length && same(t[p + 1])) p++;
    }
  }
  return Math.min(p, t.length);
}

/** rl_vi_first_print (`^`): the first character that is not a blank. */
export function firstPrint(ed: LineEditor) {
  const t = ed.buf.text;
  let p = 0;
  while (p < t.length && blank(t[p])) p++;
  ed.buf.point = p;
}

/** rl_vi_unix_word_rubout (^W in vi mode): back over blanks, then to a blank or punctuation. */
export function unixWordRubout(ed: LineEditor, count: number) {
  const { buf } = ed;
  if (buf.point === 0) return ed.ding();
  const t = buf.text;
  const boundary = (c: string) => blank(c) || /[!-/:-@[-`{-~]/.test(c);
  let p = buf.point;
  for (; count > 0 && p > 0; count--) {
    while (p > 0 && blank(t[p - 1])) p--;
    if (p > 0 && boundary(t[p - 1])) p--;
    else while (p > 0 && !boundary(t[p - 1])) p--;
  }
  ed.killText(buf.point, p);
  buf.point = p;
}

/** rl_forward_char in command mode: the last character is as far as it goes. */
function forwardChar(ed: LineEditor, count: number) {
  const { buf } = ed;
  const last = buf.text.length > 0 ? buf.text.length - (ed.viCommand ? 1 : 0) : 0;
  if (buf.point + count > last) {
    buf.point = last;
    ed.ding();
  } else buf.point += count;
}

/** A motion (also what d and c take): false when `k` is none. */
export function motion(ed: LineEditor, k: string, count: number): boolean {
  const { buf } = ed;
  const end = buf.text.length;
  if (k === 'h' || k === '\b') moveBy(ed, -count);
  else if (k === 'l' || k === ' ') forwardChar(ed, count);
  else if (k === '0') buf.point = 0;
  else if (k === '$') buf.point = end;
  else if (k === '^') firstPrint(ed);
  else if (k === 'w' || k === 'W') {
    if (buf.point >= end - 1) ed.ding();
    else buf.point = forwardWord(buf.text, buf.point, count, k === 'W');
  } else if (k === 'b' || k === 'B') {
    if (buf.point === 0) ed.ding();
    else buf.point = backwardWord(buf.text, buf.point, count, k === 'B');
  } else if (k === 'e' || k === 'E') buf.point = endWord(buf.text, buf.point, count, k === 'E');
  else return false;
  return true;
}
