import { isWord, type Keys, type LineEditor } from './editor';
import { keepEdits, nextHistory, previousHistory } from './history-keys';

/** What a key does inside an incremental search (isearch.c's opcodes). */
type Op = 'again' | 'turn' | 'rubout' | 'abort' | 'word' | 'rest' | 'end' | 'leave' | 'add';

function opcode(c: string, reverse: boolean): Op {
  if (c === '\u001b' || c === '\n') return 'end'; // isearch-terminators: ESC and ^J
  if (c === '\u0012') return reverse ? 'again' : 'turn';
  if (c === '\u0013') return reverse ? 'turn' : 'again';
  if (c === '\b' || c === '\u007f') return 'rubout';
  if (c === '\u0007') return 'abort';
  if (c === '\u0017') return 'word';
  if (c === '\u0019') return 'rest';
  // Any other control or meta key ends the search and then runs (ENDSRCH_CHAR).
  if (c < ' ' || c > '\u007f') return 'leave';
  return 'add';
}

/**
 * ^R / ^S: readline's incremental search through the history and the line being typed, its
 * prompt in place of virsh's (`(reverse-i-search)`…': `, `(failed i-search)`…': `). The point sits
 * where the string was found; a key that is not the search's own ends it and then runs.
 */
export function* isearch(ed: LineEditor, direction: 1 | -1): Keys<void> {
  const { rl, buf } = ed;
  keepEdits(ed);
  const lines = [...rl.history.entries.map((e) => e.line), ed.savedLine ? ed.savedLine.line : buf.text];
  const saveLine = rl.history.offset;
  const savePoint = buf.point;
  let [pos, lastFound] = [saveLine, saveLine];
  let [sline, index] = [buf.text, buf.point];
  let [dir, search, prevFound, failed] = [direction, '', null as string | null, false];
  const show = () => ed.message(`(${failed ? 'failed ' : ''}${dir < 0 ? 'reverse-' : ''}i-search)\`${search}': `);
  show();
  for (;;) {
    const c = yield* ed.key();
    // The input ended: readline returns the line as it stands.
    if (c === undefined) return;
    const op = opcode(c, dir < 0);
    if (op === 'end' || op === 'leave') {
      if (op === 'leave' || (c === '\u001b' && rl.available())) rl.push(c);
      break;
    }
    if (op === 'abort') {
      buf.replace(lines[saveLine]);
      buf.point = Math.min(savePoint, buf.text.length);
      ed.message(null);
      return;
    }
    if (op === 'again' && search === '') {
      if (rl.lastSearch === undefined) continue;
      search = rl.lastSearch;
      show();
    } else if (op === 'again') {
      if (dir < 0 && index >= 0) index--;
      else if (index !== sline.length) index++;
      else ed.ding();
    } else if (op === 'turn') dir = -dir as 1 | -1;
    else if (op === 'rubout') {
      // A rubout that leaves (or finds) the string empty rings.
      if (search === '') ed.ding();
      else search = search.slice(0, -1);
      if (search === '') ed.ding();
    } else if (op === 'word' || op === 'rest') {
      const from = buf.point + search.length;
      let to = buf.text.length;
      if (op === 'word') for (to = from; to < buf.text.length && isWord(buf.text[to]); to++);
      if (from >= buf.text.length || (op === 'word' && to === from)) ed.ding();
      else search += buf.text.slice(from, to);
    } else search += c;

    // Search from the current position, line after line, skipping copies of the line just found.
    failed = false;
    let found = false;
    while (!found && !failed) {
      if (search === '') failed = true;
      else {
        const limit = sline.length - search.length + 1;
        while (dir < 0 ? index >= 0 : index < limit) {
          if (sline.startsWith(search, index)) found = true;
          if (found) break;
          index += dir;
        }
        if (found) break;
        do {
          pos += dir;
          if (dir < 0 ? pos < 0 : pos === lines.length) failed = true;
          else sline = lines[pos];
        } while (!failed && ((prevFound !== null && prevFound === lines[pos]) || search.length > sline.length));
        if (failed) index = Math.max(index, 0);
        else index = dir < 0 ? sline.length - search.length : 0;
      }
    }
    if (failed) {
      ed.ding();
      pos = lastFound;
      if (search === '') {
        // Failing on an empty string draws the whole line again.
        ed.shownPrompt = `(failed ${dir < 0 ? 'reverse-' : ''}i-search)\`': `;
        const { line, col } = ed.visible();
        ed.screen.redraw(line, col);
      } else show();
      continue;
    }
    prevFound = lines[pos];
    buf.replace(prevFound);
    buf.point = index;
    lastFound = pos;
    show();
  }
  // _rl_isearch_fini: back to the history line found, the point where the string was.
  buf.replace(lines[saveLine]);
  rl.lastSearch = search;
  if (lastFound < saveLine) previousHistory(ed, saveLine - lastFound);
  else nextHistory(ed, lastFound - saveLine);
  if (index < 0) index = lastFound === saveLine ? savePoint : buf.text.length;
  buf.point = Math.min(index, buf.text.length);
  ed.message(null);
}
