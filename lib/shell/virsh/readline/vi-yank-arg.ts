import type { LineEditor } from './editor';
import { startInserting } from './vi-mode';

/**
 * history_tokenize's words: blanks separate them, quotes hold blanks inside one, and the shell's
 * metacharacters ; & ( ) | < > stand alone (doubled `&&`, `||`, `;;`, `>>` as one).
 */
export function historyWords(line: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /[ \t\n]/.test(line[i])) i++;
    if (i >= line.length) break;
    const start = i;
    if (';&()|<>'.includes(line[i])) {
      i += line[i + 1] === line[i] && '&|;>'.includes(line[i]) ? 2 : 1;
    } else {
      for (let quote = ''; i < line.length; i++) {
        const c = line[i];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '\\') i++;
        else if (c === "'" || c === '"' || c === '`') quote = c;
        else if (/[ \t\n;&()|<>]/.test(c)) break;
      }
    }
    words.push(line.slice(start, Math.min(i, line.length)));
  }
  return words;
}

/**
 * rl_vi_yank_arg (_): the last word of the line before in the history (the count-th with a count,
 * 1 the command), inserted after the cursor behind a blank; it goes on inserting.
 */
export function yankArg(ed: LineEditor, count: number, explicit: boolean) {
  const { buf } = ed;
  const { history } = ed.rl;
  const entry = history.offset > 0 ? history.entries[history.offset - 1] : undefined;
  const words = entry ? historyWords(entry.line) : [];
  const arg = explicit ? words[count - 1] : words[words.length - 1];
  if (!arg) return ed.ding();
  buf.beginGroup();
  buf.mark = buf.point;
  if (buf.point < buf.text.length) buf.point++;
  startInserting(ed, '_', 1);
  buf.insert(' ');
  buf.insert(arg);
  buf.endGroup();
}
