import { type LineEditor, wordCharAt } from './editor';
import { charLength, nextChar, otherCase, prevChar, stepChars } from './mbchar';

/** rl_transpose_chars: the character before the point dragged forward (at the end, the last two swap). */
export function transposeChars(ed: LineEditor, count: number): undefined {
  const { buf } = ed;
  if (count === 0) return;
  if (buf.point === 0 || buf.text.length < 2) {
    ed.ding();
    return;
  }
  buf.beginGroup();
  const { mb } = ed.rl;
  if (buf.point === buf.text.length) {
    buf.point = prevChar(buf.text, buf.point, mb);
    count = 1;
  }
  const was = buf.point;
  buf.point = prevChar(buf.text, buf.point, mb);
  const c = buf.delete(buf.point, was);
  // _rl_find_next_mbchar: a negative count leaves the character where it was.
  buf.point = stepChars(buf.text, buf.point, Math.max(count, 0), mb);
  buf.insert(c);
  buf.endGroup();
  return;
}

/** rl_transpose_words: the words around the point swap, the point ends after them. */
export function transposeWords(ed: LineEditor, count: number) {
  const { buf } = ed;
  const orig = buf.point;
  if (count === 0) return;
  ed.forwardWord(count);
  const w2End = buf.point;
  ed.backwardWord(1);
  const w2Beg = buf.point;
  ed.backwardWord(count);
  const w1Beg = buf.point;
  ed.forwardWord(1);
  const w1End = buf.point;
  if (w1Beg === w2Beg || w2Beg < w1End) {
    ed.ding();
    buf.point = orig;
    return;
  }
  const word1 = buf.text.slice(w1Beg, w1End);
  const word2 = buf.text.slice(w2Beg, w2End);
  buf.beginGroup();
  buf.point = w2Beg;
  buf.delete(w2Beg, w2End);
  buf.insert(word1);
  buf.point = w1Beg;
  buf.delete(w1Beg, w1End);
  buf.insert(word2);
  buf.point = w2End;
  buf.endGroup();
}

/** rl_change_case (M-u, M-l, M-c): the words from the point, each letter changed in place. */
export function changeCase(ed: LineEditor, count: number, op: 'u' | 'l' | 'c') {
  const { buf } = ed;
  let start = buf.point;
  ed.forwardWord(count);
  let end = buf.point;
  if (count < 0) [start, end] = [end, start];
  buf.modifying(start, end);
  const { mb } = ed.rl;
  let text = buf.text;
  let inWord = false;
  for (let p = start; p < end; ) {
    let next = nextChar(text, p, mb);
    if (!wordCharAt(text, p, mb)) {
      inWord = false;
      p = next;
      continue;
    }
    const up = op === 'u' || (op === 'c' && !inWord);
    inWord = true;
    // The character itself (its combining marks stay): towupper/towlower in a UTF-8 locale, its length may change.
    const len = charLength(text, p, mb);
    const was = text.slice(p, p + len);
    const now = mb ? otherCase(was, up) : up ? was.toUpperCase() : was.toLowerCase();
    text = text.slice(0, p) + now + text.slice(p + len);
    next += now.length - len;
    end += now.length - len;
    p = next;
  }
  buf.text = text;
  buf.point = end;
}
