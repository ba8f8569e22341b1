import type { Keys, LineEditor } from './editor';
import { insertCompletions, listCompletions } from './completions';
import { completeWord, moveBy, yank } from './edits';
import { acceptLine, checkPoint, startInserting } from './vi-mode';
import { nextChar, otherCase, prevChar, stepChars } from './mbchar';
import { decodeUtf8, utf8Length } from '../../table-cell';

/** vi command mode's editing keys beyond d c y (vi_mode.c, misc.c, undo.c): r ~ p P U G #. */

/** rl_vi_delete (x): killed, so `p` can put it back; the cursor stays on the line. */
export function viDelete(ed: LineEditor, count: number) {
  const { buf } = ed;
  if (buf.text.length === 0) return ed.ding();
  const end = stepChars(buf.text, buf.point, count, ed.rl.mb);
  ed.killText(buf.point, end);
  if (buf.point > 0 && buf.point === buf.text.length) moveBy(ed, -1);
}

/** _rl_vi_change_char (r): `count` characters replaced by the key read, the cursor on the last one. */
export function* changeChar(ed: LineEditor, count: number): Keys<void> {
  const { buf } = ed;
  const { vi } = ed.rl;
  if (!vi.redoing) {
    const c = yield* readChar(ed);
    if (c === undefined) return;
    vi.replacement = c;
  }
  const c = vi.replacement;
  if (c === '\u001b' || c === '\u0003') return;
  buf.beginGroup();
  for (let n = count; n > 0 && buf.point < buf.text.length; n--) {
    const p = buf.point;
    viDelete(ed, 1);
    if (buf.point < p) buf.point = p;
    buf.insert(c);
  }
  moveBy(ed, -1);
  buf.endGroup();
}

/** rl_vi_change_case (~): each letter's case turned (a kill and an insertion), other characters passed. */
export function changeCase(ed: LineEditor, count: number) {
  const { buf } = ed;
  const { mb } = ed.rl;
  for (let n = count; n > 0 && buf.point < buf.text.length; n--) {
    const ch = buf.text.slice(buf.point, nextChar(buf.text, buf.point, mb));
    const turned = mb ? turnCase(ch) : /[A-Z]/.test(ch) ? ch.toLowerCase() : /[a-z]/.test(ch) ? ch.toUpperCase() : '';
    if (!turned) {
      forwardChar(ed);
      continue;
    }
    const p = buf.point;
    buf.beginGroup();
    viDelete(ed, 1);
    if (buf.point < p) buf.point = p;
    buf.insert(turned);
    buf.endGroup();
    checkPoint(ed);
  }
}

/** rl_forward_char by one in command mode: the last character is as far as it goes. */
function forwardChar(ed: LineEditor) {
  const { buf } = ed;
  const last = prevChar(buf.text, buf.text.length, ed.rl.mb);
  const to = nextChar(buf.text, buf.point, ed.rl.mb);
  if (to > last) {
    buf.point = last;
    ed.ding();
  } else buf.point = to;
}

/**
 * _rl_vi_change_mbchar_case in a UTF-8 locale: an upper-case letter (one with a lower-case form: Ǆ ǅ) gets
 * towlower, a lower-case one towupper — a letter whose other case is not one character (ß) is put back as
 * it is, without the bell; '' for anything else (passed over). The bytes in, the bytes out.
 */
function turnCase(bytes: string): string {
  if (bytes.length > 1 && utf8Length(bytes, 0) !== bytes.length) return '';
  const lower = otherCase(bytes, false);
  if (lower !== bytes) return lower;
  const upper = otherCase(bytes, true);
  if (upper !== bytes) return upper;
  // A letter whose other case is not one character is put back as it is.
  const c = bytes.length === 1 ? bytes : String.fromCodePoint(decodeUtf8(bytes));
  return c !== c.toLowerCase() || c !== c.toUpperCase() ? bytes : '';
}

/** _rl_read_mbchar: a key, and in a UTF-8 locale the rest of the character it begins. */
export function* readChar(ed: LineEditor): Keys<string | undefined> {
  const c = yield* ed.key();
  if (c === undefined || !ed.rl.mb) return c;
  return yield* restOfChar(ed, c);
}

/** _rl_read_mbstring: the keys after `c` that complete the character it begins (a UTF-8 locale). */
export function* restOfChar(ed: LineEditor, c: string): Keys<string> {
  const b = c.charCodeAt(0);
  const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 1;
  let s = c;
  while (s.length < len) {
    const k = yield* ed.key();
    if (k === undefined) break;
    s += k;
    if ((k.charCodeAt(0) & 0xc0) !== 0x80) break;
  }
  return s;
}

/**
 * rl_vi_put (p after the cursor, P before): the last kill `count` times, the cursor on its end.
 * With nothing killed yet rl_yank aborts the command (a longjmp): p's step forward stays, unchecked.
 */
export function put(ed: LineEditor, key: string, count: number): boolean {
  const { buf } = ed;
  if (key === 'p' && buf.point < buf.text.length) buf.point = nextChar(buf.text, buf.point, ed.rl.mb);
  for (let n = count; n > 0; n--) if (yank(ed) === undefined) return false;
  moveBy(ed, -1);
  return true;
}

/** rl_revert_line (U): every change undone, the cursor at the start. */
export function revertLine(ed: LineEditor) {
  const { buf } = ed;
  if (buf.undo === null) return ed.ding();
  while (buf.undo) buf.undoOnce(() => ed.ding());
  buf.point = 0;
  buf.mark = 0;
}

/** rl_fetch_history (G): history line `count` (1 the oldest), or the oldest without a count. */
export function fetchHistory(ed: LineEditor, count: number, explicit: boolean) {
  const { history } = ed.rl;
  const here = history.offset + 1;
  const wanted = explicit ? (count >= 0 ? here - count : -count) : here;
  if (explicit && (wanted <= 0 || wanted >= here)) return ed.ding();
  return wanted;
}

/** rl_insert_comment (#): a `#` put at the start (taken away with a count, if there) and the line accepted. */
export function insertComment(ed: LineEditor, explicit: boolean) {
  const { buf } = ed;
  buf.point = 0;
  if (explicit && buf.text.startsWith('#')) buf.delete(0, 1);
  else buf.insert('#');
  ed.redisplay();
  acceptLine(ed);
}

/**
 * rl_vi_complete (\\ `*` `=`): to the end of the word under the cursor, then `\\` completes it as Tab
 * does, `*` puts every match in its place, `=` lists them; after `\\` and `*` vi goes on inserting.
 */
export function* viComplete(ed: LineEditor, key: string): Keys<void> {
  const { buf } = ed;
  const t = buf.text;
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  if (buf.point < t.length && !blank(t[buf.point])) {
    if (buf.point + 1 < t.length && !blank(t[buf.point + 1])) {
      while (buf.point + 1 < t.length && !blank(t[buf.point + 1])) buf.point++;
    }
    buf.point++;
  }
  if (key === '=') return yield* listCompletions(ed);
  if (key === '*') insertCompletions(ed);
  else completeWord(ed);
  startInserting(ed, key, 1);
}
