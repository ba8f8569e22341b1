import type { LineEditor } from './editor';
import { moveBy } from './edits';
import { nextChar, prevChar } from './mbchar';

/**
 * vi mode's word motions (vi_mode.c), on a line and a point (the console's `set -o vi` uses them too): `w` `b` `e` stop at changes between identifier
 * characters (letters, digits, `_`) and other non-blanks; `W` `B` `E` only at blanks.
 */
const ident = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
const blank = (c: string | undefined) => c === ' ' || c === '\t';

/** rl_vi_fword / rl_vi_fWord: to the start of the next word. */
export function forwardWord(t: string, from: number, count: number, big: boolean, mb = false): number {
  let p = from;
  const next = () => {
    p = nextChar(t, p, mb);
  };
  for (; count > 0 && p < t.length - 1; count--) {
    if (big) while (p < t.length && !blank(t[p])) next();
    else if (ident(t[p])) while (p < t.length && ident(t[p])) next();
    else while (p < t.length && !ident(t[p]) && !blank(t[p])) next();
    while (p < t.length && blank(t[p])) next();
  }
  return p;
}

/**
 * rl_vi_bword / rl_vi_bWord: to the start of this word, or of the one before. Reaching the
 * start of the line while going back ends there, even on a blank (readline's own quirk).
 */
export function backwardWord(t: string, from: number, count: number, big: boolean, mb = false): number {
  let p = from;
  // The character before p (its first byte is what readline tests).
  const before = () => t[prevChar(t, p, mb)];
  const back = () => {
    p = prevChar(t, p, mb);
  };
  for (; count > 0 && p > 0; count--) {
    if (!blank(t[p]) && blank(before())) {
      back();
      if (!big && p === 0) break;
    }
    if (!big && ident(t[p]) !== ident(before())) back();
    while (p > 0 && blank(t[p])) back();
    if (p > 0) {
      const same = big ? (c: string) => !blank(c) : ident(t[p]) ? ident : (c: string) => !ident(c) && !blank(c);
      let last = p;
      do {
        last = p;
        back();
      } while (p > 0 && same(t[p]));
      if (p > 0) p = last;
    }
  }
  return p;
}

/** rl_vi_eword / rl_vi_eWord: to the last character of this word, or of the next. */
export function endWord(t: string, from: number, count: number, big: boolean, mb = false): number {
  let p = from;
  const next = () => {
    p = nextChar(t, p, mb);
  };
  for (; count > 0 && p < t.length - 1; count--) {
    if (!blank(t[p])) next();
    while (p < t.length && blank(t[p])) next();
    if (p < t.length) {
      const same = big || !ident(t[p]) ? (c: string) => !blank(c) && (big || !ident(c)) : ident;
      while (nextChar(t, p, mb) < t.length && same(t[nextChar(t, p, mb)])) next();
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
  const { mb } = ed.rl;
  const last = ed.viCommand ? prevChar(buf.text, buf.text.length, mb) : buf.text.length;
  let p = buf.point;
  for (let n = count; n > 0 && p <= last; n--) p = p < buf.text.length ? nextChar(buf.text, p, mb) : p + 1;
  if (p > last) {
    buf.point = last;
    ed.ding();
  } else buf.point = p;
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
    else buf.point = forwardWord(buf.text, buf.point, count, k === 'W', ed.rl.mb);
  } else if (k === 'b' || k === 'B') {
    if (buf.point === 0) ed.ding();
    else buf.point = backwardWord(buf.text, buf.point, count, k === 'B', ed.rl.mb);
  } else if (k === 'e' || k === 'E') buf.point = endWord(buf.text, buf.point, count, k === 'E', ed.rl.mb);
  else return false;
  return true;
}
