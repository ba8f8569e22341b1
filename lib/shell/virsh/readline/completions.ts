import { quoteWord } from '../../tokenize';
import type { Keys, LineEditor } from './editor';
import { completeWord } from './edits';

/** readline's defaults (complete.c): ask before listing this many; a dumb terminal's size (no auto-margin: 79 columns). */
const QUERY_ITEMS = 100;
const SCREEN_COLUMNS = 79;
const SCREEN_LINES = 24;

/** The word before the cursor and its matches, or undefined (the bell) when nothing completes it. */
function matchesHere(ed: LineEditor) {
  const before = ed.buf.text.slice(0, ed.buf.point);
  const found = ed.complete?.(before);
  if (!found?.matches?.length || found.word === undefined) {
    ed.ding();
    return;
  }
  return { start: before.length - found.word.length, matches: found.matches };
}

/** insert_all_matches (vi `*`, M-*): the word replaced by every match, each followed by a blank, in one undo group. */
export function insertCompletions(ed: LineEditor) {
  const found = matchesHere(ed);
  if (!found) return;
  const { buf } = ed;
  buf.beginGroup();
  buf.delete(found.start, buf.point);
  buf.point = found.start;
  buf.insert(found.matches.map((m) => `${quoteWord(m)} `).join(''));
  buf.endGroup();
}

/** rl_read_key in get_y_or_n: 1 yes, 0 no, 2 one more line (the pager), undefined when ^G or the end of input aborts. */
function* yesOrNo(ed: LineEditor, pager: boolean): Keys<number | undefined> {
  for (;;) {
    const c = yield* ed.key();
    if (c === 'y' || c === 'Y' || c === ' ') return 1;
    if (c === 'n' || c === 'N' || c === '\u007f' || (pager && (c === 'q' || c === 'Q'))) return 0;
    if (c === undefined || c === '\u0007') return;
    if (pager && (c === '\n' || c === '\r')) return 2;
    ed.ding();
  }
}

/**
 * display_matches (vi `=`, M-=, M-?): on a new line the matches in columns, sorted down each column
 * (the widest plus two blanks; a row's last column unpadded), then the prompt and the line drawn
 * again. From 100 matches readline asks first; past a screenful `--More--` waits for a key (space a
 * page, Enter a line, q or n stops). ^G or the end of input aborts: the bell, and no redraw.
 */
export function* listCompletions(ed: LineEditor): Keys<void> {
  const found = matchesHere(ed);
  if (!found) return;
  const { matches } = found;
  if (ed.list) return ed.list(matches);
  const { screen } = ed;
  if (matches.length >= QUERY_ITEMS) {
    screen.out += `\nDisplay all ${matches.length} possibilities? (y or n)`;
    const answer = yield* yesOrNo(ed, false);
    if (answer === undefined) return ed.ding();
    if (answer === 0) {
      screen.out += '\n';
      return forcedRedisplay(ed);
    }
  }
  // A single match is printed as it is, unpadded.
  if (matches.length === 1) screen.out += `\n${matches[0]}\n`;
  else if ((yield* columns(ed, matches)) === 'aborted') return ed.ding();
  forcedRedisplay(ed);
}

function* columns(ed: LineEditor, matches: string[]): Keys<'aborted' | undefined> {
  const { screen } = ed;
  const max = Math.max(...matches.map((m) => m.length)) + 2;
  let limit = Math.floor(SCREEN_COLUMNS / max);
  if (limit !== 1 && limit * max === SCREEN_COLUMNS) limit--;
  limit = Math.max(limit, 1);
  const rows = Math.ceil(matches.length / limit);
  screen.out += '\n';
  let lines = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < limit && i + j * rows < matches.length; j++) {
      const m = matches[i + j * rows];
      screen.out += j + 1 < limit ? m.padEnd(max) : m;
    }
    screen.out += '\n';
    lines++;
    if (lines >= SCREEN_LINES - 1 && i + 1 < rows) {
      // _rl_internal_pager: the answer erases `--More--` (a carriage return, twice).
      screen.out += '--More--';
      const answer = yield* yesOrNo(ed, true);
      if (answer === undefined) return 'aborted';
      screen.out += '\r\r';
      screen.cursor = 0;
      if (answer === 0) return;
      lines = answer === 2 ? lines - 1 : 0;
    }
  }
}

/** rl_forced_update_display: the prompt and the line written afresh from the left margin. */
function forcedRedisplay(ed: LineEditor) {
  ed.screen.shown = '';
  ed.screen.cursor = 0;
  ed.redisplay();
}

/** Tab (rl_complete): with `set show-all-if-ambiguous on` an ambiguous word is completed as far as it goes and its matches listed, without the bell. */
export function* tabComplete(ed: LineEditor): Keys<void> {
  if (!ed.rl.showAllIfAmbiguous) {
    completeWord(ed);
    return;
  }
  if (completeWord(ed, true)) yield* listCompletions(ed);
}
